; Inno Setup script: installs the one-folder PyInstaller build (dist\carerpassport\) for the current user.
;   iscc /DAppVersion=0.1.0 packaging\windows\carerpassport.iss      ->  artifacts\CarerPassport-0.1.0-setup.exe
; Built by .github/workflows/windows.yml; never compiled on this project's Linux machine (packaging/README.md).
; Paths are relative to this file. Uninstalling removes the program only: the passport vault lives in
; %LOCALAPPDATA%\CarerPassport and its key in the Credential Locker, and both stay.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; One id for every version, so a new installer upgrades the old one (uuid5 of the app id; never change it).
AppId={{A634DAEA-93E4-57BE-9762-7FD1B14BD23D}
AppName=Carer's Passport
AppVersion={#AppVersion}
AppVerName=Carer's Passport {#AppVersion}
AppPublisher=Carer's Passport
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Carer's Passport
DefaultGroupName=Carer's Passport
DisableProgramGroupPage=yes
; No administrator needed: installs into %LOCALAPPDATA%\Programs unless the user chooses all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\artifacts
OutputBaseFilename=CarerPassport-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName=Carer's Passport
UninstallDisplayIcon={app}\carerpassport-gui.exe
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\carerpassport\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Carer's Passport"; Filename: "{app}\carerpassport-gui.exe"
Name: "{autodesktop}\Carer's Passport"; Filename: "{app}\carerpassport-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\carerpassport-gui.exe"; Description: "{cm:LaunchProgram,Carer's Passport}"; Flags: nowait postinstall skipifsilent

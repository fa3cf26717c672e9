<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/first_run.py" line="+57"/>
        <source>&lt;p&gt;A carer&apos;s passport records how caring for someone affects your work, and the support you and your line manager agree. It is &lt;b&gt;voluntary&lt;/b&gt; and it &lt;b&gt;belongs to you&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;It stays on this computer.&lt;/b&gt; Everything you write is kept encrypted here. This app never sends anything anywhere. You decide what your manager sees, and you choose when to give them a copy.&lt;/p&gt;</source>
        <extracomment>The first-run welcome, for a carer keeping their own passport. Rich text: keep the &lt;p&gt; and &lt;b&gt; tags.</extracomment>
        <translation type="unfinished">&lt;p&gt;Mae pasbort gofalwyr yn cofnodi sut mae gofalu am rywun yn effeithio ar eich gwaith, a&apos;r cymorth rydych chi a&apos;ch rheolwr llinell yn cytuno arno. Mae&apos;n &lt;b&gt;wirfoddol&lt;/b&gt; ac mae&apos;n &lt;b&gt;perthyn i chi&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mae&apos;n aros ar y cyfrifiadur hwn.&lt;/b&gt; Mae popeth rydych chi&apos;n ei ysgrifennu yn cael ei gadw wedi&apos;i amgryptio yma. Nid yw&apos;r ap hwn byth yn anfon dim i unman. Chi sy&apos;n penderfynu beth mae eich rheolwr yn ei weld, a chi sy&apos;n dewis pryd i roi copi iddo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;You also hold the passports your team shares with you: they have their own page, and they never mix with your own.&lt;/p&gt;</source>
        <extracomment>Added after the carer&apos;s welcome for someone who is both a carer and a manager.</extracomment>
        <translation type="unfinished">&lt;p&gt;Rydych chi hefyd yn cadw&apos;r pasbortau y mae eich tîm yn eu rhannu â chi: mae ganddyn nhw eu tudalen eu hunain, a dydyn nhw byth yn cymysgu â&apos;ch pasbort chi.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;As a line manager you receive carer&apos;s passports from your team: each one is &lt;b&gt;the employee&apos;s&lt;/b&gt;, shared with you by their choice. Here you can read it, check who signed it, add your comment and countersign it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keep it where only you can open it.&lt;/b&gt; The copies you hold stay encrypted on this computer; this app never sends anything anywhere. Delete your copy when the employee withdraws consent or moves on.&lt;/p&gt;</source>
        <extracomment>The first-run welcome for someone here only as a line manager, receiving their team&apos;s passports.</extracomment>
        <translation type="unfinished">&lt;p&gt;Fel rheolwr llinell, rydych chi&apos;n cael pasbortau gofalwyr gan eich tîm: mae pob un yn &lt;b&gt;eiddo i&apos;r cyflogai&lt;/b&gt;, ac wedi&apos;i rannu â chi o&apos;i ddewis ei hun. Yma gallwch ei ddarllen, gwirio pwy a&apos;i llofnododd, ychwanegu eich sylw a&apos;i gydlofnodi.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cadwch ef lle mai dim ond chi all ei agor.&lt;/b&gt; Mae&apos;r copïau rydych chi&apos;n eu cadw yn aros wedi&apos;u hamgryptio ar y cyfrifiadur hwn; nid yw&apos;r ap hwn byth yn anfon dim i unman. Dilëwch eich copi pan fydd y cyflogai yn tynnu ei gydsyniad yn ôl neu&apos;n symud ymlaen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Welcome: passports from your team</source>
        <extracomment>Heading of the first-run welcome for a line manager.</extracomment>
        <translation type="unfinished">Croeso: pasbortau gan eich tîm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome to your Carer&apos;s Passport</source>
        <extracomment>Heading of the first-run welcome. &quot;Carer&apos;s Passport&quot; is the app&apos;s name.</extracomment>
        <translation type="unfinished">Croeso i&apos;ch Pasbort Gofalwyr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Checking whether this computer has a keyring…&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;Wrthi&apos;n gwirio a oes gan y cyfrifiadur hwn gylch allweddi…&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;This computer has a keyring&lt;/b&gt; (the place your computer keeps passwords safe). Your passport&apos;s key is kept there, so it opens without typing anything while you are logged in to this computer.&lt;/p&gt;</source>
        <extracomment>&quot;Keyring&quot;: the operating system&apos;s password store (GNOME Keyring, Windows Credential Manager, Keychain).</extracomment>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Mae gan y cyfrifiadur hwn gylch allweddi&lt;/b&gt; (y man lle mae eich cyfrifiadur yn cadw cyfrineiriau&apos;n ddiogel). Mae allwedd eich pasbort yn cael ei chadw yno, felly mae&apos;n agor heb i chi deipio dim tra byddwch wedi mewngofnodi i&apos;r cyfrifiadur hwn.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;This computer has no keyring this app can use&lt;/b&gt;, so the passport cannot open by itself. Choose a passphrase: you will type it each time you open your passport.&lt;/p&gt;</source>
        <translation type="unfinished">&lt;p&gt;&lt;b&gt;Nid oes gan y cyfrifiadur hwn gylch allweddi y gall yr ap hwn ei ddefnyddio&lt;/b&gt;, felly ni all y pasbort agor ar ei ben ei hun. Dewiswch gyfrinymadrodd: byddwch yn ei deipio bob tro y byddwch yn agor eich pasbort.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Welcome — Carer&apos;s Passport</source>
        <translation type="unfinished">Croeso — Pasbort Gofalwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Set up your Carer&apos;s Passport</source>
        <translation type="unfinished">Sefydlu eich Pasbort Gofalwyr</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Three short steps: your names, how your passport is locked, and your recovery code.</source>
        <translation type="unfinished">Tri cham byr: eich enwau, sut mae eich pasbort wedi&apos;i gloi, a&apos;ch cod adfer.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>About the passport</source>
        <translation type="unfinished">Ynglŷn â&apos;r pasbort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name</source>
        <translation type="unfinished">Eich enw</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>Your name as it should appear on the passport.</source>
        <translation type="unfinished">Eich enw fel y dylai ymddangos ar y pasbort.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Your line manager&apos;s name</source>
        <translation type="unfinished">Enw eich rheolwr llinell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. You can add or change it later.</source>
        <translation type="unfinished">Dewisol. Gallwch ei ychwanegu neu ei newid yn nes ymlaen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional</source>
        <extracomment>Shown inside the empty line manager field: keep it short, the field is narrow at large text sizes.</extracomment>
        <translation type="unfinished">dewisol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name</source>
        <translation type="unfinished">Eich &amp;enw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your line &amp;manager</source>
        <translation type="unfinished">Eich &amp;rheolwr llinell</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>Who is using this?</source>
        <translation type="unfinished">Pwy sy&apos;n defnyddio hwn?</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Your own passport, passports from your team as a manager, or both. You can change this later in Settings.</source>
        <translation type="unfinished">Eich pasbort eich hun, pasbortau gan eich tîm fel rheolwr, neu&apos;r ddau. Gallwch newid hyn yn nes ymlaen yn y Gosodiadau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Who is using this?&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;Pwy sy&apos;n defnyddio hwn?&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;For my own passport (I am a carer)</source>
        <extracomment>The three answers to &quot;Who is using this?&quot;; each needs its own underlined (&amp;) letter.</extracomment>
        <translation type="unfinished">&amp;Ar gyfer fy mhasbort fy hun (rwy&apos;n ofalwr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a manager &amp;who receives passports from my team</source>
        <translation type="unfinished">Fel rheolwr sy&apos;n &amp;cael pasbortau gan fy nhîm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bot&amp;h: my own passport, and passports from my team</source>
        <translation type="unfinished">&amp;Y ddau: fy mhasbort fy hun, a phasbortau gan fy nhîm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can change this later in Settings.</source>
        <translation type="unfinished">Gallwch newid hyn yn nes ymlaen yn y Gosodiadau.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+30"/>
        <source>How your passport is locked</source>
        <translation type="unfinished">Sut mae eich pasbort wedi&apos;i gloi</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>How the passports you hold are locked</source>
        <translation type="unfinished">Sut mae&apos;r pasbortau rydych chi&apos;n eu cadw wedi&apos;u cloi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name as it appears when you countersign.</source>
        <translation type="unfinished">Eich enw fel y mae&apos;n ymddangos pan fyddwch yn cydlofnodi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moving to a new computer? If you made a backup of your passport, bring it back instead.</source>
        <translation type="unfinished">Symud i gyfrifiadur newydd? Os gwnaethoch gopi wrth gefn o&apos;ch pasbort, adferwch hwnnw yn lle hynny.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished">Adfer o gopi &amp;wrth gefn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from a backup</source>
        <translation type="unfinished">Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back a passport you backed up before, instead of starting a new one.</source>
        <translation type="unfinished">Adfer pasbort y gwnaethoch gopi wrth gefn ohono o&apos;r blaen, yn lle dechrau un newydd.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About the keyring</source>
        <translation type="unfinished">Ynglŷn â&apos;r cylch allweddi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next you get a &lt;b&gt;recovery code&lt;/b&gt;: keep it safe, it opens your passport if all else fails.</source>
        <translation type="unfinished">Nesaf, byddwch yn cael &lt;b&gt;cod adfer&lt;/b&gt;: cadwch ef yn ddiogel, mae&apos;n agor eich pasbort os bydd popeth arall yn methu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Creating your passport and its keys… this takes a few seconds.</source>
        <translation type="unfinished">Wrthi&apos;n creu eich pasbort a&apos;i allweddi… mae hyn yn cymryd ychydig eiliadau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Creating your passport</source>
        <translation type="unfinished">Wrthi&apos;n creu eich pasbort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy: making the encryption keys.</source>
        <translation type="unfinished">Yn brysur: yn creu&apos;r allweddi amgryptio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep your recovery code</source>
        <translation type="unfinished">Cadwch eich cod adfer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">D&amp;iddymu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel setting up</source>
        <translation type="unfinished">Diddymu&apos;r sefydlu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without creating a passport.</source>
        <translation type="unfinished">Cau heb greu pasbort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation type="unfinished">&amp;Yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation type="unfinished">Yn ôl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the previous step.</source>
        <translation type="unfinished">Mynd yn ôl i&apos;r cam blaenorol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <source>&amp;Next</source>
        <translation type="unfinished">&amp;Nesaf</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Next step</source>
        <translation type="unfinished">Y cam nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on to the next step.</source>
        <translation type="unfinished">Mynd ymlaen i&apos;r cam nesaf.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A passphrase is &lt;b&gt;optional&lt;/b&gt;. Add one if you want another way in besides the recovery code, for example on a new computer.</source>
        <translation type="unfinished">Mae cyfrinymadrodd yn &lt;b&gt;ddewisol&lt;/b&gt;. Ychwanegwch un os ydych chi eisiau ffordd arall i mewn heblaw&apos;r cod adfer, er enghraifft ar gyfrifiadur newydd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a passphrase (at least 8 characters; three or four ordinary words are easy to remember and hard to guess).</source>
        <translation type="unfinished">Dewiswch gyfrinymadrodd (o leiaf 8 nod; mae tri neu bedwar gair cyffredin yn hawdd eu cofio ac yn anodd eu dyfalu).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>S&amp;kip this step…</source>
        <translation type="unfinished">&amp;Hepgor y cam hwn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip keeping the recovery code</source>
        <translation type="unfinished">Hepgor cadw&apos;r cod adfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open your passport without checking you kept the code (not recommended: you will not see it again).</source>
        <translation type="unfinished">Agor eich pasbort heb wirio eich bod wedi cadw&apos;r cod (ni argymhellir hyn: ni fyddwch yn ei weld eto).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Create my passport</source>
        <translation type="unfinished">C&amp;reu fy mhasbort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set it up</source>
        <translation type="unfinished">&amp;Sefydlu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start</source>
        <translation type="unfinished">&amp;Dechrau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open your new passport.</source>
        <translation type="unfinished">Agor eich pasbort newydd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available once you have typed the group back.</source>
        <translation type="unfinished">Ar gael ar ôl i chi deipio&apos;r grŵp yn ôl.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Your passport was not created. {reason}</source>
        <extracomment>{reason} is a sentence saying why, from the part of the app that failed.</extracomment>
        <translation type="unfinished">Ni chafodd eich pasbort ei greu. {reason}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Close without the recovery code?</source>
        <translation type="unfinished">Cau heb y cod adfer?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You will not see this recovery code again. Without it, a lost keyring or forgotten passphrase means losing your passport. You can make a new code later in Settings.

Close anyway?</source>
        <translation type="unfinished">Ni fyddwch yn gweld y cod adfer hwn eto. Hebddo, bydd colli&apos;r cylch allweddi neu anghofio&apos;r cyfrinymadrodd yn golygu colli eich pasbort. Gallwch greu cod newydd yn nes ymlaen yn y Gosodiadau.

Cau beth bynnag?</translation>
    </message>
</context>
<context>
    <name>LockedPage</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/locked_page.py" line="+16"/>
        <source>Nothing from your passport is on the screen or in memory while it is locked.</source>
        <translation type="unfinished">Does dim o&apos;ch pasbort ar y sgrin nac yn y cof tra bydd wedi&apos;i gloi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No passport was created. Close the app, or set one up now.</source>
        <translation type="unfinished">Ni chafodd pasbort ei greu. Caewch yr ap, neu sefydlwch un nawr.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+27"/>
        <source>Your passport is locked</source>
        <translation type="unfinished">Mae eich pasbort wedi&apos;i gloi</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+19"/>
        <source>&amp;Unlock…</source>
        <translation type="unfinished">&amp;Datgloi…</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Unlock</source>
        <translation type="unfinished">Datgloi</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Open your passport with your passphrase or recovery code.</source>
        <translation type="unfinished">Agor eich pasbort gyda&apos;ch cyfrinymadrodd neu&apos;ch cod adfer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No passport yet</source>
        <translation type="unfinished">Dim pasbort eto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Set up…</source>
        <translation type="unfinished">&amp;Sefydlu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up</source>
        <translation type="unfinished">Sefydlu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create your passport, or restore it from a backup.</source>
        <translation type="unfinished">Creu eich pasbort, neu ei adfer o gopi wrth gefn.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../carerpassport/ui/widgets/passphrase_fields.py" line="+23"/>
        <source>Too short: use at least {count} characters. Three or four ordinary words work well.</source>
        <translation type="unfinished">Rhy fyr: defnyddiwch o leiaf {count} nod. Mae tri neu bedwar gair cyffredin yn gweithio&apos;n dda.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Weak: easy to guess. Add another word or two.</source>
        <translation type="unfinished">Gwan: hawdd ei ddyfalu. Ychwanegwch air neu ddau arall.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair. One more word would make it strong.</source>
        <translation type="unfinished">Gweddol. Byddai un gair arall yn ei wneud yn gryf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation type="unfinished">Cryf.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least {count} characters; a few ordinary words in a row are easy to remember and hard to guess.</source>
        <translation type="unfinished">O leiaf {count} nod; mae ychydig o eiriau cyffredin yn olynol yn hawdd eu cofio ac yn anodd eu dyfalu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase again</source>
        <translation type="unfinished">Y cyfrinymadrodd eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the same passphrase again, to catch typing mistakes.</source>
        <translation type="unfinished">Teipiwch yr un cyfrinymadrodd eto, i ddal camgymeriadau teipio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show what I type</source>
        <translation type="unfinished">&amp;Dangos yr hyn rwy&apos;n ei deipio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the passphrase</source>
        <translation type="unfinished">Dangos y cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the passphrase as plain text while you type it.</source>
        <translation type="unfinished">Yn dangos y cyfrinymadrodd fel testun plaen wrth i chi ei deipio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase strength</source>
        <translation type="unfinished">Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;passphrase</source>
        <extracomment>The label of the first passphrase field (callers may name it &quot;New passphrase&quot;).</extracomment>
        <translation type="unfinished">&amp;Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again</source>
        <translation type="unfinished">&amp;Eto</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A passphrase needs at least {count} characters.</source>
        <translation type="unfinished">Mae angen o leiaf {count} nod ar gyfrinymadrodd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation type="unfinished">Nid yw&apos;r ddau gyfrinymadrodd yr un fath. Teipiwch nhw eto.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/settings_dialog.py" line="+62"/>
        <source>Never (not recommended)</source>
        <extracomment>Locking: never lock the passport when the app is idle.</extracomment>
        <translation type="unfinished">Byth (ni argymhellir)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 minute</source>
        <translation type="unfinished">1 munud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} minutes</source>
        <extracomment>Locking after this many idle minutes ({count} is the number, never 1).</extracomment>
        <translation type="unfinished">{count} munud</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>Same as my computer</source>
        <extracomment>The language list&apos;s first entry: speak the computer&apos;s language (English if we have no translation).</extracomment>
        <translation type="unfinished">Yr un fath â&apos;m cyfrifiadur</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Light</source>
        <translation type="unfinished">Golau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation type="unfinished">Tywyll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation type="unfinished">Cyferbyniad uchel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For my own passport (I am a carer)</source>
        <translation type="unfinished">Ar gyfer fy mhasbort fy hun (rwy&apos;n ofalwr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As a manager who receives passports from my team</source>
        <translation type="unfinished">Fel rheolwr sy&apos;n cael pasbortau gan fy nhîm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both: my own passport, and passports from my team</source>
        <translation type="unfinished">Y ddau: fy mhasbort fy hun, a phasbortau gan fy nhîm</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+1"/>
        <source>Your new recovery code</source>
        <translation type="unfinished">Eich cod adfer newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the new code; once you have typed part of it back, the old one stops working.</source>
        <translation type="unfinished">Cadwch y cod newydd; ar ôl i chi deipio rhan ohono yn ôl, bydd yr hen un yn peidio â gweithio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep this new code. Once you have typed part of it back, your old recovery code &lt;b&gt;stops working&lt;/b&gt;: then destroy any copy of the old one.</source>
        <translation type="unfinished">Cadwch y cod newydd hwn. Ar ôl i chi deipio rhan ohono yn ôl, bydd eich hen god adfer yn &lt;b&gt;peidio â gweithio&lt;/b&gt;: yna dinistriwch unrhyw gopi o&apos;r hen un.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Done</source>
        <translation type="unfinished">&amp;Wedi gorffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation type="unfinished">Wedi gorffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close once you have kept the new code.</source>
        <translation type="unfinished">Caewch ar ôl i chi gadw&apos;r cod newydd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close without keeping the code?</source>
        <translation type="unfinished">Cau heb gadw&apos;r cod?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You will not see this code again. If you close now, no new code is made and your current recovery code keeps working. Close anyway?</source>
        <translation type="unfinished">Ni fyddwch yn gweld y cod hwn eto. Os byddwch yn cau nawr, ni chaiff cod newydd ei greu a bydd eich cod adfer presennol yn dal i weithio. Cau beth bynnag?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Settings — Carer&apos;s Passport</source>
        <extracomment>Who uses this vault changed (see :meth:`set_role`). A new recovery code shown but not yet committed (the old one still works meanwhile).</extracomment>
        <translation type="unfinished">Gosodiadau — Pasbort Gofalwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Settings</source>
        <translation type="unfinished">Gosodiadau</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Where your passport is kept, how it is locked, and how the app looks.</source>
        <translation type="unfinished">Ble mae eich pasbort yn cael ei gadw, sut mae wedi&apos;i gloi, a sut mae&apos;r ap yn edrych.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Result of the last change</source>
        <translation type="unfinished">Canlyniad y newid diwethaf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation type="unfinished">Ca&amp;u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close settings</source>
        <translation type="unfinished">Cau&apos;r gosodiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window; changes are already saved.</source>
        <translation type="unfinished">Cau&apos;r ffenestr hon; mae&apos;r newidiadau wedi&apos;u cadw eisoes.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Who is using this</source>
        <translation type="unfinished">Pwy sy&apos;n defnyddio hwn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decides which pages the app shows first; your passports stay as they are.</source>
        <translation type="unfinished">Mae&apos;n penderfynu pa dudalennau y mae&apos;r ap yn eu dangos gyntaf; mae eich pasbortau&apos;n aros fel y maen nhw.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved: {choice}.</source>
        <extracomment>Shown after choosing who uses the app; {choice} is the answer chosen, e.g. &quot;For my own passport&quot;.</extracomment>
        <translation type="unfinished">Wedi&apos;i gadw: {choice}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where your passport is kept</source>
        <translation type="unfinished">Ble mae eich pasbort yn cael ei gadw</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data folder</source>
        <translation type="unfinished">Ffolder data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder on this computer that holds your encrypted passport. Back up this folder, or use File, Back up.</source>
        <translation type="unfinished">Y ffolder ar y cyfrifiadur hwn sy&apos;n dal eich pasbort wedi&apos;i amgryptio. Gwnewch gopi wrth gefn o&apos;r ffolder hon, neu defnyddiwch Ffeil, Copi wrth gefn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Data folder</source>
        <translation type="unfinished">&amp;Ffolder data</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ways to open your passport</source>
        <translation type="unfinished">Ffyrdd o agor eich pasbort</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+155"/>
        <source>You have a passphrase.</source>
        <translation type="unfinished">Mae gennych gyfrinymadrodd.</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>You have no passphrase yet.</source>
        <translation type="unfinished">Nid oes gennych gyfrinymadrodd eto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd &amp;newydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your passphrase now, to show it is you.</source>
        <translation type="unfinished">Eich cyfrinymadrodd nawr, i ddangos mai chi sydd yno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrent passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd &amp;presennol</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+141"/>
        <source>&amp;Change passphrase</source>
        <translation type="unfinished">Newid y cyf&amp;rinymadrodd</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Set &amp;passphrase</source>
        <translation type="unfinished">Gosod cyf&amp;rinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+140"/>
        <source>Change passphrase</source>
        <translation type="unfinished">Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Set passphrase</source>
        <translation type="unfinished">Gosod cyfrinymadrodd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves the new passphrase; the old one stops working.</source>
        <translation type="unfinished">Yn cadw&apos;r cyfrinymadrodd newydd; bydd yr hen un yn peidio â gweithio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a new &amp;recovery code…</source>
        <translation type="unfinished">Creu cod &amp;adfer newydd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new recovery code</source>
        <translation type="unfinished">Creu cod adfer newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces your recovery code; the old one stops working. Use this if your code may have been seen or lost.</source>
        <translation type="unfinished">Yn disodli eich cod adfer; bydd yr hen un yn peidio â gweithio. Defnyddiwch hwn os gallai eich cod fod wedi cael ei weld neu ei golli.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;without typing on this computer (uses the system keyring)</source>
        <translation type="unfinished">Agor &amp;heb deipio ar y cyfrifiadur hwn (yn defnyddio cylch allweddi&apos;r system)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the system keyring</source>
        <translation type="unfinished">Defnyddio cylch allweddi&apos;r system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When on, the key is kept in your computer&apos;s keyring, so the passport opens while you are logged in. When off, you type your passphrase each time.</source>
        <translation type="unfinished">Pan fydd ymlaen, mae&apos;r allwedd yn cael ei chadw yng nghylch allweddi eich cyfrifiadur, felly mae&apos;r pasbort yn agor tra byddwch wedi mewngofnodi. Pan fydd i ffwrdd, byddwch yn teipio eich cyfrinymadrodd bob tro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking the keyring…</source>
        <translation type="unfinished">Wrthi&apos;n gwirio&apos;r cylch allweddi…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Locking</source>
        <translation type="unfinished">Cloi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock after idle time</source>
        <translation type="unfinished">Cloi ar ôl cyfnod segur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locks the passport when you have not used the app for this long. It also locks when your screen locks, where the computer tells us.</source>
        <translation type="unfinished">Yn cloi&apos;r pasbort pan nad ydych wedi defnyddio&apos;r ap am gyhyd â hyn. Mae hefyd yn cloi pan fydd eich sgrin yn cloi, lle mae&apos;r cyfrifiadur yn dweud wrthym.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock when idle for</source>
        <translation type="unfinished">&amp;Cloi pan fydd yn segur am</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Appearance</source>
        <translation type="unfinished">Golwg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colours</source>
        <translation type="unfinished">Lliwiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light, dark, high contrast, or the same as your computer.</source>
        <translation type="unfinished">Golau, tywyll, cyferbyniad uchel, neu&apos;r un fath â&apos;ch cyfrifiadur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{size}%</source>
        <extracomment>A text size in per cent; write it as your language writes percentages.</extracomment>
        <translation type="unfinished">{size}%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text size</source>
        <translation type="unfinished">Maint y testun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes all text in the app bigger, up to twice the normal size.</source>
        <translation type="unfinished">Yn gwneud yr holl destun yn yr ap yn fwy, hyd at ddwywaith y maint arferol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;olours</source>
        <translation type="unfinished">&amp;Lliwiau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text size</source>
        <translation type="unfinished">&amp;Maint y testun</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation type="unfinished">Iaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the app&apos;s words. It changes the next time you start the app.</source>
        <translation type="unfinished">Iaith geiriau&apos;r ap. Mae&apos;n newid y tro nesaf y byddwch yn dechrau&apos;r ap.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lan&amp;guage</source>
        <translation type="unfinished">&amp;Iaith</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved. Close and start Carer&apos;s Passport again to see it in this language.</source>
        <translation type="unfinished">Wedi&apos;i gadw. Caewch Pasbort Gofalwyr a&apos;i ddechrau eto i&apos;w weld yn yr iaith hon.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your current passphrase is not right, so nothing was changed. Try again.</source>
        <translation type="unfinished">Nid yw eich cyfrinymadrodd presennol yn gywir, felly ni chafodd dim ei newid. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Passphrase saved. Use the new one from now on.</source>
        <translation type="unfinished">Mae&apos;r cyfrinymadrodd wedi&apos;i gadw. Defnyddiwch yr un newydd o hyn ymlaen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make a new recovery code?</source>
        <translation type="unfinished">Creu cod adfer newydd?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your current recovery code will stop working. You will be shown the new one once, and asked to type part of it back.

Make a new code?</source>
        <translation type="unfinished">Bydd eich cod adfer presennol yn peidio â gweithio. Bydd y cod newydd yn cael ei ddangos i chi unwaith, a gofynnir i chi deipio rhan ohono yn ôl.

Creu cod newydd?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your new recovery code is shown. Your current code works until you have kept the new one.</source>
        <translation type="unfinished">Mae eich cod adfer newydd yn cael ei ddangos. Mae eich cod presennol yn gweithio nes i chi gadw&apos;r un newydd.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New recovery code saved. The old one no longer works.</source>
        <translation type="unfinished">Mae&apos;r cod adfer newydd wedi&apos;i gadw. Nid yw&apos;r hen un yn gweithio mwyach.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No new recovery code was made; your current one still works.</source>
        <translation type="unfinished">Ni chafodd cod adfer newydd ei greu; mae eich un presennol yn dal i weithio.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer has no keyring this app can use, so your passport always asks for your passphrase or recovery code.</source>
        <translation type="unfinished">Nid oes gan y cyfrifiadur hwn gylch allweddi y gall yr ap hwn ei ddefnyddio, felly mae eich pasbort bob amser yn gofyn am eich cyfrinymadrodd neu&apos;ch cod adfer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your passport opens by itself while you are logged in to this computer.</source>
        <translation type="unfinished">Mae eich pasbort yn agor ar ei ben ei hun tra byddwch wedi mewngofnodi i&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your passport asks for your passphrase each time it opens.</source>
        <translation type="unfinished">Mae eich pasbort yn gofyn am eich cyfrinymadrodd bob tro y mae&apos;n agor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set a passphrase first: without the keyring and without a passphrase you would need your recovery code every time.</source>
        <translation type="unfinished">Gosodwch gyfrinymadrodd yn gyntaf: heb y cylch allweddi a heb gyfrinymadrodd, byddai angen eich cod adfer arnoch bob tro.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The keyring could not store the key; your passport will keep asking for your passphrase.</source>
        <translation type="unfinished">Nid oedd modd i&apos;r cylch allweddi storio&apos;r allwedd; bydd eich pasbort yn dal i ofyn am eich cyfrinymadrodd.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Working…</source>
        <translation type="unfinished">Wrthi&apos;n gweithio…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That did not work.</source>
        <translation type="unfinished">Ni weithiodd hynny.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../carerpassport/ui/dialogs/unlock.py" line="+73"/>
        <source>Unlock — Carer&apos;s Passport</source>
        <translation type="unfinished">Datgloi — Pasbort Gofalwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your Carer&apos;s Passport</source>
        <translation type="unfinished">Datgloi eich Pasbort Gofalwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your passphrase or your recovery code to open your passport.</source>
        <translation type="unfinished">Teipiwch eich cyfrinymadrodd neu&apos;ch cod adfer i agor eich pasbort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening your passport…</source>
        <translation type="unfinished">Wrthi&apos;n agor eich pasbort…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your passport is locked</source>
        <translation type="unfinished">Mae eich pasbort wedi&apos;i gloi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type your &amp;passphrase, or your recovery code (six groups like ABCDE-FGHIJ-…):</source>
        <translation type="unfinished">Teipiwch eich &amp;cyfrinymadrodd, neu&apos;ch cod adfer (chwe grŵp fel ABCDE-FGHIJ-…):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase or recovery code</source>
        <translation type="unfinished">Cyfrinymadrodd neu god adfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your passphrase, or the recovery code you kept when you set up the passport. Press Enter to unlock.</source>
        <translation type="unfinished">Eich cyfrinymadrodd, neu&apos;r cod adfer a gadwoch pan wnaethoch sefydlu&apos;r pasbort. Pwyswch Enter i ddatgloi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show what I type</source>
        <translation type="unfinished">&amp;Dangos yr hyn rwy&apos;n ei deipio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what I type</source>
        <translation type="unfinished">Dangos yr hyn rwy&apos;n ei deipio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the passphrase or code as plain text.</source>
        <translation type="unfinished">Yn dangos y cyfrinymadrodd neu&apos;r cod fel testun plaen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why it did not open</source>
        <translation type="unfinished">Pam nad agorodd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlocking</source>
        <translation type="unfinished">Wrthi&apos;n datgloi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy: checking the passphrase or code.</source>
        <translation type="unfinished">Yn brysur: yn gwirio&apos;r cyfrinymadrodd neu&apos;r cod.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Gadael</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation type="unfinished">Gadael</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Carer&apos;s Passport without unlocking.</source>
        <translation type="unfinished">Cau Pasbort Gofalwyr heb ddatgloi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished">Datg&amp;loi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation type="unfinished">Datgloi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open your passport with what you typed.</source>
        <translation type="unfinished">Agor eich pasbort gyda&apos;r hyn a deipiwyd gennych.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type your passphrase or recovery code first.</source>
        <translation type="unfinished">Teipiwch eich cyfrinymadrodd neu&apos;ch cod adfer yn gyntaf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking…</source>
        <translation type="unfinished">Wrthi&apos;n gwirio…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The passport could not be opened.</source>
        <translation type="unfinished">Nid oedd modd agor y pasbort.</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <location filename="../../carerpassport/ui/failures.py" line="+29"/>
        <source>{fallback} {internal}</source>
        <extracomment>{fallback} says what did not happen; {internal} says it is a bug of ours and what to do.</extracomment>
        <translation type="unfinished">{fallback} {internal}</translation>
    </message>
</context>
</TS>

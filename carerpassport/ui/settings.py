"""The desktop app's own settings, declared once (key, type, default, label) and kept in QSettings.

Only non-secret values live here: window geometry, theme, text size, auto-lock minutes, and the last
folder chosen for each kind of file (a folder only, never a file's name). Nothing from the passport, no
names, no keys (the Picard ``options.py`` habit, without
its secrets). A version number lets a later release upgrade old values (``config_upgrade.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 1

THEMES = ("system", "light", "dark", "high_contrast")
THEME_LABELS = {"system": "Same as my computer", "light": "Light", "dark": "Dark", "high_contrast": "High contrast"}
TEXT_SIZES = (100, 125, 150, 175, 200)
AUTO_LOCK_MINUTES = (0, 1, 2, 5, 10, 15, 30, 60)  # 0 = never


class Setting(NamedTuple):
    """One setting: where it is stored, its type and default, what the user sees it called.

    A named tuple, not a frozen dataclass: settings are read before the first window paints, where
    making a dataclass and importing ``dataclasses`` cost about 2 ms (see ``ui/theme.py``'s ``Palette``).
    """

    key: str
    type: type
    default: Any
    label: str
    allowed: tuple[Any, ...] = ()

    def coerce(self, raw: Any) -> Any:
        """The stored value as ``type``, or the default when it is missing or not allowed."""
        if raw is None:
            return self.default
        try:
            if self.type is bool:
                value: Any = raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")
            elif self.type is QByteArray:
                value = raw if isinstance(raw, QByteArray) else QByteArray()
            else:
                value = self.type(raw)
        except (TypeError, ValueError):
            return self.default
        if self.allowed and value not in self.allowed:
            return self.default
        return value


THEME = Setting("appearance/theme", str, "system", "Colours", THEMES)
TEXT_SIZE = Setting("appearance/text_size", int, 100, "Text size", TEXT_SIZES)
AUTO_LOCK = Setting("security/auto_lock_minutes", int, 5, "Lock after this many idle minutes",
                    AUTO_LOCK_MINUTES)
#: "" = the computer's language (``carerpassport.languages``); applied at the next start.
LANGUAGE = Setting("appearance/language", str, "", "Language", ("", "en", "cy"))
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray(), "Window size and place")
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray(), "Toolbars and panels")
NAV_PAGE = Setting("window/page", int, 0, "Last page shown")

#: Each kind of file the app saves or opens, and where its file chooser last was (``ui/file_dialogs.py``).
FOLDER_KINDS = {
    "exports": "Folder for the PDFs you export",
    "received": "Folder for PDFs you receive or check",
    "bundles": "Folder for encrypted copies",
    "backups": "Folder for backups",
    "cards": "Folder for identity cards",
    "calendar": "Folder for calendar files",
    "checklists": "Folder for preparation checklists",
    "notes": "Folder for notes asking to delete a copy",
    "recovery": "Folder for the recovery code",
}
LAST_FOLDERS = {kind: Setting(f"folders/{kind}", str, "", label) for kind, label in FOLDER_KINDS.items()}

_VERSION_KEY = "meta/version"


def _upgrade_0_to_1(store: QSettings) -> None:
    """Version 0 had no version key; nothing to move yet. Later upgrades follow this shape."""


#: ``UPGRADES[n]`` turns version n into n + 1.
UPGRADES: dict[int, Callable[[QSettings], None]] = {0: _upgrade_0_to_1}


class AppSettings:
    """Typed access to the declared settings. ``AppSettings(path)`` uses an INI file (tests)."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self.store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "CarerPassport",
                                   "CarerPassport")
        else:
            self.store = QSettings(str(path), QSettings.Format.IniFormat)
        self.upgrade()

    def get(self, setting: Setting) -> Any:
        return setting.coerce(self.store.value(setting.key))

    def set(self, setting: Setting, value: Any) -> None:
        value = setting.coerce(value)
        self.store.setValue(setting.key, value)

    def reset(self, setting: Setting) -> None:
        self.store.remove(setting.key)

    def sync(self) -> None:
        self.store.sync()

    @property
    def version(self) -> int:
        stored = self.store.value(_VERSION_KEY, 0)  # QSettings may hand back a str (INI files) or an int
        try:
            return int(stored) if isinstance(stored, (int, str)) else 0
        except ValueError:
            return 0

    def upgrade(self) -> None:
        """Run every upgrade from the stored version up to :data:`SETTINGS_VERSION`."""
        version = self.version
        if version > SETTINGS_VERSION:
            return  # written by a newer app: read what we know, leave the rest alone
        while version < SETTINGS_VERSION:
            UPGRADES[version](self.store)
            version += 1
        self.store.setValue(_VERSION_KEY, SETTINGS_VERSION)

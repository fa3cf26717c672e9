"""The first screens: first run (welcome, protection), unlock, the main window's locked page, Settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog

SCREENS = (
    "first run: welcome (employee)",
    "first run: welcome (manager)",
    "first run: protection, no keyring, passphrase too short",
    "unlock",
    "unlock: nothing typed",
    "settings",
    "locked page",
    "locked page: not set up",
)

WELSH = {
    "first run: welcome (employee)": ["Croeso i'ch Pasbort Gofalwyr"],
    "first run: welcome (manager)": ["Croeso: pasbortau gan eich tîm"],
    "unlock": ["Mae eich pasbort wedi'i gloi"],
    "settings": ["Gosodiadau — Pasbort Gofalwyr"],
    "locked page": ["Mae eich pasbort wedi'i gloi"],
    "locked page: not set up": ["&Sefydlu…"],
}
#: Shown in the pseudo-language (any one of each list: Ŝ or Š, as the accent table gives it).
PSEUDO = {"settings": ["[Ŝéţţîñĝš", "[Šéţţîñĝš"]}
#: English that must be gone from the Welsh.
NOT_IN_WELSH = {"first run: welcome (employee)": ["Welcome to your"]}


def walk(w: Any) -> None:
    from carerpassport.app import PassportApp
    from carerpassport.domain.roles import Role
    from carerpassport.ui.dialogs.first_run import FirstRunDialog
    from carerpassport.ui.dialogs.settings_dialog import SettingsDialog
    from carerpassport.ui.dialogs.unlock import UnlockDialog
    from carerpassport.ui.settings import AppSettings
    from carerpassport.ui.widgets.locked_page import LockedPage
    from tests.ui.translation_walk import PASSPHRASE

    folder, runner = w.folder, w.runner
    first = FirstRunDialog(folder / "first-run", None, runner)
    first.show()
    w.look(first, "first run: welcome (employee)")
    first.choose_role(Role.MANAGER)
    w.look(first, "first run: welcome (manager)")
    first.choose_role(Role.EMPLOYEE)
    first.next_button.click()
    first.passphrase.first.setText("short")
    w.look(first, "first run: protection, no keyring, passphrase too short")
    first.done(QDialog.DialogCode.Rejected)

    created = PassportApp.create(folder / "vault", employee_name="Siân Jones", passphrase=PASSPHRASE)
    created.app.close()
    unlock = UnlockDialog(folder / "vault", None, runner, try_keyring=False)
    unlock.show()
    w.look(unlock, "unlock")
    unlock.try_unlock()
    w.look(unlock, "unlock: nothing typed")
    unlock.done(QDialog.DialogCode.Rejected)

    locked = LockedPage()
    locked.setWindowTitle("[~]")  # a page of the main window, shown alone here: its title is the window's
    locked.show_locked()
    locked.show()
    w.look(locked, "locked page")
    locked.show_not_set_up()
    w.look(locked, "locked page: not set up")
    locked.close()

    app = PassportApp.open(folder / "vault", passphrase=PASSPHRASE)
    settings = SettingsDialog(app, runner, settings=AppSettings(folder / "settings.ini"), theme=w.theme)
    settings.show()
    w.look(settings, "settings")
    settings.done(QDialog.DialogCode.Rejected)
    app.close()

"""The main window and what is around it: the window unlocked (menus, toolbar, navigation, status bar, the due
banner), locked after idle time, the carer's first steps, the recovery code, the small message boxes, and the
dialogs of the Review menu this area owns (change manager, checklist, calendar dates) and the passport's pages.

The passport page itself (the editor) belongs to the editor's area: the window is looked at with it skipped.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

SCREENS = (
    "main window: unlocked, a review due",
    "main window: locked after idle time",
    "first steps",
    "recovery code",
    "recovery code: wrong group typed",
    "first run: recovery code page",
    "working dialog",
    "reminders: no dates",
    "reminders: dates",
    "checklist",
    "passport pages",
    "change manager",
    "change manager: nowhere to save",
    "message: change not saved (lock)",
    "message: change not saved (quit)",
    "message: keyboard shortcuts",
    "message: about",
)

WELSH = {
    "main window: unlocked, a review due": ["Dechrau adolygiad"],
    "main window: locked after idle time": ["Wedi'i gloi"],
    "first steps": ["Cuddio'r camau hyn"],
    "recovery code": ["&Argraffu…", "C&opïo"],
    "first run: recovery code page": ["Rydw i wedi'i &gadw"],
    "reminders: no dates": ["Ychwanegu dyddiadau adolygu at eich calendr"],
    "checklist": ["Paratoi ar gyfer sgwrs"],
    "change manager": ["Rheolwr llinell newydd", "&Pori…"],
    "message: change not saved (lock)": ["&Aros a'i drwsio", "&Cloi beth bynnag"],
    "message: keyboard shortcuts": ["Llwybrau byr y bysellfwrdd"],
    "message: about": ["Ynghylch Pasbort Gofalwyr", "Trwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu unrhyw fersiwn "
                       "ddiweddarach (GPL-3.0-or-later)"],
}
#: Shown in the pseudo-language (any one of each list).
PSEUDO = {"main window: unlocked, a review due": ["[Šţåŕţ å ŕévîéŵ", "[Ŝţåŕţ å ŕévîéŵ"]}
#: English that must be gone from the Welsh.
NOT_IN_WELSH = {"main window: unlocked, a review due": ["Start a review", "Unlocked"],
                "change manager": ["Record new manager"],
                "message: about": ["GNU General Public License", "never connects"]}

#: The walk's own words, shown as they are.
NAMES = ("Siân Jones", "Bob Smith", "Phone on in meetings", "Cover for school runs")


def walk(w: Any) -> None:
    from carerpassport.ui.widgets.recovery_code import RecoveryCodeWidget
    from carerpassport.vault.keyslots import RecoveryCode

    app = w.passport_app()
    today = app.today()
    app.editing.add_action("Phone on in meetings", review_on=today - dt.timedelta(days=3))
    app.editing.add_action("Cover for school runs", review_on=today + dt.timedelta(days=5))
    window = w.main_window(app)
    # The other pages are built in the background after unlock: theirs to walk (at 200 % a wide one would
    # widen the window for good).
    window._prebuild.stop()
    # The page shown (the editor) is the editor area's: hidden, so this looks at the window around it.
    window.pages.setVisible(False)
    w.look(window, "main window: unlocked, a review due", data=NAMES)
    window.pages.setVisible(True)
    _dialogs(w, window)
    _messages(w, window)
    from PySide6.QtCore import QCoreApplication

    from carerpassport.ui.main_window import IDLE_REASON

    window.lock(QCoreApplication.translate("MainWindow", IDLE_REASON))
    w.settle()
    if window.unlock_dialog is not None:  # the start area walks the unlock dialog
        window.unlock_dialog.done(QDialog.DialogCode.Rejected)
    w.look(window, "main window: locked after idle time")
    window.close()

    _first_steps(w)
    code = RecoveryCodeWidget(str(RecoveryCode.generate()), w.runner)
    part = alone(code)
    w.look(part, "recovery code")
    code.check_field.setText("WRONG")
    code.check()
    fit(part)  # as the first-run page, which scrolls, makes room for the message
    w.look(part, "recovery code: wrong group typed")
    part.close()
    _first_run_code(w)


def _first_run_code(w: Any) -> None:
    """The last page of first run: the recovery code, with first run's own buttons under it."""
    from carerpassport.ui.dialogs.first_run import FirstRunDialog
    from tests.ui.translation_walk import PASSPHRASE

    first = FirstRunDialog(w.folder / "first-run-code", None, w.runner)
    first.show()
    first.name_field.setText("Siân Jones")
    first.next_button.click()
    first.passphrase.first.setText(PASSPHRASE)
    first.passphrase.second.setText(PASSPHRASE)
    first.next_button.click()  # creates the passport (the walk's runner is synchronous)
    assert first.code_widget is not None
    w.look(first, "first run: recovery code page", data=NAMES)
    first.done(QDialog.DialogCode.Rejected)
    if first.app is not None:
        first.app.close()


def alone(widget: QWidget, title: str = "[~]") -> QWidget:
    """``widget`` in a window of its own (a part of a bigger window, looked at by itself)."""
    window = QWidget()
    window.setWindowTitle(title)  # a part's window title is its host's: not this area's words
    QVBoxLayout(window).addWidget(widget)
    fit(window)
    window.show()
    return window


def fit(window: QWidget, width: int = 900) -> None:
    """``window`` as tall as its wrapped words need at ``width``."""
    layout = window.layout()
    assert layout is not None
    layout.activate()
    window.resize(width, max(window.sizeHint().height(), layout.totalHeightForWidth(width)))


def _first_steps(w: Any) -> None:
    from carerpassport.ui.widgets.first_steps import CarerFirstSteps

    app = w.passport_app("first-steps")
    steps = CarerFirstSteps(app)
    window = alone(steps)
    w.look(window, "first steps")
    window.close()
    app.close()


def _feature(window: Any, cls: str) -> QDialog:
    from carerpassport.ui.menu_specs import DIALOGS

    dialog = window.open_feature_dialog(next(d for d in DIALOGS if d.cls == cls))
    assert dialog is not None
    return dialog


def _dialogs(w: Any, window: Any) -> None:
    """Each dialog over the main window, as the app opens it (so it fits the screen as there)."""
    from PySide6.QtGui import QTextDocument

    from carerpassport.domain.review_session import NEW_MANAGER_NOTE
    from carerpassport.ui.dialogs.passport_pages_dialog import PassportPagesDialog
    from carerpassport.ui.dialogs.reminders_dialog import RemindersDialog
    from carerpassport.ui.dialogs.working_dialog import WorkingDialog
    from carerpassport.ui.widgets.recovery_code import render_pdf

    working = WorkingDialog(window)
    working._add_status_area(QVBoxLayout(working), "")
    working._busy("[Ŵöŕķîñĝ ~~]")  # the status line's words are the subclass's
    working.setWindowTitle("[~]")  # and so is the title
    working.show()
    w.look(working, "working dialog")
    working.close()

    empty = w.passport_app("empty")
    dialog: QDialog = RemindersDialog(empty, w.runner, window)
    dialog.show()
    w.look(dialog, "reminders: no dates")
    dialog.close()
    empty.close()

    dialog = _feature(window, "RemindersDialog")
    w.look(dialog, "reminders: dates", data=NAMES)
    dialog.done(QDialog.DialogCode.Rejected)

    dialog = _feature(window, "ChecklistDialog")
    w.look(dialog, "checklist")
    dialog.done(QDialog.DialogCode.Rejected)

    document = QTextDocument()
    document.setPlainText("Siân Jones")
    dialog = PassportPagesDialog(w.runner, render_pdf(document), "Siân Jones", window)
    dialog.show()
    w.look(dialog, "passport pages", data=NAMES)
    dialog.close()

    change: Any = _feature(window, "ChangeManagerDialog")
    # The note is the domain's sentence (domain/review_session.py), not yet translated by the dialog.
    note = [label for label in change.findChildren(QLabel) if label.text() == NEW_MANAGER_NOTE]
    w.look(change, "change manager", data=NAMES, skip=note)
    change.name.setText("Bob Smith")
    change.path.clear()
    change.submit()
    w.look(change, "change manager: nowhere to save", data=NAMES, skip=note)
    change.done(QDialog.DialogCode.Rejected)


def _messages(w: Any, window: Any) -> None:
    from carerpassport.ui.dialogs import shell_messages

    problem = "[Ţĥé åñšŵéŕ îš ţöö ļöñĝ. ~~~~]"  # the editor's sentence: another area's words
    for quitting, where in ((False, "message: change not saved (lock)"), (True, "message: change not saved (quit)")):
        box, _stay = shell_messages.discard_box(window, problem, quitting=quitting)
        box.show()
        w.look(box, where)
        box.close()
    shortcuts = shell_messages.shortcuts_box(window)
    shortcuts.show()
    w.look(shortcuts, "message: keyboard shortcuts")
    shortcuts.close()
    about = window.about_dialog()  # as Help › About makes it: the window's data folder and settings file
    about.show()
    w.look(about, "message: about", data=[field.text() for field in about.paths])
    about.close()

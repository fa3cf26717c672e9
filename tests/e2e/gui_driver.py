"""Drive the real desktop app, in a fresh interpreter, as one person: the employee or the manager.

Run by :mod:`tests.e2e.test_gui_journeys` as its own process, offscreen::

    QT_QPA_PLATFORM=offscreen python tests/e2e/gui_driver.py employee --out passport.pdf \
        --name NAME --manager NAME --passphrase-file FILE --answer TEXT
    QT_QPA_PLATFORM=offscreen python tests/e2e/gui_driver.py manager --in passport.pdf --out signed.pdf \
        --name NAME --passphrase-file FILE --comment TEXT
    QT_QPA_PLATFORM=offscreen python tests/e2e/gui_driver.py held --in passport.pdf | --bundle-in FILE.age \
        --bundle-passphrase-file FILE --out signed.pdf [--bundle-out back.age] [--delete] --name NAME ...

``held`` is a manager's first run as a manager (their home: the passports they hold), a passport opened
(a PDF, or an encrypted copy through "Open encrypted copy"), read in the reader, countersigned from it,
then optionally sent back as an encrypted copy and/or deleted (confirming the question).
    QT_QPA_PLATFORM=offscreen python tests/e2e/gui_driver.py manager-draft --in passport.pdf --unlock \
        --name NAME --passphrase-file FILE --comment TEXT --expect-answer TEXT

It builds the window exactly as ``carerpassport.ui.app.main`` does (settings, theme, a real thread pool,
the vault found in the default place: ``$CARERPASSPORT_HOME``) and then works through the widgets a
person would use — first run, typing, ticking, menu actions, the file dialogs — one step at a time on a
timer, never calling the facade itself. It prints ``recovery_code=…`` once the vault exists and
``done`` at the end, and exits 0; a step that does not become possible in time, an exception in any
slot, or a Qt warning of ours makes it print why and exit 1.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if not getattr(sys, "frozen", False) and str(ROOT) not in sys.path:  # a script: import the checkout's carerpassport
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler  # noqa: E402
from PySide6.QtCore import Qt as QtCore_Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

STEP_SECONDS = 90.0
#: Qt messages the offscreen platform prints for every window; not ours.
QT_NOISE = ("This plugin does not support", "propagateSizeHints")

Step = tuple[str, Callable[[], bool], Callable[[], None]]


class Script:
    """Runs ``steps`` in order: each waits until its condition holds, then acts (never blocking)."""

    def __init__(self, qapp: QApplication, steps: list[Step]) -> None:
        self.qapp = qapp
        self.steps = steps
        self.failure: str | None = None
        self._acting = False
        self._since = time.monotonic()
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.timer.start()

    def fail(self, why: str) -> None:
        if self.failure is None:
            self.failure = why
        self.timer.stop()
        QTimer.singleShot(0, self._quit)

    def _quit(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                widget.reject()
        self.qapp.exit(1 if self.failure else 0)

    def _tick(self) -> None:
        if self._acting or not self.steps:
            return
        name, ready, act = self.steps[0]
        try:
            if not ready():
                if time.monotonic() - self._since > STEP_SECONDS:
                    self.fail(f"step {name!r} never became possible; on screen:\n{on_screen()}")
                return
            self.steps.pop(0)
            print(f"step: {name}", file=sys.stderr, flush=True)
            self._acting = True
            try:
                act()
            finally:
                self._acting = False
        except Exception:  # noqa: BLE001 - report any failure of the script itself, then stop
            self.fail(f"step {name!r} failed:\n{traceback.format_exc()}")
            return
        self._since = time.monotonic()
        if not self.steps:
            self.timer.stop()
            print("done", flush=True)
            QTimer.singleShot(0, self._quit)


def on_screen() -> str:
    """What a person would see: each visible window and the text of its labels (test data only)."""
    lines = []
    for window in QApplication.topLevelWidgets():
        if window.isVisible():
            lines.append(f"  {type(window).__name__}: {window.windowTitle()!r}")
            lines += [f"    {label.text()[:200]!r}" for label in window.findChildren(QLabel)
                      if label.isVisible() and label.text()]
    return "\n".join(lines)


# --- what a person does ---------------------------------------------------------------------------

def click(button: QAbstractButton) -> None:
    """Click ``button`` with the mouse on the next turn of the event loop (a click that opens a modal file
    dialog runs that dialog's loop there, not inside the script's step)."""
    QTimer.singleShot(0, lambda: QTest.mouseClick(button, QtCore_Qt.MouseButton.LeftButton))


def type_into(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, as a keyboard (or an input method, for letters like Ł) would deliver it.
    ``QTest.keyClicks`` handles ASCII only."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, QtCore_Qt.Key.Key_unknown,
                                                     QtCore_Qt.KeyboardModifier.NoModifier, char))


def file_dialog() -> QFileDialog | None:
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, QFileDialog) and widget.isVisible() else None


def choose_file(path: Path) -> None:
    """Put ``path`` in the open file dialog's name box and press its Open/Save button.

    The button, not Enter: where Enter goes depends on which of the dialog's widgets has focus while it is
    still listing the folder (in a thread), which under load made the choice vanish now and then."""
    dialog = file_dialog()
    assert dialog is not None
    dialog.selectFile(str(path))
    if dialog.selectedFiles() != [str(path)]:
        # The dialog opened in the file's own folder (it remembers the last one) and is still listing it,
        # so selecting by name found nothing yet: put the path in the name box (set, not typed: typing pops
        # up the name completer, which then takes the click meant for Open).
        name_box = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name_box is not None, "the file dialog has no name box"
        name_box.setText(str(path))
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None, "the file dialog has no buttons"
    accept = next(b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
    click(accept)


def file_dialog_takes(path: Path) -> Callable[[], bool]:
    """A step's condition: a file dialog is open and, with ``path`` typed in its name box, its Open/Save
    button is enabled. (``selectFile`` of a path in another folder is ignored while the dialog is still
    listing its own, which is why the name box is filled instead.)"""
    def ready() -> bool:
        dialog = file_dialog()
        if dialog is None:
            return False
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        if name is None:
            return False
        if name.text() != str(path):
            name.setText(str(path))
        box = dialog.findChild(QDialogButtonBox)
        return box is not None and any(b.isEnabled() for b in box.buttons()
                                       if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)

    return ready


def press_accept() -> None:
    """Press the open file dialog's Open/Save button (its name box was filled by :func:`file_dialog_takes`)."""
    dialog = file_dialog()
    assert dialog is not None
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None, "the file dialog has no buttons"
    click(next(b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole))


def first_run_steps(window: object, name: str, manager: str, passphrase: str, role: str = "") -> list[Step]:
    from carerpassport.ui.dialogs.first_run import CODE, PROTECT, WELCOME, FirstRunDialog

    def dialog() -> FirstRunDialog:
        found = window.flow.dialog  # type: ignore[attr-defined]
        assert isinstance(found, FirstRunDialog)
        return found

    def showing(page: int) -> Callable[[], bool]:
        return lambda: (isinstance(window.flow.dialog, FirstRunDialog)  # type: ignore[attr-defined]
                        and dialog().isVisible() and dialog().page() == page and dialog().next_button.isEnabled())

    def names() -> None:
        if role:
            from carerpassport.domain.roles import Role

            click(dialog().role_buttons[Role(role)])
        type_into(dialog().name_field, name)
        if manager:
            type_into(dialog().manager_field, manager)
        click(dialog().next_button)

    def protect() -> None:
        type_into(dialog().passphrase.first, passphrase)
        type_into(dialog().passphrase.second, passphrase)
        click(dialog().next_button)

    def kept_code() -> None:
        widget = dialog().code_widget
        assert widget is not None
        print(f"recovery_code={widget.code_field.text()}", flush=True)
        type_into(widget.check_field, widget.expected_group())
        click(widget.kept_button)

    def code_confirmed() -> bool:
        widget = dialog().code_widget
        return widget is not None and widget.is_confirmed and dialog().next_button.isEnabled()

    return [
        ("first run: names", showing(WELCOME), names),
        ("first run: passphrase", showing(PROTECT), protect),
        ("first run: keep the recovery code", lambda: isinstance(window.flow.dialog, FirstRunDialog)  # type: ignore
         and dialog().page() == CODE and dialog().code_widget is not None, kept_code),
        ("first run: start", code_confirmed, lambda: click(dialog().next_button)),
        ("passport open", lambda: window.app is not None, lambda: None),  # type: ignore[attr-defined]
    ]


def menu_action(window: object, menu: str, text: str) -> Callable[[], None]:
    """Trigger the menu entry ``text`` of ``menu`` (as a click on it would)."""
    def trigger() -> None:
        for action in window.menus[menu].actions():  # type: ignore[attr-defined]
            if action.text().replace("&", "").rstrip("…") == text:
                assert action.isEnabled(), f"{menu} › {text} is disabled"
                QTimer.singleShot(0, action.trigger)
                return
        raise AssertionError(f"no {menu} › {text} menu entry")

    return trigger


def open_dialog(window: object, cls_name: str) -> QWidget | None:
    for dialog in window.open_dialogs:  # type: ignore[attr-defined]
        if type(dialog).__name__ == cls_name and dialog.isVisible():
            return dialog  # type: ignore[no-any-return]
    return None


def employee_steps(window: object, args: argparse.Namespace) -> list[Step]:
    from carerpassport.ui.views.editor_view import STATE_SAVED

    field = "caring.effect_on_work"

    def editor() -> object:
        return window.views.get("passport")  # type: ignore[attr-defined]

    def answer() -> None:
        card = editor().card(field)  # type: ignore[attr-defined]
        type_into(card.answer, args.answer)
        if not card.share_box.isChecked():
            QTest.mouseClick(card.share_box, QtCore_Qt.MouseButton.LeftButton)

    def saved() -> bool:
        view = editor()
        return view is not None and not view.has_unsaved_changes() and view.save_state == STATE_SAVED  # type: ignore

    def export() -> QWidget | None:
        return open_dialog(window, "ExportDialog")

    def exported() -> bool:
        dialog = export()
        return dialog is not None and getattr(dialog, "result_export", None) is not None

    return [
        *first_run_steps(window, args.name, args.manager, args.passphrase),
        ("the passport page", lambda: editor() is not None, lambda: window.view_actions["passport"].trigger()),  # type: ignore
        ("answer and share a question", lambda: editor() is not None, answer),
        ("saved", saved, lambda: None),
        ("File › Export for my manager", lambda: True, menu_action(window, "file", "Export for my manager")),
        ("save the signed PDF", lambda: export() is not None and export().save_button.isEnabled(),  # type: ignore
         lambda: click(export().save_button)),  # type: ignore[union-attr]
        ("choose where", lambda: file_dialog() is not None, lambda: choose_file(args.out)),
        ("signed and saved", exported, lambda: click(export().close_button)),  # type: ignore[union-attr]
        ("quit", lambda: export() is None, lambda: window.quit_action.trigger()),  # type: ignore[attr-defined]
    ]


def unlock_steps(window: object, passphrase: str) -> list[Step]:
    """Unlock the vault that already exists (a person coming back to the app)."""
    from carerpassport.ui.dialogs.unlock import UnlockDialog

    def dialog() -> UnlockDialog | None:
        found = window.flow.dialog  # type: ignore[attr-defined]
        return found if isinstance(found, UnlockDialog) and found.isVisible() else None

    def unlock() -> None:
        found = dialog()
        assert found is not None
        type_into(found.secret_field, passphrase)
        QTimer.singleShot(0, found.try_unlock)

    return [
        # Ready once it has tried the OS keyring (the field is disabled while it does).
        ("unlock: passphrase", lambda: dialog() is not None and dialog().secret_field.isEnabled(), unlock),  # type: ignore
        ("passport open", lambda: window.app is not None, lambda: None),  # type: ignore[attr-defined]
    ]


def outcome_steps(window: object, args: argparse.Namespace) -> list[Step]:
    """The employee comes back after importing the countersigned copy: the Passport page's status line
    (printed as ``agreement_line=``) and whether the first steps still show (``first_steps=``)."""

    def editor() -> object:
        return window.views.get("passport")  # type: ignore[attr-defined]

    def line_shown() -> bool:
        view = editor()
        return view is not None and view.agreement.isVisible() and bool(view.agreement.text())  # type: ignore

    def say() -> None:
        view = editor()
        print(f"agreement_line={view.agreement.text()}", flush=True)  # type: ignore[attr-defined]
        print(f"first_steps={'shown' if view.first_steps.isVisible() else 'gone'}", flush=True)  # type: ignore

    return [
        *unlock_steps(window, args.passphrase),
        ("the passport page", lambda: True, lambda: window.show_view("passport")),  # type: ignore[attr-defined]
        ("its status line", line_shown, say),
        ("quit", lambda: True, lambda: window.quit_action.trigger()),  # type: ignore[attr-defined]
    ]


def _opening_steps(window: object, args: argparse.Namespace, countersign: Callable[[], object]) -> list[Step]:
    """Manager › Countersign a passport, and open the employee's PDF in it."""
    return [
        ("Manager › Countersign a passport", lambda: countersign() is None,
         menu_action(window, "manager", "Countersign a passport")),
        ("open the PDF", lambda: countersign() is not None, lambda: click(countersign().open_button)),  # type: ignore
        ("choose the employee's PDF", lambda: file_dialog() is not None, lambda: choose_file(args.input)),
    ]


def _read_what_was_shared(countersign: Callable[[], object], answer: str) -> bool:
    """The passport is shown in the reader, with the shared answer ``answer`` among what it says."""
    dialog = countersign()
    reader = getattr(dialog, "reader", None)
    if dialog is None or reader is None or getattr(dialog, "received", None) is None:
        return False
    texts = [label.text() for label in reader.answer_texts.values()]
    assert not answer or answer in texts, f"the reader does not show the shared answer: {texts}"
    return True


def manager_draft_steps(window: object, args: argparse.Namespace) -> list[Step]:
    """Open the employee's PDF, read it, write a comment, cancel; open it again: the comment is back; cancel."""
    def countersign() -> object:
        return open_dialog(window, "CountersignDialog")

    def comment_back() -> bool:
        dialog = countersign()
        if not _read_what_was_shared(countersign, args.expect_answer):
            return False
        kept = dialog.comment.toPlainText()  # type: ignore[union-attr]
        assert kept == args.comment, f"the comment did not survive Cancel: {kept!r}"
        return True

    def comment() -> None:
        type_into(countersign().comment, args.comment)  # type: ignore[union-attr]
        click(countersign().close_button)  # type: ignore[union-attr]  # Cancel

    def cancel() -> None:
        click(countersign().close_button)  # type: ignore[union-attr]

    return [
        *(unlock_steps(window, args.passphrase) if args.unlock
          else first_run_steps(window, args.name, "", args.passphrase)),
        *_opening_steps(window, args, countersign),
        ("read it, comment and cancel", lambda: _read_what_was_shared(countersign, args.expect_answer), comment),
        *_opening_steps(window, args, countersign),
        ("the comment is back; cancel again", comment_back, cancel),
        ("quit", lambda: countersign() is None, lambda: window.quit_action.trigger()),  # type: ignore[attr-defined]
    ]


def manager_steps(window: object, args: argparse.Namespace) -> list[Step]:
    def countersign() -> object:
        return open_dialog(window, "CountersignDialog")

    def opened() -> bool:
        dialog = countersign()
        if not (dialog is not None and dialog.received is not None and dialog.sign.isEnabled()):  # type: ignore
            return False
        if args.comment_kept:  # written in an earlier session and cancelled: it must be back
            kept = dialog.comment.toPlainText()  # type: ignore[attr-defined]
            assert kept == args.comment, f"the comment from the earlier session is not back: {kept!r}"
        return _read_what_was_shared(countersign, args.expect_answer)

    def comment() -> None:
        dialog = countersign()
        if not args.comment_kept:
            type_into(dialog.comment, args.comment)  # type: ignore[union-attr]
        click(dialog.sign)  # type: ignore[union-attr]

    def signed() -> bool:
        dialog = countersign()
        return dialog is not None and dialog.result_ is not None  # type: ignore[attr-defined]

    return [
        *(unlock_steps(window, args.passphrase) if args.unlock
          else first_run_steps(window, args.name, "", args.passphrase)),
        *_opening_steps(window, args, countersign),
        ("comment and countersign", opened, comment),
        ("choose where to save", lambda: file_dialog() is not None, lambda: choose_file(args.out)),
        ("countersigned", signed, lambda: click(countersign().close_button)),  # type: ignore[union-attr]
        ("quit", lambda: countersign() is None, lambda: window.quit_action.trigger()),  # type: ignore[attr-defined]
    ]


def held_steps(window: object, args: argparse.Namespace) -> list[Step]:
    """A manager's own path: first run as a manager, then the held passports page."""
    def held() -> object:
        return window.views.get("received")  # type: ignore[attr-defined]

    def rows() -> int:
        view = held()
        return 0 if view is None else view.table.rowCount()  # type: ignore[attr-defined]

    def status_of_first() -> str:
        return held().table.item(0, 4).text() if rows() else ""  # type: ignore[attr-defined]

    def home_is_held() -> bool:
        return window.current_view_key() == "received" and held() is not None  # type: ignore[attr-defined]

    def reader() -> object:
        dialog = getattr(held(), "reader_dialog", None)
        return dialog if dialog is not None and dialog.isVisible() else None

    def countersign() -> object:
        dialog = getattr(reader(), "countersign_dialog", None) if reader() is not None else None
        return dialog if dialog is not None and dialog.isVisible() else None

    def bundle_dialog() -> object:
        return open_dialog(window, "OpenBundleDialog")

    def fill_bundle() -> None:
        dialog = bundle_dialog()
        dialog.file.setText(str(args.bundle_in))  # type: ignore[union-attr]
        type_into(dialog.passphrase, args.bundle_passphrase)  # type: ignore[union-attr]
        click(dialog.check_button)  # type: ignore[union-attr]

    def bundle_checked() -> bool:
        dialog = bundle_dialog()
        return dialog is not None and dialog.opened is not None and not dialog.progress.isVisible()  # type: ignore

    def trust_and_import() -> None:
        dialog = bundle_dialog()
        if dialog.trust_sender.isVisibleTo(dialog):  # type: ignore[union-attr]
            click(dialog.trust_sender)  # type: ignore[union-attr]
        QTimer.singleShot(50, lambda: click(dialog.import_button))  # type: ignore[union-attr]

    def select_and_open() -> None:
        held().table.selectRow(0)  # type: ignore[attr-defined]
        click(held().open_button)  # type: ignore[attr-defined]

    def read_it() -> None:
        text = reader().reader.plain_text()  # type: ignore[union-attr]
        print(f"reader_shows={text.replace(chr(10), ' | ')}", flush=True)
        click(reader().countersign_button)  # type: ignore[union-attr]

    def comment() -> None:
        dialog = countersign()
        type_into(dialog.comment, args.comment)  # type: ignore[union-attr]
        click(dialog.sign)  # type: ignore[union-attr]

    def signed() -> bool:
        dialog = countersign()
        return dialog is not None and dialog.result_ is not None  # type: ignore[union-attr]

    def close_both() -> None:
        countersign().reject()  # type: ignore[union-attr]
        QTimer.singleShot(50, lambda: reader().reject() if reader() is not None else None)  # type: ignore

    adding: list[Step]
    if args.bundle_in:
        adding = [
            ("Open encrypted copy", lambda: True, lambda: click(held().add_bundle_button)),  # type: ignore
            ("the file and its passphrase", lambda: bundle_dialog() is not None, fill_bundle),
            ("trust the sender and import", bundle_checked, trust_and_import),
            ("imported", lambda: bundle_dialog() is not None and bundle_dialog().result_ is not None,  # type: ignore
             lambda: bundle_dialog().reject()),  # type: ignore[union-attr]
        ]
    else:
        adding = [
            ("Open a passport PDF", lambda: True, lambda: click(held().add_pdf_button)),  # type: ignore
            ("choose the employee's PDF", file_dialog_takes(args.input), press_accept),
        ]
    steps: list[Step] = [
        *first_run_steps(window, args.name, "", args.passphrase, role="manager"),
        ("the manager's home first", home_is_held, lambda: None),
        *adding,
        ("held, waiting", lambda: rows() == 1 and status_of_first().startswith("Waiting"), select_and_open),
        ("read it, then Countersign", lambda: reader() is not None and reader().countersign_button.isVisible(),  # type: ignore
         read_it),
        ("comment and countersign", lambda: countersign() is not None and countersign().sign.isEnabled(),  # type: ignore
         comment),
        ("choose where to save", file_dialog_takes(args.out), press_accept),
        ("countersigned", signed, close_both),
        ("held, countersigned", lambda: reader() is None and status_of_first() == "Countersigned",
         lambda: print(f"held={status_of_first()}", flush=True)),
    ]
    if args.bundle_out:
        steps += [
            ("Send back encrypted", lambda: held().send_button.isEnabled(),  # type: ignore[attr-defined]
             lambda: click(held().send_button)),  # type: ignore[attr-defined]
            ("choose where", file_dialog_takes(args.bundle_out), press_accept),
            ("sent", lambda: "encrypted copy only" in held().status.text(), lambda: None),  # type: ignore
        ]
    if args.delete:
        steps += [
            ("Delete my copy", lambda: held().delete_button.isEnabled(),  # type: ignore[attr-defined]
             lambda: click(held().delete_button)),  # type: ignore[attr-defined]
            ("confirm", lambda: held().delete_box is not None and held().delete_box.isVisible(),  # type: ignore
             lambda: click(held().delete_box.button(QMessageBox.StandardButton.Yes))),  # type: ignore
            ("deleted", lambda: rows() == 0 and "Deleted your copy" in held().status.text(),  # type: ignore
             lambda: print(f"deleted={held().status.text()}", flush=True)),  # type: ignore[attr-defined]
        ]
    return [*steps, ("quit", lambda: True, lambda: window.quit_action.trigger())]  # type: ignore[attr-defined]


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("role", choices=("employee", "manager", "manager-draft", "held", "flexible", "leave",
                                         "outcome"))
    parser.add_argument("--name", required=True)
    parser.add_argument("--manager", default="")
    parser.add_argument("--passphrase-file", type=Path, required=True)
    parser.add_argument("--answer", default="")
    parser.add_argument("--comment", default="")
    parser.add_argument("--change", default="")
    parser.add_argument("--in", dest="input", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--unlock", action="store_true", help="the vault exists: unlock it instead of a first run")
    parser.add_argument("--expect-answer", default="", help="a shared answer the manager's reader must show")
    parser.add_argument("--comment-kept", action="store_true",
                        help="the comment was written in an earlier session: check it is back, do not type it")
    parser.add_argument("--bundle-in", type=Path)
    parser.add_argument("--bundle-passphrase-file", type=Path)
    parser.add_argument("--bundle-out", type=Path)
    parser.add_argument("--delete", action="store_true")
    args = parser.parse_args(argv)
    args.passphrase = args.passphrase_file.read_text(encoding="utf-8").strip()
    args.bundle_passphrase = (args.bundle_passphrase_file.read_text(encoding="utf-8").strip()
                              if args.bundle_passphrase_file else "")
    return args


def main(argv: list[str]) -> int:
    args = parse(argv)
    from PySide6.QtGui import QGuiApplication

    from carerpassport import APP_ID
    from carerpassport.ui.app import disable_core_dumps
    from carerpassport.ui.main_window import MainWindow
    from carerpassport.ui.settings import TEXT_SIZE, THEME, AppSettings
    from carerpassport.ui.tasks import TaskRunner
    from carerpassport.ui.theme import ThemeManager, new_application

    problems: list[str] = []

    def on_qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        print(f"qt: {message}", file=sys.stderr, flush=True)
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg and not any(n in message for n in QT_NOISE):
            problems.append(f"Qt said: {message}")

    def on_exception(kind: type[BaseException], value: BaseException, tb: object) -> None:
        problems.append("".join(traceback.format_exception(kind, value, tb)))  # type: ignore[arg-type]
        script.fail("an exception in a slot")

    qInstallMessageHandler(on_qt_message)
    sys.excepthook = on_exception
    disable_core_dumps()
    # As ``carerpassport.ui.app.main`` builds it (that function also runs the event loop, which the script
    # needs to share).
    QGuiApplication.setDesktopFileName(APP_ID)
    qapp = new_application([sys.argv[0]])
    qapp.setApplicationName("CarerPassport")
    qapp.setOrganizationName("CarerPassport")
    settings = AppSettings()
    theme = ThemeManager(qapp)
    theme.apply_first_frame(settings.get(THEME), settings.get(TEXT_SIZE))
    runner = TaskRunner(qapp)
    window = MainWindow(settings=settings, theme=theme, runner=runner, defer_chrome=True)

    def after_first_paint() -> None:
        theme.confirm_system_scheme()
        window.start()

    window.first_painted.connect(lambda: QTimer.singleShot(0, after_first_paint))
    window.resize(1100, 760)
    if args.role == "flexible":
        from tests.e2e.flexible_gui_steps import flexible_steps

        steps = flexible_steps(window, args)
    elif args.role == "leave":
        from tests.e2e.leave_gui_steps import leave_steps

        steps = leave_steps(window, args)
    else:
        steps = {"employee": employee_steps, "manager": manager_steps, "manager-draft": manager_draft_steps,
                 "held": held_steps, "outcome": outcome_steps}[args.role](window, args)
    script = Script(qapp, steps)
    window.show()
    script.start()
    status = qapp.exec()
    runner.wait()
    if script.failure:
        print(f"gui_driver: {script.failure}", file=sys.stderr)
    for problem in problems:
        print(f"gui_driver: {problem}", file=sys.stderr)
    return 1 if (status or script.failure or problems) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

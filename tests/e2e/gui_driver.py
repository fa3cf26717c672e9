"""Drive the real desktop app, in a fresh interpreter, as one person: the employee or the manager.

Run by :mod:`tests.e2e.test_gui_journeys` as its own process, offscreen::

    QT_QPA_PLATFORM=offscreen python tests/e2e/gui_driver.py employee --out passport.pdf \
        --name NAME --manager NAME --passphrase-file FILE --answer TEXT
    QT_QPA_PLATFORM=offscreen python tests/e2e/gui_driver.py manager --in passport.pdf --out signed.pdf \
        --name NAME --passphrase-file FILE --comment TEXT

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
if str(ROOT) not in sys.path:  # run as a script: import the checkout's carerpassport
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
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None, "the file dialog has no buttons"
    accept = next(b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
    click(accept)


def first_run_steps(window: object, name: str, manager: str, passphrase: str) -> list[Step]:
    from carerpassport.ui.dialogs.first_run import CODE, PROTECT, WELCOME, FirstRunDialog

    def dialog() -> FirstRunDialog:
        found = window.flow.dialog  # type: ignore[attr-defined]
        assert isinstance(found, FirstRunDialog)
        return found

    def showing(page: int) -> Callable[[], bool]:
        return lambda: (isinstance(window.flow.dialog, FirstRunDialog)  # type: ignore[attr-defined]
                        and dialog().isVisible() and dialog().page() == page and dialog().next_button.isEnabled())

    def names() -> None:
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


def manager_steps(window: object, args: argparse.Namespace) -> list[Step]:
    def countersign() -> object:
        return open_dialog(window, "CountersignDialog")

    def opened() -> bool:
        dialog = countersign()
        return dialog is not None and dialog.received is not None and dialog.sign.isEnabled()  # type: ignore

    def comment() -> None:
        dialog = countersign()
        type_into(dialog.comment, args.comment)  # type: ignore[union-attr]
        click(dialog.sign)  # type: ignore[union-attr]

    def signed() -> bool:
        dialog = countersign()
        return dialog is not None and dialog.result_ is not None  # type: ignore[attr-defined]

    return [
        *first_run_steps(window, args.name, "", args.passphrase),
        ("Manager › Countersign a passport", lambda: True, menu_action(window, "manager", "Countersign a passport")),
        ("open the PDF", lambda: countersign() is not None, lambda: click(countersign().open_button)),  # type: ignore
        ("choose the employee's PDF", lambda: file_dialog() is not None, lambda: choose_file(args.input)),
        ("comment and countersign", opened, comment),
        ("choose where to save", lambda: file_dialog() is not None, lambda: choose_file(args.out)),
        ("countersigned", signed, lambda: click(countersign().close_button)),  # type: ignore[union-attr]
        ("quit", lambda: countersign() is None, lambda: window.quit_action.trigger()),  # type: ignore[attr-defined]
    ]


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("role", choices=("employee", "manager"))
    parser.add_argument("--name", required=True)
    parser.add_argument("--manager", default="")
    parser.add_argument("--passphrase-file", type=Path, required=True)
    parser.add_argument("--answer", default="")
    parser.add_argument("--comment", default="")
    parser.add_argument("--in", dest="input", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    args.passphrase = args.passphrase_file.read_text(encoding="utf-8").strip()
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
    steps = employee_steps(window, args) if args.role == "employee" else manager_steps(window, args)
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

"""Open the translated screens in one language at one text size on a small screen; print one JSON line per
problem (a visible string without the pseudo-language's brackets, a clipped or elided one, two controls
underlining the same letter), then ``done``.

Run by :mod:`tests.ui.test_translation` in a fresh interpreter (Qt fixes the screen size when it starts)::

    CARERPASSPORT_LANGUAGE=en-XA python tests/ui/translation_walk.py TEXT_SIZE FOLDER

The translator is installed the way the app installs it (``ui/translation.install_translation``), so a
screen built before it, or a string that bypasses ``translate``, shows up here as English.

SCREENS lists what is walked. A screen converted to ``translate`` is added here, with what to do to reach each
of its states; the next sessions extend it until it covers every page and dialog (docs/translation.md).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from tests.ui.screen_fit_walk import problems as fit_problems  # noqa: E402

PASSPHRASE = "correct horse battery staple"
#: Words that are the same in every language: the languages' own names in the language list.
SAME_IN_EVERY_LANGUAGE = {"English", "Cymraeg"}
TAG = re.compile(r"<[^>]*>")

#: The screens walked, in order (each entry names a state; see ``walk``). Extend this list as screens are converted.
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


def untranslated(window: QWidget, where: str) -> list[dict[str, str]]:
    """Every visible string of ``window`` that lacks the pseudo-language's brackets."""
    found: list[dict[str, str]] = []

    def check(kind: str, text: str) -> None:
        plain = TAG.sub("", text).strip()
        if plain and plain not in SAME_IN_EVERY_LANGUAGE and not (plain.startswith("[") and plain.endswith("]")):
            found.append({"where": where, "widget": kind, "problem": f"not translated: {text!r}"})

    check("window title", window.windowTitle())
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if widget.toolTip():
            check(f"tooltip of {type(widget).__name__}", widget.toolTip())
        if isinstance(widget, QLabel):
            check("QLabel", widget.text())
        elif isinstance(widget, QAbstractButton):
            check(type(widget).__name__, widget.text())
        elif isinstance(widget, QGroupBox):
            check("QGroupBox", widget.title())
        elif isinstance(widget, QLineEdit):
            check("placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for row in range(widget.count()):
                check("QComboBox item", widget.itemText(row))
    return found


MNEMONIC = re.compile(r"&([^&\s])")


def clashing_mnemonics(window: QWidget, where: str) -> list[dict[str, str]]:
    """Two visible controls of one window underlining the same letter (a translation's usual slip): Alt+letter
    then reaches only one of them."""
    seen: dict[str, list[str]] = {}
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton) or isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()  # type: ignore[attr-defined]
            for letter in MNEMONIC.findall(text.replace("&&", "")):
                seen.setdefault(letter.lower(), []).append(text)
    return [{"where": where, "widget": " and ".join(repr(t) for t in texts),
             "problem": f"the same underlined letter {letter!r}"} for letter, texts in seen.items() if len(texts) > 1]


def main() -> int:
    text_size, folder = int(sys.argv[1]), Path(sys.argv[2])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "qsettings"))
    qapp = QApplication([])
    from carerpassport.ui.translation import install_translation

    language = install_translation(qapp)
    from carerpassport.app import PassportApp
    from carerpassport.domain.roles import Role
    from carerpassport.ui.dialogs.first_run import FirstRunDialog
    from carerpassport.ui.dialogs.settings_dialog import SettingsDialog
    from carerpassport.ui.dialogs.unlock import UnlockDialog
    from carerpassport.ui.settings import AppSettings
    from carerpassport.ui.tasks import TaskRunner
    from carerpassport.ui.theme import ThemeManager

    theme = ThemeManager(qapp)
    theme.apply("light", text_size)
    runner = TaskRunner(synchronous=True)
    found: list[dict[str, str]] = []
    texts: dict[str, list[str]] = {}
    pseudo = language == "en-XA"

    def look(window: QWidget, where: str) -> None:
        assert where in SCREENS, where
        for _ in range(10):  # a dialog grows with its content a turn or two after it changes
            qapp.processEvents()
        found.extend(fit_problems(window, where))
        if language not in ("en", "en-XA"):  # the English has clashes of its own (docs/translation.md): a
            found.extend(clashing_mnemonics(window, where))  # translation is held to better
        if pseudo:
            found.extend(untranslated(window, where))
        texts[where] = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton)
                        if w.isVisible()] + [window.windowTitle()]

    first = FirstRunDialog(folder / "first-run", None, runner)
    first.show()
    look(first, "first run: welcome (employee)")
    first.choose_role(Role.MANAGER)
    look(first, "first run: welcome (manager)")
    first.choose_role(Role.EMPLOYEE)
    first.next_button.click()
    first.passphrase.first.setText("short")
    look(first, "first run: protection, no keyring, passphrase too short")
    first.done(QDialog.DialogCode.Rejected)

    created = PassportApp.create(folder / "vault", employee_name="Siân Jones", passphrase=PASSPHRASE)
    created.app.close()
    unlock = UnlockDialog(folder / "vault", None, runner, try_keyring=False)
    unlock.show()
    look(unlock, "unlock")
    unlock.try_unlock()
    look(unlock, "unlock: nothing typed")
    unlock.done(QDialog.DialogCode.Rejected)

    from carerpassport.ui.widgets.locked_page import LockedPage

    locked = LockedPage()
    locked.setWindowTitle("[~]")  # a page of the main window, shown alone here: its title is the window's
    locked.show_locked()
    locked.show()
    look(locked, "locked page")
    locked.show_not_set_up()
    look(locked, "locked page: not set up")
    locked.close()

    app = PassportApp.open(folder / "vault", passphrase=PASSPHRASE)
    settings = SettingsDialog(app, runner, settings=AppSettings(folder / "settings.ini"), theme=theme)
    settings.show()
    look(settings, "settings")
    settings.done(QDialog.DialogCode.Rejected)
    app.close()

    for problem in found:
        print(json.dumps(problem, ensure_ascii=False), flush=True)
    print("TEXTS=" + json.dumps(texts, ensure_ascii=False), flush=True)
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Open the translated screens of one area in one language at one text size on a small screen; print one JSON
line per problem (a visible string without the pseudo-language's brackets, a clipped or elided one, two
controls underlining the same letter), then ``done``.

Run by :mod:`tests.ui.test_translation` in a fresh interpreter (Qt fixes the screen size when it starts)::

    CARERPASSPORT_LANGUAGE=en-XA python tests/ui/translation_walk.py TEXT_SIZE FOLDER AREA

The translator is installed the way the app installs it (``ui/translation.install_translation``), so a
screen built before it, or a string that bypasses ``translate``, shows up here as English.

An AREA is a module of ``tests/ui/translation_screens/``: its ``SCREENS`` names the states it shows, its
``walk(walk)`` reaches each one and calls ``walk.look(window, where)``; every state in SCREENS must be looked
at. Its ``WELSH`` maps a state to strings the Welsh must show there; optional ``PSEUDO`` (strings, any one of
which the pseudo-language shows) and ``NOT_IN_WELSH`` (English that must be gone) do the same. A new area is a
new module: nothing here lists them.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QTabBar,
    QWidget,
)

from tests.ui.screen_fit_walk import problems as fit_problems  # noqa: E402

PASSPHRASE = "correct horse battery staple"
#: Words that are the same in every language: the languages' own names in the language list.
SAME_IN_EVERY_LANGUAGE = {"English", "Cymraeg"}
TAG = re.compile(r"<[^>]*>")


def untranslated(window: QWidget, where: str, data: Iterable[str] = (),
                 skip: Iterable[QWidget] = ()) -> list[dict[str, str]]:
    """Every visible string of ``window`` that lacks the pseudo-language's brackets. ``data`` are the walk's own
    words shown as they are (a name, a date, a file's name): a string that is only those is not asked for
    brackets. Menus, tab and header titles and list items are read too; table cells are data, not read. Widgets
    in ``skip`` (and inside them) are not read: a part another area walks."""
    found: list[dict[str, str]] = []
    own = sorted((d for d in data if d), key=len, reverse=True)

    def check(kind: str, text: str) -> None:
        plain = TAG.sub("", text).strip()
        rest = plain
        for word in own:
            rest = rest.replace(word, "")
        if not rest.strip(" ,.:;·—–-()/\n\t"):
            return
        if plain and plain not in SAME_IN_EVERY_LANGUAGE and not (plain.startswith("[") and plain.endswith("]")):
            found.append({"where": where, "widget": kind, "problem": f"not translated: {text!r}"})

    def check_menu(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            check(f"menu item {path}", action.text())
            if action.menu() is not None:
                check_menu(action.menu(), f"{path} › {action.text()}")  # type: ignore[arg-type]

    check("window title", window.windowTitle())
    skipped = tuple(skip)
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if any(part is widget or part.isAncestorOf(widget) for part in skipped):
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
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                check("menu", action.text())
                if action.menu() is not None:
                    check_menu(action.menu(), action.text())  # type: ignore[arg-type]
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                check("tab", widget.tabText(index))
        elif isinstance(widget, QListWidget):
            for row in range(widget.count()):
                check("list item", widget.item(row).text())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for section in range(model.columnCount()):
                header = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                if isinstance(header, str):
                    check("column header", header)
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


class Walk:
    """What an area's ``walk`` is given: the application, a folder, a task runner, the theme, and ``look``."""

    def __init__(self, qapp: QApplication, folder: Path, text_size: int, language: str, screens: Iterable[str]) -> None:
        from carerpassport.ui.tasks import TaskRunner
        from carerpassport.ui.theme import ThemeManager

        self.qapp, self.folder, self.text_size, self.language = qapp, folder, text_size, language
        self.pseudo = language == "en-XA"
        self.theme = ThemeManager(qapp)
        self.theme.apply("light", text_size)
        self.runner = TaskRunner(synchronous=True)
        self.screens = tuple(screens)
        self.found: list[dict[str, str]] = []
        self.texts: dict[str, list[str]] = {}

    def settle(self, turns: int = 10) -> None:
        for _ in range(turns):  # a dialog grows with its content a turn or two after it changes
            self.qapp.processEvents()

    def look(self, window: QWidget, where: str, data: Iterable[str] = (), skip: Iterable[QWidget] = ()) -> None:
        """Check ``window`` as it is now, as the state ``where`` (one of the area's SCREENS); ``data`` are words
        of the walk's own (names, dates) shown as they are; ``skip`` are parts another area walks (the main
        window's page, seen from the menus' area), left out of the brackets check only."""
        assert where in self.screens, f"{where!r} is not in the area's SCREENS"
        assert where not in self.texts, f"{where!r} looked at twice"
        self.settle()
        self.found.extend(fit_problems(window, where))
        if self.language not in ("en", "en-XA"):  # the English has clashes of its own (docs/translation.md): a
            self.found.extend(clashing_mnemonics(window, where))  # translation is held to better
        if self.pseudo:
            self.found.extend(untranslated(window, where, data, skip))
        self.texts[where] = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton)
                             if w.isVisible()] + [window.windowTitle()]

    def passport_app(self, name: str = "vault", **create: Any) -> Any:
        """A new vault (Siân Jones, manager Bob Smith), open: ``PassportApp``."""
        from carerpassport.app import PassportApp

        create.setdefault("employee_name", "Siân Jones")
        create.setdefault("manager_name", "Bob Smith")
        return PassportApp.create(self.folder / name, passphrase=PASSPHRASE, **create).app

    def main_window(self, app: Any = None) -> Any:
        """The real main window at 1280×720, shown; with ``app`` set, unlocked on it."""
        from carerpassport.ui.main_window import MainWindow
        from carerpassport.ui.settings import AppSettings

        window = MainWindow(settings=AppSettings(self.folder / "settings.ini"), theme=self.theme,
                            runner=self.runner, data_dir=self.folder / "vault", keyring=None)
        window.show()
        if app is not None:
            window.set_app(app)
        self.settle()
        return window

    def today(self) -> dt.date:
        return dt.date.today()


def main() -> int:
    text_size, folder, area = int(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "qsettings"))
    qapp = QApplication([])
    from carerpassport.ui.translation import install_translation, speak_below_gui

    language = install_translation(qapp)
    speak_below_gui()  # as the app does once its first window is painted (ui/app.py)
    module = importlib.import_module(f"tests.ui.translation_screens.{area}")
    walk = Walk(qapp, folder, text_size, language, module.SCREENS)
    module.walk(walk)
    missed = [where for where in walk.screens if where not in walk.texts]
    assert not missed, f"the walk of {area} never looked at {missed}"
    for problem in walk.found:
        print(json.dumps(problem, ensure_ascii=False), flush=True)
    print("TEXTS=" + json.dumps(walk.texts, ensure_ascii=False), flush=True)
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

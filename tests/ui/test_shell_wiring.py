"""Every page and every menu entry of the main window is really there in this build: each named class
imports, is built for the open vault and shows, through the same menu action a person would use. The
"could not be loaded" fallbacks must never be reached (they warn, and a Qt warning fails the test)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from carerpassport.app import PassportApp
from carerpassport.ui.dialogs.settings_dialog import SettingsDialog
from carerpassport.ui.main_window import DIALOGS, VIEWS, MainWindow
from carerpassport.ui.menu_specs import load_class
from tests.ui.shell_fixtures import OFFSCREEN_NOISE, shell_runner, shell_settings, shell_theme, shell_window  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.mark.parametrize("spec", [*VIEWS, *DIALOGS], ids=lambda s: f"{s.module.rsplit('.', 1)[-1]}.{s.cls}")
def test_every_named_class_imports(spec: object) -> None:
    cls = load_class(spec)  # type: ignore[arg-type]
    assert isinstance(cls, type) and cls.__name__ == spec.cls  # type: ignore[attr-defined]


@pytest.fixture
def opened(shell_window: MainWindow, filled_app: PassportApp, monkeypatch: pytest.MonkeyPatch) -> MainWindow:  # noqa: F811
    def no_fallback(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a fallback message box was shown: {args[1:]}")

    monkeypatch.setattr(QMessageBox, "warning", no_fallback)
    monkeypatch.setattr(QMessageBox, "information", no_fallback)
    shell_window.set_app(filled_app)
    return shell_window


def test_every_page_is_the_real_view(opened: MainWindow) -> None:
    for spec in VIEWS:
        view = opened.view(spec.key)
        assert type(view) is load_class(spec), f"{spec.title} fell back to a placeholder"
        opened.view_actions[spec.key].trigger()
        assert opened.pages.currentWidget() is view and view.isVisible()


def test_every_menu_entry_opens_its_dialog(opened: MainWindow) -> None:
    menu_actions = {a for menu in opened.menus.values() for a in menu.actions()}
    for spec, action in opened.dialog_actions:
        assert action in menu_actions and action.isEnabled(), spec.text
        before = len(opened.open_dialogs)
        action.trigger()
        assert len(opened.open_dialogs) == before + 1, f"{spec.text} opened nothing"
        dialog = opened.open_dialogs[-1]
        assert type(dialog) is load_class(spec) and dialog.isVisible(), spec.text
        assert dialog.parentWidget() is opened
        dialog.done(QDialog.DialogCode.Rejected)
        assert dialog not in opened.open_dialogs
    settings = opened.open_settings()
    assert isinstance(settings, SettingsDialog) and settings.isVisible()


def test_the_file_menu_offers_open_encrypted_copy(opened: MainWindow) -> None:
    texts = [a.text() for a in opened.menus["file"].actions() if not a.isSeparator()]
    assert "&Open encrypted copy…" in texts
    assert texts.index("Send &encrypted copy…") + 1 == texts.index("&Open encrypted copy…")
    assert texts[-3:] == ["&Settings…", "&Lock", "&Quit"]


def test_shortcuts_are_unique(opened: MainWindow) -> None:
    actions = opened.findChildren(type(opened.lock_action))
    keys = [a.shortcut().toString() for a in actions if not a.shortcut().isEmpty()]
    assert len(keys) == len(set(keys)), keys

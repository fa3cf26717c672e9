"""Fixtures for the app-shell tests (first run, unlock, settings, main window, themes).

Imported by name from each test module (``from tests.ui.shell_fixtures import ...``) rather than a shared
conftest, so they cannot clash with other UI tests' fixtures.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from carerpassport.ui.main_window import MainWindow
from carerpassport.ui.settings import AppSettings
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import ThemeManager

OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


@pytest.fixture
def shell_settings(tmp_path: Path) -> AppSettings:
    """Settings in a file of this test's own; the user's QSettings are never touched."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    return AppSettings(tmp_path / "settings.ini")


@pytest.fixture
def shell_theme(qapp: QApplication) -> Iterator[ThemeManager]:
    """A theme manager; the application's colours, font and style sheet are put back afterwards. The
    style stays Fusion: replacing a QStyle while a closed QWizard awaits deletion crashes Qt."""
    palette, font, sheet = qapp.palette(), qapp.font(), qapp.styleSheet()
    props = {name: qapp.property(name) for name in ("carerpassport_theme", "carerpassport_text_size")}
    manager = ThemeManager(qapp)
    manager.apply("light", 100)
    yield manager
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)
    for name, value in props.items():
        qapp.setProperty(name, value)


@pytest.fixture
def shell_runner() -> TaskRunner:
    return TaskRunner(synchronous=True)


@pytest.fixture
def shell_window(qtbot, shell_settings: AppSettings, shell_theme: ThemeManager, shell_runner: TaskRunner,
                 data_dir: Path) -> Iterator[MainWindow]:
    """A main window over ``data_dir`` (no vault yet, no keyring), shown and locked."""
    window = MainWindow(settings=shell_settings, theme=shell_theme, runner=shell_runner, data_dir=data_dir,
                        keyring=None)
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()

"""A first start (no saved window size) opens the window larger with larger text, within the screen: at
200 % the passport page's wrapped introductions were squeezed and cut in a 1000x700 window (seen on Xvfb
1366x768 in Welsh, whose words are longer)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from carerpassport.ui import main_window
from carerpassport.ui.main_window import MainWindow
from carerpassport.ui.settings import TEXT_SIZE, AppSettings
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import ThemeManager
from tests.ui.shell_fixtures import OFFSCREEN_NOISE, shell_runner, shell_theme  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.mark.parametrize(("text_size", "screen"), [(100, QSize(2400, 1500)), (200, QSize(2400, 1500)),
                                                 (200, QSize(1350, 700))])
def test_the_first_window_grows_with_the_text_and_stays_on_the_screen(
        qtbot, tmp_path: Path, shell_theme: ThemeManager, shell_runner: TaskRunner,  # noqa: ANN001, F811
        monkeypatch: pytest.MonkeyPatch, text_size: int, screen: QSize) -> None:
    monkeypatch.setattr(main_window, "available_size", lambda _window: screen)  # the offscreen screen is 800x600
    settings = AppSettings(tmp_path / "settings.ini")
    settings.set(TEXT_SIZE, text_size)
    window = MainWindow(settings=settings, theme=shell_theme, runner=shell_runner, data_dir=tmp_path / "vault",
                        keyring=None)
    qtbot.addWidget(window)
    room = screen
    wanted = (1000 * text_size // 100, 700 * text_size // 100)
    assert (window.width(), window.height()) == (min(wanted[0], room.width()), min(wanted[1], room.height()))

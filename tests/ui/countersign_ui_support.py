"""Helpers for the countersigning UI tests (issue 6), imported by name so they cannot clash with others."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

from carerpassport.ui.theme import ThemeManager

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


@pytest.fixture
def countersign_theme(qapp: QApplication) -> Iterator[ThemeManager]:
    """The app's light theme for screenshots; the application's look is put back afterwards."""
    sheet, palette, font = qapp.styleSheet(), qapp.palette(), qapp.font()
    manager = ThemeManager(qapp)
    manager.apply("light", 100)
    yield manager
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


def controls_without_names(root: QWidget) -> list[str]:
    """Focusable controls under ``root`` with no accessible name (inner parts of spin/combo boxes excepted)."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.focusProxy() is not None:
            continue
        parent, inner = widget.parentWidget(), False
        while parent is not None:
            inner = inner or isinstance(parent, QAbstractSpinBox | QComboBox)
            parent = parent.parentWidget()
        if not inner and not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}")
    return missing


def save_screenshot(widget: QWidget, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    QApplication.processEvents()  # let layouts settle after the last text change
    assert widget.grab().save(str(path))
    return path

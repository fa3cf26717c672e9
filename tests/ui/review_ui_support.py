"""Helpers for the review, sharing and new-manager UI tests (issue 8), imported by name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def unnamed_controls(root: QWidget) -> list[str]:
    """Every focusable control under ``root`` that has no accessible name (inner parts of spin and combo
    boxes excepted: the outer control carries the name)."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.focusProxy() is not None:
            continue
        parent = widget.parentWidget()
        inner = False
        while parent is not None:
            if isinstance(parent, QAbstractSpinBox | QComboBox):
                inner = True
            parent = parent.parentWidget()
        if not inner and not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', lambda: '')()!r}")
    return missing


def screenshot(widget: QWidget, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    assert widget.grab().save(str(path))
    return path

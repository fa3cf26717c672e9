"""Helpers for the identity, bundle and backup dialog tests (issue 7), imported by name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def controls_without_names(root: QWidget) -> list[str]:
    """Focusable, visible controls under ``root`` with no accessible name or no accessible description."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.focusProxy() is not None:
            continue
        if widget.parentWidget() is not None and type(widget.parentWidget()).__name__ in ("QAbstractScrollArea",):
            continue
        if type(widget).__name__ in ("QWidget",) or widget.objectName() == "qt_scrollarea_viewport":
            continue
        if not widget.accessibleName().strip() or not widget.accessibleDescription().strip():
            missing.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}")
    return missing


def screenshot(widget: QWidget, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / name
    assert widget.grab().save(str(path))
    return path

"""How much of its screen a window may take: the screen's available area less the window frame.

Apart from ``screen_fit`` (which re-exports it) because the main window sizes itself with it before
its first paint, and ``screen_fit``'s dialog filter brings in ``QEvent`` and ``QDialog``, which the
first frame does not need.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

#: What a window manager's title bar and borders may add around the dialog, before we can measure them.
FRAME_ALLOWANCE = QSize(16, 40)


def available_size(dialog: QWidget) -> QSize:
    """The largest the dialog's own area may be: the screen's available area less the window frame."""
    screen = dialog.screen() or QApplication.primaryScreen()
    area = screen.availableGeometry()
    frame = dialog.frameGeometry().size() - dialog.geometry().size()
    extra = QSize(max(frame.width(), FRAME_ALLOWANCE.width()), max(frame.height(), FRAME_ALLOWANCE.height()))
    return QSize(area.width() - extra.width(), area.height() - extra.height())

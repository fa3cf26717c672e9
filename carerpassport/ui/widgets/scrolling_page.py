"""A page of the main window whose content scrolls up and down when it is taller than the room it has.

At 200 % text in a longer language, the Agreed actions and Sharing pages needed more height than a
1280×720 screen gives them: squeezed, their sentences were cut off and their tables showed no row. In a
scroll area each part keeps the height it needs (tables a few rows at least) and the page scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget


def scrolling_page(view: QWidget) -> tuple[QScrollArea, QVBoxLayout]:
    """Fill ``view`` with a scroll area (no frame, never sideways, not itself in the Tab order) holding one
    page; returns the area and the page's layout, for the caller to fill."""
    page = QWidget(view)
    layout = QVBoxLayout(page)
    area = QScrollArea(view)
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls in it
    outer = QVBoxLayout(view)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return area, layout

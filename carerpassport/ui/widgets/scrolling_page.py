"""A page of the main window whose content scrolls up and down when it is taller than the room it has.

At 200 % text in a longer language, the Agreed actions and Sharing pages needed more height than a
1280×720 screen gives them: squeezed, their sentences were cut off and their tables showed no row. In a
scroll area each part keeps the height it needs (tables a few rows at least) and the page scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget


def page_area(
    parent: QWidget,
    name: str = "",
    description: str = "",
    *,
    content: QWidget | None = None,
    tab_stop: bool = True,
) -> tuple[QScrollArea, QWidget]:
    """A scroll area for the part of a page or dialog that may be taller than its room: it grows to fit its
    width, never scrolls sideways and has no frame; ``name`` and ``description`` are what a screen reader
    says of it. Holds ``content``, or a new empty widget; returns the area and what it holds, for the caller
    to lay out and place (the buttons of a dialog go outside it, always in view).

    ``tab_stop=False`` for an area full of controls, where Tab should go straight to them; an area that may
    hold only words keeps the focus, so the arrow keys can scroll it."""
    area = QScrollArea(parent)
    inner = content if content is not None else QWidget(area)
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    if not tab_stop:
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if name:
        area.setAccessibleName(name)
    if description:
        area.setAccessibleDescription(description)
    return area, inner


def scrolling_page(view: QWidget) -> tuple[QScrollArea, QVBoxLayout]:
    """Fill ``view`` with a scroll area (no frame, never sideways, not itself in the Tab order) holding one
    page; returns the area and the page's layout, for the caller to fill."""
    area, page = page_area(view, tab_stop=False)
    layout = QVBoxLayout(page)
    outer = QVBoxLayout(view)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return area, layout

"""A layout for two parts that sit side by side when there is room, and one under the other when not."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QBoxLayout, QLayoutItem, QWidget

BESIDE = QBoxLayout.Direction.LeftToRight
UNDER = QBoxLayout.Direction.TopToBottom


class BesideOrUnderLayout(QBoxLayout):
    """Two items side by side when the layout is at least ``beside_chars`` average characters of its
    widget's font wide (and wide enough for both items' minimum widths); otherwise the second goes under
    the first. A larger text size therefore moves it under sooner.

    It asks for no more width than the items need one under the other, so a scroll area around it never
    has to scroll sideways. The arrangement changes only in :meth:`setGeometry`, for the width really
    given: a scroll area asks for heights at two widths (with and without its scroll bar), and switching
    on those questions could make the two answers chase each other forever.
    """

    def __init__(self, beside_chars: int, stretches: tuple[int, int], parent: QWidget | None = None) -> None:
        super().__init__(BESIDE, parent)
        self._beside_chars = beside_chars
        self._stretches = stretches
        self._heights: dict[int, int] = {}  # width -> height, until something inside changes

    def invalidate(self) -> None:
        # Qt calls this whenever something inside may have changed size (QBoxLayout drops its own
        # one-width cache here too); until then a width keeps its height, which spares the rich text
        # of the guidance being laid out again each time a page or a scroll area asks.
        self._heights.clear()
        super().invalidate()

    def is_beside(self) -> bool:
        """True while the second item is beside the first rather than under it."""
        return self.direction() == BESIDE

    def fits_beside(self, width: int) -> bool:
        """Whether the layout, ``width`` pixels wide (its margins included), shows the items side by side."""
        pair = self._pair()
        if pair is None:
            return True
        margins = self.contentsMargins()
        needed = margins.left() + margins.right() + self.spacing() + sum(i.minimumSize().width() for i in pair)
        widget = self.parentWidget()
        readable = self._beside_chars * widget.fontMetrics().averageCharWidth() if widget is not None else 0
        return width >= max(needed, readable)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        beside = self.fits_beside(rect.width())
        if beside != self.is_beside():
            self.setDirection(BESIDE if beside else UNDER)  # also asks the parent to lay out again
            for index, stretch in enumerate(self._stretches):
                self.setStretch(index, stretch if beside else 0)
        super().setGeometry(rect)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._height_for(width)
        return height

    def _height_for(self, width: int) -> int:
        pair = self._pair()
        if pair is not None and self.is_beside() and not self.fits_beside(width):
            # The height this width will get once setGeometry puts the items one under the other,
            # worked out as QBoxLayout does for a column: each item's height at the full width.
            margins = self.contentsMargins()
            inner = width - margins.left() - margins.right()
            heights = (i.heightForWidth(inner) if i.hasHeightForWidth() else i.sizeHint().height() for i in pair)
            return margins.top() + margins.bottom() + self.spacing() + sum(heights)
        # The arrangement it has now (under, though wide enough for beside: the taller column's height,
        # until setGeometry switches and the parent asks again).
        return super().heightForWidth(width)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        size = super().minimumSize()
        pair = self._pair()
        if pair is not None and self.is_beside():
            margins = self.contentsMargins()
            size.setWidth(margins.left() + margins.right() + max(i.minimumSize().width() for i in pair))
        return size

    def _pair(self) -> tuple[QLayoutItem, QLayoutItem] | None:
        """The two items, or None when there are not two visible ones (nothing to arrange then)."""
        if self.count() != 2:
            return None
        first, second = self.itemAt(0), self.itemAt(1)
        if first is None or second is None or first.isEmpty() or second.isEmpty():
            return None
        return first, second

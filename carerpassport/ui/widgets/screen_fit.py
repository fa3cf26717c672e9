"""Every dialog fits the screen it opens on: its content scrolls inside, its buttons stay in sight.

At 200 % text a dialog can be taller than a 768 px screen (Settings was 916 px): its Close button was
off-screen and nothing could reach it. Rather than fix each dialog, one event filter
(:func:`watch_dialogs`, on the main window and its pages) looks at every dialog as it is shown. When
the dialog (or the smallest it can be) is bigger than the screen's available area, its content moves
into a :class:`QScrollArea` while the trailing button row (a :class:`QDialogButtonBox`, or a row of
push buttons) stays outside it, below; then the dialog is capped to the screen. Tab still brings each
control into sight (a scroll area scrolls to the child that takes the focus). A dialog whose content
grows (a hint appears) grows with it, up to the screen. Dialogs that fit are left as they were. Qt
then centres the dialog; it is kept inside the available area. Message boxes and file choosers manage
themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QChildEvent, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QVBoxLayout, QWidget

from carerpassport.ui.widgets.screen_area import FRAME_ALLOWANCE, available_size

if TYPE_CHECKING:
    from PySide6.QtWidgets import QBoxLayout, QLayoutItem, QScrollArea, QWizard

# The rest of QtWidgets this module uses is imported where it is used: the main window installs the
# filter before its first paint, and the Python classes of QStyle, QWizard, QFileDialog... cost start-up
# time (their enums) that only a dialog being fitted needs.

__all__ = ["FRAME_ALLOWANCE", "available_size", "fit_to_screen", "keep_on_screen", "watch_dialogs"]
_WRAPPED = "carerpassport_scrolls"
_REFIT_PENDING = "carerpassport_refit_pending"


def watch_dialogs(window: QWidget) -> QObject:
    """Make every dialog opened over ``window`` (or over one of those dialogs) fit its screen. Returns
    the filter, for the window to install on the pages that open dialogs of their own."""
    fitter = _ScreenFit(window)
    window.installEventFilter(fitter)
    return fitter


class _ScreenFit(QObject):
    """Watches the window it is installed on, and each dialog of it once that dialog is first styled.

    Not an application-wide filter: a Python filter there is called for every event of every widget,
    which made showing the editor measurably slower (see ``session.py``). A dialog announces itself to
    its parent with ``ChildPolished`` just before it is first shown, in time to be watched.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.ChildPolished and isinstance(event, QChildEvent):
            child = event.child()
            if isinstance(child, QDialog) and child.isWindow():
                from PySide6.QtWidgets import QFileDialog, QMessageBox

                if not isinstance(child, (QMessageBox, QFileDialog)):
                    child.installEventFilter(self)  # once: Qt does not add the same filter twice
            return False
        if kind not in (QEvent.Type.Show, QEvent.Type.LayoutRequest) or not isinstance(watched, QDialog):
            return False
        if kind == QEvent.Type.Show:
            fit_to_screen(watched)
            # Qt places the dialog after this (centred on its parent); keep that place on the screen.
            QTimer.singleShot(0, watched, lambda d=watched: keep_on_screen(d))
        elif watched.isVisible() and not watched.property(_REFIT_PENDING):
            # Something inside grew (a hint appeared, a result came in): grow with it, up to the screen.
            watched.setProperty(_REFIT_PENDING, True)
            QTimer.singleShot(0, watched, lambda d=watched: _refit(d))
        return False


def _refit(dialog: QDialog) -> None:
    dialog.setProperty(_REFIT_PENDING, False)
    fit_to_screen(dialog)
    keep_on_screen(dialog)


def keep_on_screen(dialog: QWidget) -> None:
    """Move the window (frame included) inside the screen's available area, if any part is outside."""
    screen = dialog.screen() or QApplication.primaryScreen()
    area = screen.availableGeometry()
    frame = dialog.frameGeometry()
    x = max(area.left(), min(frame.left(), area.right() + 1 - frame.width()))
    y = max(area.top(), min(frame.top(), area.bottom() + 1 - frame.height()))
    if (x, y) != (frame.left(), frame.top()):
        dialog.move(x, y)


def fit_to_screen(dialog: QDialog) -> None:
    """Scroll the dialog's content and cap its size when it would not fit its screen."""
    from PySide6.QtWidgets import QBoxLayout, QStyle, QWizard

    limit = available_size(dialog)
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
    needed = dialog.size().expandedTo(dialog.minimumSizeHint())
    if dialog.hasHeightForWidth():
        # Wrapped text needs more height at this width than the minimum size says.
        needed.setHeight(max(needed.height(), dialog.heightForWidth(needed.width())))
    elif isinstance(dialog, QWizard) and not dialog.property(_WRAPPED):
        # A wizard does not pass its pages' wrapped text on: ask the page shown.
        page = dialog.currentPage()
        if page is not None and page.hasHeightForWidth() and page.height() > 0:
            short = page.heightForWidth(page.width()) - page.height()
            needed.setHeight(max(needed.height(), dialog.height() + short))
    if needed.width() <= limit.width() and needed.height() <= limit.height():
        if needed != dialog.size():
            dialog.resize(needed)
        return
    if not dialog.property(_WRAPPED):
        if isinstance(dialog, QWizard):
            _scroll_wizard_pages(dialog)
        elif isinstance(layout, QBoxLayout):
            _scroll_content(dialog, layout)
        dialog.setProperty(_WRAPPED, True)
        wrapped = dialog.layout()
        if wrapped is not None:
            wrapped.activate()
        # Room for the vertical scroll bar, so the content does not need a horizontal one as well.
        needed.setWidth(needed.width() + dialog.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent))
    # A minimum size a dialog set for itself must not push it off the screen either.
    dialog.setMinimumSize(dialog.minimumSize().boundedTo(limit))
    dialog.resize(needed.boundedTo(limit))


def _is_button_row(item: QLayoutItem | None) -> bool:
    """A row of push buttons (or a button box) closing a dialog: it stays outside the scrolling part."""
    from PySide6.QtWidgets import QAbstractButton, QCheckBox, QDialogButtonBox, QRadioButton

    if item is None:
        return False
    widget = item.widget()
    if widget is not None:
        return isinstance(widget, QDialogButtonBox)
    inner = item.layout()
    if inner is None:
        return False
    widgets = [child.widget() for child in (inner.itemAt(i) for i in range(inner.count())) if child is not None]
    shown = [w for w in widgets if w is not None]
    return bool(shown) and all(isinstance(w, QAbstractButton) and not isinstance(w, (QCheckBox, QRadioButton))
                               for w in shown)


def _scroll_area(content: QWidget) -> QScrollArea:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFrame, QScrollArea

    scroll = QScrollArea()
    scroll.setObjectName("screen-fit-scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    scroll.setAccessibleName("Scrollable content")
    content.setAutoFillBackground(False)
    scroll.setWidget(content)
    scroll.viewport().setAutoFillBackground(False)
    return scroll


def _move_items(source: QBoxLayout, target: QBoxLayout, count: int) -> None:
    """Move the first ``count`` items of ``source`` into ``target``, keeping their stretch."""
    for _ in range(count):
        stretch = source.stretch(0)
        item = source.takeAt(0)
        if item is None:
            break
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            target.addWidget(widget, stretch, item.alignment())
        elif inner is not None:
            target.addLayout(inner, stretch)
        else:
            target.addItem(item)  # a spacer or stretch


def _scroll_content(dialog: QDialog, layout: QBoxLayout) -> None:
    """Everything above the trailing button rows goes into a scroll area; the buttons stay below it."""
    keep = 0
    while keep < layout.count() and _is_button_row(layout.itemAt(layout.count() - 1 - keep)):
        keep += 1
    content = QWidget()
    content_layout = QVBoxLayout(content)
    content_layout.setContentsMargins(0, 0, 0, 0)
    content_layout.setSpacing(layout.spacing())
    _move_items(layout, content_layout, layout.count() - keep)
    layout.insertWidget(0, _scroll_area(content), 1)


def _scroll_wizard_pages(wizard: QWizard) -> None:
    """A wizard's buttons are its own: scroll each page's content instead."""
    from PySide6.QtWidgets import QBoxLayout

    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        layout = page.layout()
        if not isinstance(layout, QBoxLayout):
            continue
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(layout.spacing())
        _move_items(layout, content_layout, layout.count())
        layout.addWidget(_scroll_area(content), 1)

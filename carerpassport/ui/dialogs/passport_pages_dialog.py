"""The pages of a received passport PDF, drawn as the file draws them (one click from the reader).

The pages are rendered from the bytes in memory by the export preview's renderer
(:func:`.export_dialog.render_pages`, PDFium) in a worker, never on the GUI thread and never through a
temporary file. The reader beside it says the same in words, for screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from carerpassport.ui.dialogs.export_dialog import Preview, render_pages
from carerpassport.ui.failures import failure_sentence
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import close_button_box, set_accessible, status_label, title_window
from carerpassport.ui.widgets.screen_fit import available_size

translate = QCoreApplication.translate

#: A little larger than the export preview: this is for reading the pages, not a glance beside a form.
PAGES_DPI = 96


class PassportPagesDialog(QDialog):
    """Every page of ``pdf_bytes``, one under the other, drawn in a worker."""

    def __init__(self, runner: TaskRunner, pdf_bytes: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._closed = False
        self.page_labels: list[QLabel] = []
        #: The window's title: {title} is the passport's (e.g. "Siân Jones's passport").
        title_window(self, translate("PassportPagesDialog", "{title}: pages").format(title=title), translate(
            "PassportPagesDialog", "The pages of the passport PDF as the file draws them. The reader window says the "
            "same in words."))
        area = available_size(self)
        self.resize(min(880, area.width() * 9 // 10), min(900, area.height() * 9 // 10))
        layout = QVBoxLayout(self)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        set_accessible(self.scroll_area, translate("PassportPagesDialog", "Pages"),
                       translate("PassportPagesDialog", "The PDF's pages, one under the other."))
        box = QWidget(self.scroll_area)
        self.pages_layout = QVBoxLayout(box)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll_area.setWidget(box)
        self._box = box
        self.status = status_label(box, translate("PassportPagesDialog", "Pages status"),
                                   translate("PassportPagesDialog", "Whether the pages are drawn yet."))
        self.status.setText(translate("PassportPagesDialog", "Drawing the pages…"))
        set_role(self.status, "hint")
        self.pages_layout.addWidget(self.status)
        layout.addWidget(self.scroll_area, 1)
        self.buttons = close_button_box(self, translate("PassportPagesDialog", "Close the pages."))
        layout.addWidget(self.buttons)
        self.finished.connect(self._forget)
        runner.run(lambda: render_pages(pdf_bytes, PAGES_DPI), on_done=self._show, on_error=self._failed)

    def _forget(self, _result: int) -> None:
        self._closed = True

    def _show(self, preview: Preview) -> None:
        if self._closed:
            return
        if preview.unavailable:
            self.status.setText(preview.unavailable)
            set_role(self.status, "error")
            return
        self.status.setVisible(False)
        count = len(preview.pages)
        for number, page in enumerate(preview.pages, start=1):
            image = QImage(page.rgb, page.width, page.height, page.width * 3, QImage.Format.Format_RGB888).copy()
            label = QLabel(self._box)
            label.setPixmap(QPixmap.fromImage(image))
            label.setFrameShape(QLabel.Shape.Box)
            label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab (and the scroll area) go page by page
            set_accessible(label, translate("PassportPagesDialog", "Page {number} of {count}").format(
                number=number, count=count), translate("PassportPagesDialog", "A picture of the page; the reader "
                                                       "says the same in words."))
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)
        if self.page_labels:
            self.page_labels[0].setFocus()

    def _failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self.status.setText(failure_sentence(exc, translate("PassportPagesDialog", "The pages could not be drawn.")))
        set_role(self.status, "error")

"""Manager mode: the passports this vault countersigned and kept, and saving a copy of one again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carerpassport.app import PassportApp
from carerpassport.exchange.received import ReceivedRecord
from carerpassport.ui.failures import failure_sentence
from carerpassport.ui.file_dialogs import save_file
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import heading_label, hint_label, set_accessible, status_label
from carerpassport.ui.widgets.row_table import make_row_table

COLUMN_DATE, COLUMN_EMPLOYEE, COLUMN_FINGERPRINT, COLUMN_COMMENT = range(4)
HEADERS = ("Countersigned on", "Employee", "Their fingerprint (start)", "Your comment")


class ReceivedView(QWidget):
    """A table of received passports (newest first) with "Save a copy…" for the selected one."""

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.records: list[ReceivedRecord] = []
        set_accessible(self, "Received passports", "Passports your employees shared with you and you countersigned.")
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label("Received passports", self))
        layout.addWidget(hint_label("Passports you countersigned and kept. They stay in your encrypted vault; do not "
                                    "pass them on without the employee's consent.", self))

        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels(HEADERS)
        make_row_table(self.table, "Received passports list",
                       "One row for each passport you countersigned; select one to save it.", alternating=False)
        self.table.horizontalHeader().setSectionResizeMode(COLUMN_COMMENT, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)

        self.empty = hint_label("No received passports yet. Use “Countersign a passport…” when an employee sends "
                                "you theirs.", self)
        layout.addWidget(self.empty)

        row = QHBoxLayout()
        self.save_button = QPushButton("&Save a copy…", self)
        self.save_button.setEnabled(False)
        set_accessible(self.save_button, "Save a copy", "Save the selected countersigned passport as a PDF file.")
        self.save_button.clicked.connect(self._choose_save)
        self.refresh_button = QPushButton("&Refresh", self)
        set_accessible(self.refresh_button, "Refresh", "Read the list again from your vault.")
        self.refresh_button.clicked.connect(self.refresh)
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        layout.addLayout(row)
        self.status = status_label(self, "Status", "The outcome of saving a copy.")
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        """Reload the list from the vault."""
        self.show_records(self.app.countersigning.received_passports())

    def show_records(self, records: list[ReceivedRecord]) -> None:
        self.records = sorted(records, key=lambda r: (r.countersigned_on, r.attachment_id), reverse=True)
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            values = (record.countersigned_on, record.employee_name,
                      " ".join(record.employee_fingerprint.split()[:4]), record.comment.replace("\n", " "))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, record.attachment_id)
                item.setToolTip(record.employee_fingerprint if column == COLUMN_FINGERPRINT else value)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(COLUMN_COMMENT, QHeaderView.ResizeMode.Stretch)
        self.empty.setVisible(not self.records)
        self._selection_changed()

    def selected(self) -> ReceivedRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self.save_button.setEnabled(self.selected() is not None)

    def _choose_save(self) -> None:
        record = self.selected()
        if record is None:
            return
        name = f"passport-{record.employee_name or 'employee'}-{record.countersigned_on}.pdf".replace(" ", "-")
        path = save_file(self, "received", "Save the countersigned passport", name, "PDF files (*.pdf)")
        if path:
            self.save_copy(record, Path(path))

    def save_copy(self, record: ReceivedRecord, path: Path) -> None:
        """Write the kept PDF of ``record`` to ``path`` (atomically, logged in the vault, off the GUI thread)."""
        app = self.app
        self.runner.run(lambda: app.countersigning.write_received_passport(record.attachment_id, path),
                        on_done=self._saved, on_error=self._failed)

    def _saved(self, path: Path) -> None:
        self.status.setText(f"Saved to {path}.")
        set_role(self.status, "saved")

    def _failed(self, exc: BaseException) -> None:
        reason = failure_sentence(exc, "The copy was not saved.")
        reason += "" if reason.endswith(".") else "."
        self.status.setText(f"Not saved: {reason}")
        set_role(self.status, "error")

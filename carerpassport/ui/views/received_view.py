"""Manager mode: the passports you hold — a manager's home page.

One row per passport an employee gave you (a PDF you opened, an encrypted copy) or you countersigned:
employee, revision, agreed on, next review due, and whether it is countersigned or waiting for you.
"Open" reads it, "Countersign" signs one that waits, "Delete my copy" removes it (after asking) and the
log keeps only that it was deleted. With no passports yet, the page shows a manager's first steps.

The list is read from what was stored beside each copy (``app.received.held()``, one query): it never
opens a PDF, so it stays quick with hundreds of passports.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from carerpassport.app import PassportApp
from carerpassport.domain.sharing_agreement import rule_lines
from carerpassport.exchange.received import STATUS_COUNTERSIGNED, ReceivedRecord
from carerpassport.ui.dates import readable_iso_text
from carerpassport.ui.failures import failure_sentence
from carerpassport.ui.file_dialogs import open_file, save_file
from carerpassport.ui.marked_text import QT_TRANSLATE_NOOP
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import heading_label, hint_label, set_accessible, status_label
from carerpassport.ui.widgets.row_table import make_row_table
from carerpassport.ui.widgets.scrolling_page import page_area

if TYPE_CHECKING:
    from carerpassport.exchange.bundle import BundleResult
    from carerpassport.exchange.countersign import ReceivedPassport
    from carerpassport.exchange.passport_reading import PassportReading

COLUMN_EMPLOYEE, COLUMN_REVISION, COLUMN_AGREED, COLUMN_REVIEW, COLUMN_STATUS = range(5)
translate = QCoreApplication.translate


#: The list's column titles (in English; shown through :func:`headers`), in the order of the COLUMN_ constants.
HEADERS = (QT_TRANSLATE_NOOP("ReceivedView", "Employee"), QT_TRANSLATE_NOOP("ReceivedView", "Revision"),
           QT_TRANSLATE_NOOP("ReceivedView", "Agreed on"), QT_TRANSLATE_NOOP("ReceivedView", "Next review due"),
           QT_TRANSLATE_NOOP("ReceivedView", "Status"))


def headers() -> list[str]:
    """The column titles in the reader's language."""
    return [translate("ReceivedView", str(header)) for header in HEADERS]


def title() -> str:
    return translate("ReceivedView", "Passports you hold")


def guidance() -> str:
    return translate("ReceivedView", "Each passport belongs to the employee, who chose to share it with you. Keep it "
                                     "where only you can open it (here, in your encrypted vault) and do not pass it "
                                     "on without their consent. Delete your copy when the employee withdraws consent "
                                     "or moves on.")


def first_steps() -> str:
    #: Rich text: keep the tags; “…” name buttons of this page and Help › My identity… a menu entry.
    return translate("ReceivedView", "<p><b>Your first steps as a manager</b></p><ol><li><b>Share your identity card "
                                     "with your team</b> (Help › My identity…, or “My identity card…” below), so they "
                                     "can send you an encrypted copy only you can open.</li><li><b>Open a passport "
                                     "you were sent</b>: a signed PDF (“Open a passport PDF…”) or an encrypted copy "
                                     "(“Open encrypted copy…”). It is checked first: who signed it and that nothing "
                                     "changed.</li><li><b>Read it and countersign</b> it with your comment; give the "
                                     "countersigned copy back.</li><li><b>Keep or delete your copy</b>: keep it here "
                                     "while you manage them; delete it when they withdraw consent or move "
                                     "on.</li></ol>")


class ReceivedView(QWidget):
    """The held passports (newest first) with Open, Countersign, Delete my copy, and ways to add one."""

    #: Asks the window to open a feature dialog by class name (``OpenBundleDialog``, ``IdentityDialog``).
    open_dialog = Signal(str)

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.records: list[ReceivedRecord] = []
        self.dialogs: list[QDialog] = []
        #: The last reader and countersign dialog opened from here (tests drive them).
        self.reader_dialog: QDialog | None = None
        self.countersign_dialog: QDialog | None = None
        #: The question asked before deleting a copy, while it shows.
        self.delete_box: QMessageBox | None = None
        set_accessible(self, title(), translate("ReceivedView", "The passports your team shared with you: read, "
                                                                "countersign or delete them."))
        # The page scrolls as a whole when it is taller than the window (200 % text on a small screen), so
        # every button stays reachable; the table keeps room for a few rows.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.page_area, self.body = page_area(self, title())
        outer.addWidget(self.page_area)
        layout = QVBoxLayout(self.body)
        layout.addWidget(heading_label(title(), self))
        layout.addWidget(hint_label(guidance(), self))

        # Copies whose keep-until date (the employee's sharing agreement) has come: a reminder each, with
        # "Delete my copy" right there.
        self.reminders = QWidget(self)
        self.reminders_layout = QVBoxLayout(self.reminders)
        self.reminders_layout.setContentsMargins(0, 0, 0, 0)
        self.reminder_buttons: dict[int, QPushButton] = {}
        self.reminder_frames: list[QFrame] = []
        layout.addWidget(self.reminders)

        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels(headers())
        make_row_table(self.table, translate("ReceivedView", "Held passports list"),
                       translate("ReceivedView", "One row for each passport you hold; select one, then Open, "
                                                 "Countersign or Delete my copy."), alternating=False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        # The whole row in view at 200 % text on a 1366-pixel screen, never scrolled sideways: dates and the
        # status (one word; the full sentence is its tooltip) as wide as their text, the employee's name taking
        # the rest (a very long one is shortened, in full in its tooltip).
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(len(HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_EMPLOYEE, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 4
                                    + self.table.horizontalHeader().sizeHint().height())
        layout.addWidget(self.table, 1)
        self.agreement = hint_label("", self)
        self.agreement.setTextFormat(Qt.TextFormat.PlainText)
        set_accessible(self.agreement, translate("ReceivedView", "Sharing agreement of the selected passport"),
                       translate("ReceivedView", "Who else the employee agreed may be given their passport, and how "
                                                 "long to keep your copy."))
        layout.addWidget(self.agreement)

        self.empty = hint_label(first_steps(), self)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        set_accessible(self.empty, translate("ReceivedView", "Your first steps as a manager"),
                       translate("ReceivedView", "Share your identity card, open a passport you were sent, "
                                                 "countersign it, keep or delete your copy."))
        layout.addWidget(self.empty)
        # Two or three buttons a row: at 200 % text on a 1280-pixel screen a row of five runs off it.
        for row in (*self._row_buttons(), *self._add_buttons()):
            layout.addLayout(row)
        self.status = status_label(self, translate("ReceivedView", "Status"), translate(
            "ReceivedView", "The outcome of the last thing you did here."))
        layout.addWidget(self.status)
        self.refresh()

    def _button(self, text: str, name: str, description: str) -> QPushButton:
        button = QPushButton(text, self)
        set_accessible(button, name, description)
        return button

    @staticmethod
    def _rows(*groups: tuple[QPushButton, ...]) -> list[QHBoxLayout]:
        rows = []
        for group in groups:
            row = QHBoxLayout()
            for button in group:
                row.addWidget(button)
            row.addStretch(1)
            rows.append(row)
        return rows

    def _row_buttons(self) -> list[QHBoxLayout]:
        self.open_button = self._button(translate("ReceivedView", "&Open"), translate("ReceivedView", "Open"),
                                        translate("ReceivedView", "Read the selected passport (read-only)."))
        self.open_button.clicked.connect(self.open_selected)
        self.countersign_button = self._button(translate("ReceivedView", "&Countersign…"), translate(
            "ReceivedView", "Countersign"),
                                               translate("ReceivedView", "Add your comment and countersign the "
                                                                         "selected passport."))
        self.countersign_button.clicked.connect(self.countersign_selected)
        self.delete_button = self._button(translate("ReceivedView", "&Delete my copy…"), translate(
            "ReceivedView", "Delete my copy"),
                                          translate("ReceivedView", "Delete your copy of the selected passport from "
                                                                    "your vault."))
        self.delete_button.clicked.connect(self.delete_selected)
        self.save_button = self._button(translate("ReceivedView", "&Save a copy…"), translate(
            "ReceivedView", "Save a copy"),
                                        translate("ReceivedView", "Save the selected passport as a PDF file."))
        self.save_button.clicked.connect(self._choose_save)
        self.send_button = self._button(translate("ReceivedView", "Send &back encrypted…"), translate(
            "ReceivedView", "Send back encrypted"),
                                        translate("ReceivedView", "Send the countersigned passport back to the "
                                                                  "employee as an encrypted copy only they can open."))
        self.send_button.clicked.connect(self._choose_send_back)
        for button in (self.open_button, self.countersign_button, self.delete_button, self.save_button,
                       self.send_button):
            button.setEnabled(False)
        return self._rows((self.open_button, self.countersign_button, self.delete_button),
                          (self.save_button, self.send_button))

    def _add_buttons(self) -> list[QHBoxLayout]:
        self.add_pdf_button = self._button(translate("ReceivedView", "Open a passport &PDF…"), translate(
            "ReceivedView", "Open a passport PDF"),
                                           translate("ReceivedView", "Check a signed passport PDF an employee gave "
                                                                     "you and keep it here."))
        self.add_pdf_button.clicked.connect(self._choose_pdf)
        self.add_bundle_button = self._button(translate("ReceivedView", "Open &encrypted copy…"), translate(
            "ReceivedView", "Open encrypted copy"),
                                              translate("ReceivedView", "Open an encrypted passport file an employee "
                                                                        "sent you."))
        self.add_bundle_button.clicked.connect(lambda: self.open_dialog.emit("OpenBundleDialog"))
        self.card_button = self._button(translate("ReceivedView", "My identity c&ard…"), translate(
            "ReceivedView", "My identity card"),
                                        translate("ReceivedView", "Your identity card, to give your team so they can "
                                                                  "send you encrypted copies."))
        self.card_button.clicked.connect(lambda: self.open_dialog.emit("IdentityDialog"))
        self.refresh_button = self._button(translate("ReceivedView", "&Refresh"), translate("ReceivedView", "Refresh"),
                                           translate("ReceivedView", "Read the list again from your vault."))
        self.refresh_button.clicked.connect(self.refresh)
        return self._rows((self.add_pdf_button, self.add_bundle_button), (self.card_button, self.refresh_button))

    # --- the list ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list from the vault."""
        self.show_records(self.app.received.held())

    def show_records(self, records: list[ReceivedRecord]) -> None:
        chosen = self.selected()
        self.records = sorted(records, key=lambda r: r.held_id, reverse=True)
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            values = (record.employee_name or translate("ReceivedView", "(no name)"),
                      str(record.revision) if record.revision is not None else "—",
                      readable_iso_text(record.countersigned_on) if record.countersigned_on else "—",
                      readable_iso_text(record.next_review) if record.next_review else translate(
                          "ReceivedView", "not set"),
                      record.status_word)
            tips = {COLUMN_EMPLOYEE: translate("ReceivedView", "{name}; fingerprint {fingerprint}").format(
                name=record.employee_name, fingerprint=record.employee_fingerprint),
                    COLUMN_STATUS: record.status_text}
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, record.held_id)
                item.setToolTip(tips.get(column, value))
                if column == COLUMN_STATUS:  # a screen reader says the whole status, not the one word
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, record.status_text)
                self.table.setItem(row, column, item)
        self.empty.setVisible(not self.records)
        self._show_reminders()
        if chosen is not None:
            self.select(chosen.held_id)
        self._selection_changed()

    def _show_reminders(self) -> None:
        """One reminder for each copy whose keep-until date has come, with its own "Delete my copy" button."""
        for frame in self.reminder_frames:
            self.reminders_layout.removeWidget(frame)
            frame.deleteLater()
        self.reminder_frames = []
        self.reminder_buttons = {}
        today = self.app.today()
        for record in self.records:
            reminder = record.keep_reminder(today)
            if reminder is None:
                continue
            frame = QFrame(self.reminders)
            set_role(frame, "banner-due")
            row = QHBoxLayout(frame)
            #: {reminder} is a sentence saying the sharing agreement's keep-until date has come.
            text = QLabel(translate("ReceivedView", "{name}'s passport (revision {revision}): {reminder}").format(
                name=record.employee_name, revision=record.revision or "?", reminder=reminder), frame)
            text.setWordWrap(True)  # in the frame's colours (a role of its own drew a second border)
            set_accessible(text, translate("ReceivedView", "Reminder about {name}'s passport").format(
                name=record.employee_name),
                           text.text())
            button = QPushButton(translate("ReceivedView", "Delete my copy…"), frame)
            set_accessible(button, translate("ReceivedView", "Delete my copy of {name}'s passport").format(
                name=record.employee_name),
                           translate("ReceivedView", "Asks first; your log keeps only that it was deleted."))
            button.clicked.connect(lambda _checked=False, held_id=record.held_id: self.delete_held(held_id))
            row.addWidget(text, 1)
            row.addWidget(button)
            self.reminder_buttons[record.held_id] = button
            self.reminders_layout.addWidget(frame)
            self.reminder_frames.append(frame)
        self.reminders.setVisible(bool(self.reminder_buttons))

    def delete_held(self, held_id: int) -> None:
        """Select one held copy and ask before deleting it (a reminder's "Delete my copy")."""
        self.select(held_id)
        self.delete_selected()

    def select(self, held_id: int) -> None:
        """Select the row of one held passport (if it is listed)."""
        for row, record in enumerate(self.records):
            if record.held_id == held_id:
                self.table.selectRow(row)
                return

    def selected(self) -> ReceivedRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows and rows[0].row() < len(self.records) else None

    def _selection_changed(self) -> None:
        record = self.selected()
        for button in (self.open_button, self.delete_button, self.save_button):
            button.setEnabled(record is not None)
        self.countersign_button.setEnabled(record is not None and record.status != STATUS_COUNTERSIGNED)
        self.send_button.setEnabled(record is not None and record.status == STATUS_COUNTERSIGNED)
        self.agreement.setText(agreement_text(record) if record is not None else "")
        self.agreement.setVisible(record is not None)

    def _say(self, text: str, role: str) -> None:
        self.status.setText(text)
        set_role(self.status, role)

    def _failed(self, exc: BaseException, nothing: str) -> None:
        reason = failure_sentence(exc, nothing)
        self._say(reason if reason.endswith(".") else reason + ".", "error")

    # --- adding ------------------------------------------------------------------------------------
    def _choose_pdf(self) -> None:
        path = open_file(self, "received", translate("ReceivedView", "Open the employee's passport PDF"), translate(
            "ReceivedView", "PDF files (*.pdf)"))
        if path:
            self.add_pdf(Path(path))

    def add_pdf(self, path: Path) -> None:
        """Check the PDF at ``path`` and keep it as waiting for your countersignature (off the GUI thread)."""
        from carerpassport.exchange.pdf_reading import read_pdf_file

        app = self.app
        self._say(translate("ReceivedView", "Checking…"), "hint")
        self.runner.run(lambda: app.received.add_incoming(read_pdf_file(path), path.name),
                        on_done=self._added, on_error=lambda exc: self._failed(exc, translate(
                            "ReceivedView", "It was not added.")))

    def _added(self, record: ReceivedRecord) -> None:
        self.refresh()
        self.select(record.held_id)
        self._say(translate("ReceivedView", "Checked: signed by {name}, unchanged since. It is in your list, waiting "
                                            "for your countersignature.").format(name=record.employee_name), "saved")
        self.table.setFocus()

    # --- opening and countersigning ---------------------------------------------------------------------
    def open_selected(self) -> None:
        """Read the selected passport in the read-only reader (checked off the GUI thread)."""
        record = self.selected()
        if record is None:
            return
        from carerpassport.exchange.passport_reading import read_passport

        app, held_id = self.app, record.held_id

        def read() -> tuple[PassportReading, bytes]:
            pdf = app.received.pdf(held_id)
            return read_passport(pdf, today=app.today()), pdf

        self._say(translate("ReceivedView", "Opening…"), "hint")
        self.runner.run(read, on_done=lambda done: self._show_reader(*done),
                        on_error=lambda exc: self._failed(exc, translate("ReceivedView", "It was not opened.")))

    def _show_reader(self, reading: PassportReading, pdf: bytes) -> None:
        from carerpassport.ui.views.passport_reader import ReaderDialog

        self.status.clear()
        dialog = ReaderDialog(self.app, self.runner, reading, self, pdf_bytes=pdf)
        # Countersigning from the reader keeps the countersigned copy in place of the waiting one.
        dialog.countersigned.connect(lambda _result: self.refresh())
        self.reader_dialog = dialog
        self._keep_open(dialog)

    def countersign_selected(self) -> None:
        """Check the selected (waiting) passport again and open the countersign dialog with it."""
        record = self.selected()
        if record is None or record.status == STATUS_COUNTERSIGNED:
            return
        app, held_id = self.app, record.held_id
        self._say(translate("ReceivedView", "Checking…"), "hint")
        self.runner.run(lambda: app.received.checked(held_id), on_done=self._countersign,
                        on_error=lambda exc: self._failed(exc, translate("ReceivedView", "Nothing was signed.")))

    def _countersign(self, received: ReceivedPassport) -> None:
        from carerpassport.ui.dialogs.countersign_dialog import CountersignDialog

        self.status.clear()
        dialog = CountersignDialog(self.app, self.runner, self, received=received)
        dialog.countersigned.connect(lambda _result: self.refresh())
        self.countersign_dialog = dialog
        self._keep_open(dialog)

    def _keep_open(self, dialog: QDialog) -> None:
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _code, d=dialog: self._closed(d))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        if dialog is self.reader_dialog:
            self.reader_dialog = None
        if dialog is self.countersign_dialog:
            self.countersign_dialog = None
        dialog.deleteLater()
        self.refresh()
        self.table.setFocus()

    # --- deleting -------------------------------------------------------------------------------------
    def delete_selected(self) -> None:
        """Ask (a window of its own, no nested event loop) before deleting the selected copy."""
        record = self.selected()
        if record is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, translate("ReceivedView", "Delete your copy?"),
                          translate("ReceivedView", "Delete your copy of {name}'s passport from your vault?\n\nDo "
                                                    "this when they withdraw their consent or move on. It cannot be "
                                                    "undone; your log keeps only that it was deleted. The employee "
                                                    "keeps their own passport.").format(
                              name=record.employee_name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(translate("ReceivedView", "&Yes"))
        box.button(QMessageBox.StandardButton.No).setText(translate("ReceivedView", "&No"))
        box.setAccessibleName(translate("ReceivedView", "Delete your copy?"))
        box.setAccessibleDescription(box.text())
        box.finished.connect(lambda code, r=record: self._delete_answered(r, code))
        self.delete_box = box
        box.open()

    def _delete_answered(self, record: ReceivedRecord, code: int) -> None:
        box, self.delete_box = self.delete_box, None
        if box is not None:
            box.deleteLater()
        if code != QMessageBox.StandardButton.Yes:
            return
        app, held_id = self.app, record.held_id
        self.runner.run(lambda: app.received.delete(held_id), on_done=self._deleted,
                        on_error=lambda exc: self._failed(exc, translate("ReceivedView", "Nothing was deleted.")))

    def _deleted(self, record: ReceivedRecord) -> None:
        self.refresh()
        self._say(translate("ReceivedView", "Deleted your copy of {name}'s passport. Your log records that it was "
                                            "deleted.").format(
            name=record.employee_name), "saved")
        self.table.setFocus()

    # --- copies out -------------------------------------------------------------------------------------
    def _choose_save(self) -> None:
        record = self.selected()
        if record is None:
            return
        #: A file's name: keep {name} and {revision} (spaces become hyphens).
        name = translate("ReceivedView", "passport-{name}-revision-{revision}.pdf").format(
            name=record.employee_name or translate("ReceivedView", "employee"),
            revision=record.revision or "").replace(" ", "-")
        path = save_file(self, "received", translate("ReceivedView", "Save a copy of the passport"), name, translate(
            "ReceivedView", "PDF files (*.pdf)"))
        if path:
            self.save_copy(record, Path(path))

    def save_copy(self, record: ReceivedRecord, path: Path) -> None:
        """Write the held PDF of ``record`` to ``path`` (atomically, logged in the vault, off the GUI thread)."""
        app = self.app
        self.runner.run(lambda: app.received.write_pdf(record.held_id, path),
                        on_done=lambda out: self._say(translate(
                            "ReceivedView", "Saved to {path}.").format(path=out), "saved"),
                        on_error=lambda exc: self._failed(exc, translate("ReceivedView", "The copy was not saved.")))

    def _choose_send_back(self) -> None:
        record = self.selected()
        if record is None:
            return
        #: A file's name: keep {name} and the ending ".passport.age" (spaces become hyphens).
        name = translate("ReceivedView", "passport-{name}-countersigned.passport.age").format(
            name=record.employee_name or translate("ReceivedView", "employee")).replace(" ", "-")
        path = save_file(self, "bundles", translate("ReceivedView", "Send the countersigned passport back"), name,
                         translate("ReceivedView", "Encrypted passports (*.passport.age)"))
        if path:
            self.send_back(record, Path(path))

    def send_back(self, record: ReceivedRecord, path: Path) -> None:
        """Write the countersigned copy as a bundle encrypted to the employee (off the GUI thread)."""
        app = self.app
        self.runner.run(lambda: app.received.send_back(record.held_id, path),
                        on_done=lambda result: self._sent(record, result),
                        on_error=lambda exc: self._failed(exc, translate("ReceivedView", "Nothing was written.")))

    def _sent(self, record: ReceivedRecord, result: BundleResult) -> None:
        self._say(translate("ReceivedView", "Saved {path}: an encrypted copy only {name} (and you) can open. Give it "
                                            "back to them.").format(path=result.path, name=record.employee_name),
                  "saved")


def agreement_text(record: ReceivedRecord) -> str:
    """The sharing agreement the employee shared in this copy, in lines, and how long to keep it."""
    agreement = record.sharing_agreement
    if agreement is None:
        return translate("ReceivedView", "{name} did not share a sharing agreement with this copy: ask them before "
                                         "giving it to anyone.").format(name=record.employee_name)
    lines = [translate("ReceivedView", "{name}'s sharing agreement — who else may be given this passport:").format(
        name=record.employee_name)]
    lines += [f"•  {line}" for line in rule_lines(agreement)]
    return "\n".join([*lines, record.keep_text])

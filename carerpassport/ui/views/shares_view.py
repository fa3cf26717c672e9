"""Sharing: every copy of the passport the employee gave someone, consent, and what each person holds.

Withdrawing consent is recorded in the vault and produces a short note asking the recipient to delete
their copy; the app cannot delete a file someone else holds, and the view says so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from carerpassport.app import PassportApp
from carerpassport.domain.errors import PassportError
from carerpassport.domain.shared_letters import letter_of, what_they_hold
from carerpassport.output_files import atomic_write
from carerpassport.ui.dates import readable_iso_text
from carerpassport.ui.file_dialogs import save_file
from carerpassport.ui.models.history_model import longest_when
from carerpassport.ui.models.shares_model import (
    CONSENT,
    FILE,
    FORMAT,
    PURPOSE,
    RECIPIENT,
    SHARE_ID_ROLE,
    VERSION,
    WHAT,
    WHEN,
    WITHDRAWN_ROLE,
    SharesModel,
    consent_in_words,
    format_in_words,
    not_recorded,
)
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import (
    close_button_box,
    heading_label,
    hint_label,
    read_only_text,
    set_accessible,
)
from carerpassport.ui.widgets.agreement_line import AgreementLine
from carerpassport.ui.widgets.question_box import question_box
from carerpassport.ui.widgets.row_table import make_row_table
from carerpassport.ui.widgets.scrolling_page import scrolling_page

#: How many decisions about shares outside the sharing agreement the page lists (newest first).
DECISIONS_SHOWN = 3
#: How the sharing record names "the agreed actions" among shared question ids.
SHARED_ACTIONS = "actions"

translate = QCoreApplication.translate


class WithdrawalNoteDialog(QDialog):
    """The note asking a recipient to delete their copy: read it, copy it or save it."""

    def __init__(self, recipient: str, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("WithdrawalNoteDialog", "Ask them to delete their copy"))
        self.setAccessibleName(translate("WithdrawalNoteDialog", "Note asking the recipient to delete their copy"))
        layout = QVBoxLayout(self)
        #: {recipient}: the person or group the copy was given to.
        intro = QLabel(translate("WithdrawalNoteDialog", "Consent withdrawn. Send this note to {recipient}. The app "
                                 "cannot delete a copy someone else holds: the note asks them to.").format(
                                     recipient=recipient), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit(note, self)
        set_accessible(self.text, translate("WithdrawalNoteDialog", "Note text"),
                       translate("WithdrawalNoteDialog", "You can change the wording before you send it."))
        self.text.setMinimumSize(480, 220)
        layout.addWidget(self.text)
        buttons = close_button_box(self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(translate("WithdrawalNoteDialog", "Close"))  # Qt ships no Welsh for its own words
        close.setAccessibleName(close.text())
        self.copy_button = buttons.addButton(translate("WithdrawalNoteDialog", "&Copy"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        set_accessible(self.copy_button, translate("WithdrawalNoteDialog", "Copy the note"),
                       translate("WithdrawalNoteDialog", "Copy the note so you can paste it into an email or letter."))
        self.save_button = buttons.addButton(translate("WithdrawalNoteDialog", "&Save as…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        set_accessible(self.save_button, translate("WithdrawalNoteDialog", "Save the note"),
                       translate("WithdrawalNoteDialog", "Save the note as a text file."))
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self._ask_where_to_save)
        layout.addWidget(buttons)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(translate("WithdrawalNoteDialog", "Note status"))
        layout.addWidget(self.status)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.status.setText(translate("WithdrawalNoteDialog", "Copied."))

    def save(self, path: Path) -> None:
        """Write the note (as shown, with any edits) to ``path``."""
        try:
            atomic_write(Path(path), self.text.toPlainText().encode("utf-8"))
        except OSError as exc:
            #: {reason}: the system's words for what went wrong.
            self.status.setText(translate("WithdrawalNoteDialog", "Could not save the note: {reason}.").format(
                reason=exc.strerror or exc))
            set_role(self.status, "error")
            return
        self.status.setText(translate("WithdrawalNoteDialog", "Saved to {path}.").format(path=path))

    def _ask_where_to_save(self) -> None:
        #: A file's suggested name: letters, digits and hyphens only.
        path = save_file(self, "notes", translate("WithdrawalNoteDialog", "Save the note"),
                         translate("WithdrawalNoteDialog", "please-delete-my-passport.txt"),
                         translate("WithdrawalNoteDialog", "Text files (*.txt)"))
        if path:
            self.save(Path(path))


class SharesView(QWidget):
    """The sharing record, with "withdraw consent" and "what does this person hold?"."""

    consent_withdrawn = Signal(int)  # the share id

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.confirm_box: QMessageBox | None = None
        self.note_dialog: WithdrawalNoteDialog | None = None
        self._labels: tuple[dict[str, str], dict[str, int]] | None = None
        self.model = SharesModel(self, labels_of=self.labels_of)

        # The page scrolls: at 200 % text in a longer language it is taller than a 1280×720 screen gives it.
        self.page_scroll, layout = scrolling_page(self)
        layout.addWidget(heading_label(translate("SharesView", "Sharing"), self))
        # The same line as the Passport and Agreed actions pages: what was shared is read against what was agreed.
        self.agreement = AgreementLine(app, self, read_now=False)  # read by refresh() below
        layout.addWidget(self.agreement)
        # Short: with the status line above the table, a longer intro was cut off at 200 % text on 1280×720.
        layout.addWidget(hint_label(translate("SharesView", "Every copy of your passport you gave someone, and the "
                                              "letters you gave your employer. Nothing is passed on without your "
                                              "consent; if you withdraw it, the app records it and gives you a note "
                                              "asking them to delete their copy."), self))

        self.table = QTableView(self)
        self.table.setModel(self.model)
        make_row_table(self.table, translate("SharesView", "Copies you shared"),
                       translate("SharesView", "Oldest first. Use the arrow keys to choose one."))
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Sized by _fit_columns, not by Qt measuring the cells (ResizeToContents asked the model for every
        # cell's text, font, colours... 5,600 times on the first show of a five-year vault's 110 shares).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.viewport().installEventFilter(self)  # "What they hold" takes the width that is left
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        layout.addWidget(self.table, 3)

        row = QHBoxLayout()
        self.empty = QLabel(translate("SharesView", "You have not shared your passport with anyone yet."), self)
        self.empty.setWordWrap(True)
        set_role(self.empty, "hint")
        row.addWidget(self.empty, 1)
        # Why a letter (a leave notice, a flexible-working request) offers no withdrawal: the button alone,
        # greyed out, would not say. One short line beside the button (the whole reason is its tooltip and
        # description): the full sentence here took the table's rows at 200 % text on 1366×768.
        self.letter_hint = hint_label("", self)
        self.letter_hint.setAccessibleName(translate("SharesView", "Why consent cannot be withdrawn"))
        self.letter_hint.hide()
        row.addWidget(self.letter_hint, 1)
        self.withdraw_button = QPushButton(translate("SharesView", "&Withdraw consent…"), self)
        set_accessible(self.withdraw_button, translate("SharesView", "Withdraw consent"),
                       translate("SharesView", "Record that this person may no longer keep the chosen copy, and get a "
                                 "note asking them to delete it."))
        self.withdraw_button.clicked.connect(self.ask_withdraw)
        row.addWidget(self.withdraw_button, 0, Qt.AlignmentFlag.AlignRight)  # its own width, when nothing is beside
        layout.addLayout(row)
        # Shares outside the sharing agreement the employee confirmed, and those refused: the latest few.
        self.decisions = hint_label("", self)
        self.decisions.setTextFormat(Qt.TextFormat.PlainText)
        self.decisions.setAccessibleName(translate("SharesView", "Outside your sharing agreement"))
        layout.addWidget(self.decisions)

        layout.addWidget(self._build_holdings(), 2)
        self.refresh()

    def _build_holdings(self) -> QGroupBox:
        box = QGroupBox(translate("SharesView", "What does this person hold?"), self)
        form = QFormLayout(box)
        self.recipient_box = QComboBox(box)
        # As wide as the page allows, not as wide as the longest name: that pushed the window off-screen.
        self.recipient_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.recipient_box.setMinimumContentsLength(16)
        set_accessible(self.recipient_box, translate("SharesView", "Person"),
                       translate("SharesView", "Choose someone you shared with to see exactly what they hold."))
        self.recipient_box.currentIndexChanged.connect(lambda _i: self.show_holdings())
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(translate("SharesView", "&Person:"), self.recipient_box)
        self.holdings_text = read_only_text(translate("SharesView", "What they hold"),
                                            translate("SharesView", "Each copy they still have your consent to keep: "
                                                      "its version and the answers in it."), box)
        form.addRow(translate("SharesView", "They hold:"), self.holdings_text)
        return box

    # --- fitting the text size --------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size changed: the columns follow it
            QTimer.singleShot(0, self, self._fit_columns)  # once the table has its new font too

    def _fit_columns(self) -> None:
        """Each column as wide as its widest text: the times, formats and consent from the longest they can
        be written, the names, reasons and files from the rows (their own strings, nothing worked out), at
        most ~24 characters (the whole text is the cell's tooltip; a column can be widened by hand)."""
        metrics = self.table.fontMetrics()
        em = metrics.horizontalAdvance("M")
        shares = self.model.shares()
        withdrawn = any(share.withdrawn_at for share in shares)
        longest = longest_when(metrics)
        samples = {
            WHEN: [longest],
            RECIPIENT: [share.recipient or not_recorded() for share in shares],
            PURPOSE: [share.purpose for share in shares],
            FORMAT: list(dict.fromkeys(format_in_words(share.format) for share in shares)),
            VERSION: [str(max((share.revision for share in shares), default=0))],
            CONSENT: [translate("SharesModel", "Withdrawn {when}").format(when=longest) if withdrawn
                      else consent_in_words(None)],
            FILE: [f"{share.file_name} (123456789abc…)" for share in shares],
        }
        header = self.table.horizontalHeader()
        used = 0
        for column, texts in samples.items():
            widest = max((metrics.horizontalAdvance(text) for text in dict.fromkeys(texts)), default=0)
            width = max(header.sectionSizeHint(column), min(widest + em, 24 * em))
            header.resizeSection(column, width)
            used += width
        # Never so narrow that it cannot be read: at 200 % text the table scrolls sideways instead.
        header.resizeSection(WHAT, max(18 * em, self.table.viewport().width() - used))
        # Room for four copies, however tall the page is (the page scrolls).
        self.table.setMinimumHeight(header.sizeHint().height() + 4 * (metrics.lineSpacing() + 12)
                                    + 2 * self.table.frameWidth())
        self.holdings_text.setMinimumHeight(5 * self.holdings_text.fontMetrics().lineSpacing())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    # --- data ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the sharing record again."""
        selected = self.selected_share_id()
        try:
            shares = self.app.shares.shares()
        except PassportError:
            shares = []
        self.model.set_shares(shares)
        self._fit_columns()
        self._show_decisions()
        self.agreement.refresh()
        self.empty.setVisible(not shares)
        chosen = self.recipient_box.currentText()
        self.recipient_box.blockSignals(True)
        self.recipient_box.clear()
        self.recipient_box.addItems(self.model.recipients())
        index = self.recipient_box.findText(chosen)
        self.recipient_box.setCurrentIndex(index if index >= 0 else 0 if shares else -1)
        self.recipient_box.blockSignals(False)
        self.show_holdings()
        if selected is not None and self.model.row_of(selected) >= 0:
            self.select_share(selected)
        self._selection_changed()

    def _show_decisions(self) -> None:
        """The latest decisions about shares outside the sharing agreement (all of them are in the log)."""
        try:
            decisions = self.app.shares.agreement_decisions()
        except PassportError:
            decisions = []
        shown = decisions[-DECISIONS_SHOWN:]
        lines = [f"•  {readable_iso_text(event.at)}: {event.words()}" for event in reversed(shown)]
        if len(decisions) > len(shown):
            #: {count}: how many more decisions; 'carerpassport log' is a command: keep it as it is.
            lines.append(translate("SharesView", "…and {count} earlier ('carerpassport log' lists them all).").format(
                count=len(decisions) - len(shown)))
        self.decisions.setText("\n".join([translate("SharesView", "Outside your sharing agreement:"), *lines])
                               if lines else "")
        self.decisions.setVisible(bool(lines))

    def clear(self) -> None:
        """Forget the record and the status line (the vault is locking): they name people and dates."""
        for box in (self.confirm_box, self.note_dialog):
            if box is not None:
                box.reject()
        self.model.set_shares([])
        self.agreement.clear()
        self.recipient_box.clear()
        self.decisions.clear()
        self.holdings_text.setPlainText("")
        self.letter_hint.hide()

    def labels_of(self, field_ids: list[str]) -> list[str]:
        """Readable names of shared field ids, in the template's order, agreed actions last."""
        labels, order = self._field_labels()
        ordered = sorted(field_ids, key=lambda f: (f == SHARED_ACTIONS, order.get(f, len(order)), f))
        return [translate("SharesView", "Agreed actions") if f == SHARED_ACTIONS else labels.get(f, f) for f in ordered]

    def _field_labels(self) -> tuple[dict[str, str], dict[str, int]]:
        """Each question's label and place in the template, worked out once: a five-year vault's sharing
        record names them thousands of times."""
        if self._labels is None:
            fields = self.app.template.fields()
            self._labels = ({f.id: f.label for f in fields}, {f.id: n for n, f in enumerate(fields)})
        return self._labels

    def selected_share_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return int(rows[0].data(SHARE_ID_ROLE)) if rows else None

    def select_share(self, share_id: int) -> None:
        row = self.model.row_of(share_id)
        if row < 0:
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(self.model.index(row, 0), flags)
        self.table.setCurrentIndex(self.model.index(row, RECIPIENT))

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        letter = letter_of(self.model.share_at(rows[0].row()).format) if rows else None
        self.withdraw_button.setEnabled(bool(rows) and not rows[0].data(WITHDRAWN_ROLE) and letter is None)
        self.letter_hint.setText(letter.no_withdrawal_in_short if letter is not None else "")
        why = letter.why_no_withdrawal if letter is not None else ""
        self.letter_hint.setToolTip(why)
        self.letter_hint.setAccessibleDescription(why)
        self.letter_hint.setVisible(letter is not None)

    def show_holdings(self) -> None:
        """Fill "they hold" for the chosen person: each copy with consent, its version and answers."""
        recipient = self.recipient_box.currentText()
        if not recipient:
            self.holdings_text.setPlainText("")
            return
        held = self.app.shares.holdings(recipient)
        if not held:
            self.holdings_text.setPlainText(translate("SharesView", "{recipient} holds nothing you shared (or you "
                                                      "withdrew consent for all of it).").format(recipient=recipient))
            return
        parts = []
        for share in held:
            #: One copy someone holds: its version {number}, the day {date} it was given, its {file} name.
            lines = [translate("SharesView", "Version {number}, {date}, {file}:").format(
                number=share.revision, date=share.at[:10], file=share.file_name or share.format)]
            items = what_they_hold(share.format, self.labels_of(list(share.fields)) if share.fields else [])
            # A request's answers go under the letter's line, as what the letter holds.
            indent = "      – " if letter_of(share.format) is not None else "  • "
            lines += [f"  • {items[0]}", *(f"{indent}{item}" for item in items[1:])]
            parts.append("\n".join(lines))
        self.holdings_text.setPlainText("\n\n".join(parts))

    # --- withdrawing consent ---------------------------------------------------------------------
    def ask_withdraw(self) -> None:
        share_id = self.selected_share_id()
        if share_id is None or self.confirm_box is not None:
            return
        share = self.model.share_at(self.model.row_of(share_id))
        if share.withdrawn_at or letter_of(share.format) is not None:  # the button is off; so is this way in
            return
        self.confirm_box = question_box(
            self, title=translate("SharesView", "Withdraw consent?"),
            text=translate("SharesView", "Withdraw your consent for {recipient} to keep the copy of version {number} "
                           "you gave them on {date}?").format(recipient=share.recipient, number=share.revision,
                                                             date=share.at[:10]),
            details=translate("SharesView", "The withdrawal is recorded in your passport's log, and you get a short "
                              "note asking them to delete their copy. The app cannot delete it for them."),
            confirm=translate("SharesView", "Withdraw consent"), confirm_is_default=False,
            answered=lambda confirmed: self._withdraw_answered(share_id, confirmed), closed=self._confirm_closed)
        self.confirm_box.open()

    def _confirm_closed(self) -> None:
        self.confirm_box = None

    def _withdraw_answered(self, share_id: int, confirmed: bool) -> None:
        if not confirmed:
            return
        try:
            note = self.app.shares.withdraw_consent(share_id)
        except PassportError as exc:
            QMessageBox.warning(self, translate("SharesView", "Consent not withdrawn"), str(exc))
            return
        recipient = self.model.share_at(self.model.row_of(share_id)).recipient
        self.refresh()
        self.consent_withdrawn.emit(share_id)
        self.note_dialog = WithdrawalNoteDialog(recipient, note, self)
        self.note_dialog.finished.connect(self._note_closed)
        self.note_dialog.open()

    def _note_closed(self) -> None:
        if self.note_dialog is not None:
            self.note_dialog.deleteLater()
        self.note_dialog = None
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

"""Review dates for the employee's own calendar, saved as an iCalendar (.ics) file.

Calendars often sync to other people's servers, so the file says only "Carer's passport review" (or
"...review an agreed arrangement") and the date, with an alarm a week before. The dialog lists here,
for the employee's eyes only, what each date is about. Writing the file runs off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QVBoxLayout, QWidget

from carerpassport.app import PassportApp
from carerpassport.domain.review import scheduled_reviews
from carerpassport.ui.failures import failure_sentence
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.theme import set_role
from carerpassport.ui.widgets.accessible import (
    close_button_box,
    hint_label,
    read_only_text,
    set_accessible,
    status_label,
)

NOTHING_SET = ("No review dates are set yet, so there is nothing to add to a calendar. Set the passport's next "
               "review date (finishing a review does), or a review date on an agreed action, then come back.")


class RemindersDialog(QDialog):
    """What the calendar file will hold, and "Save calendar file…"."""

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.runner = runner
        self.saved_to: Path | None = None
        self.setWindowTitle("Add review dates to your calendar")
        set_accessible(self, "Review dates for your calendar", "Save your review dates as a file your calendar "
                       "app can import.")
        self.resize(620, 380)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(
            "Your calendar may be copied to other servers, so the file says only “Carer's passport review” and "
            "the date, with a reminder a week before: nothing about your caring, your manager or what was "
            "agreed. Below is what each date is about; that stays here.", self))
        self.items = scheduled_reviews(app.passport(), app.today())
        self.preview = read_only_text("Review dates", "Each date that will be in the calendar file, and what it "
                                      "is about (only the date goes into the file).", self, tab_leaves=True)
        self.preview.setPlainText("\n".join(f"{item.due:%d %b %Y}   {item.what}" for item in self.items)
                                  or NOTHING_SET)
        layout.addWidget(self.preview, 1)
        self.status = status_label(self)
        layout.addWidget(self.status)
        self.buttons = close_button_box(self)
        self.save_button = self.buttons.addButton("&Save calendar file…", QDialogButtonBox.ButtonRole.ActionRole)
        set_accessible(self.save_button, "Save the calendar file",
                       "Choose where to save an .ics file, then open it with your calendar app.")
        self.save_button.setEnabled(bool(self.items))
        self.save_button.clicked.connect(self._ask_where)
        layout.addWidget(self.buttons)

    def _ask_where(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, "Save review dates", "passport-review-dates.ics",
                                                    "Calendar files (*.ics)")
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the calendar file to ``path`` in the background; the status line says how it went."""
        self.save_button.setEnabled(False)
        set_role(self.status, "hint")
        self.status.setText("Saving…")
        self.runner.run(lambda: self.app.write_reminders(path), on_done=lambda count: self._saved(path, count),
                        on_error=self._failed)

    def _saved(self, path: Path, count: object) -> None:
        self.saved_to = path
        self.save_button.setEnabled(True)
        dates = "1 date" if count == 1 else f"{count} dates"
        self.status.setText(f"Saved {dates} to {path}. Open that file with your calendar app to add them; saving "
                            "again later updates the same entries rather than adding copies.")

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        set_role(self.status, "error")
        self.status.setText("Not saved: " + failure_sentence(exc, "The calendar file could not be saved."))

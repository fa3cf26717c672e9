"""Review dates for the employee's own calendar, saved as an iCalendar (.ics) file.

Calendars often sync to other people's servers, so the file says only "Carer's passport review" (or
"...review an agreed arrangement") and the date, with an alarm a week before. The dialog lists here,
for the employee's eyes only, what each date is about. Writing the file runs off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from carerpassport.app import PassportApp
from carerpassport.domain.review import scheduled_reviews
from carerpassport.ui.dialogs.preview_save_dialog import PreviewSaveDialog
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.widgets.accessible import hint_label, read_only_text, set_accessible

NOTHING_SET = ("No review dates are set yet, so there is nothing to add to a calendar. Set the passport's next "
               "review date (finishing a review does), or a review date on an agreed action, then come back.")


class RemindersDialog(PreviewSaveDialog):
    """What the calendar file will hold, and "Save calendar file…"."""

    SAVE_TITLE = "Save review dates"
    SAVE_NAME = "passport-review-dates.ics"
    SAVE_KIND = "calendar"
    SAVE_FILTER = "Calendar files (*.ics)"
    NOT_SAVED = "The calendar file could not be saved."

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(app, runner, parent)
        self.setWindowTitle("Add review dates to your calendar")
        set_accessible(self, "Review dates for your calendar", "Save your review dates as a file your calendar "
                       "app can import.")
        self.resize(620, 380)
        self.body.addWidget(hint_label(
            "Your calendar may be copied to other servers, so the file says only “Carer's passport review” and "
            "the date, with a reminder a week before: nothing about your caring, your manager or what was "
            "agreed. Below is what each date is about; that stays here.", self))
        items = scheduled_reviews(app.editing.passport(), app.today())
        self.preview = read_only_text("Review dates", "Each date that will be in the calendar file, and what it "
                                      "is about (only the date goes into the file).", self, tab_leaves=True)
        self.preview.setPlainText("\n".join(f"{item.due:%d %b %Y}   {item.what}" for item in items) or NOTHING_SET)
        self.body.addWidget(self.preview, 1)
        self.add_save_row("&Save calendar file…", "Save the calendar file",
                          "Choose where to save an .ics file, then open it with your calendar app.")
        self.save_button.setEnabled(bool(items))

    def write(self, path: Path) -> object:
        return self.app.reviews.write_reminders(path)

    def saved_message(self, path: Path, result: object) -> str:
        dates = "1 date" if result == 1 else f"{result} dates"
        return (f"Saved {dates} to {path}. Open that file with your calendar app to add them; saving again "
                "later updates the same entries rather than adding copies.")

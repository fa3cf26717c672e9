"""Review dates for the employee's own calendar, saved as an iCalendar (.ics) file.

Calendars often sync to other people's servers, so the file says only "Carer's passport review" (or
"...review an agreed arrangement") and the date, with an alarm a week before. The dialog lists here,
for the employee's eyes only, what each date is about. Writing the file runs off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from carerpassport.app import PassportApp
from carerpassport.domain.review import scheduled_reviews
from carerpassport.ui.dates import readable
from carerpassport.ui.dialogs.preview_save_dialog import PreviewSaveDialog
from carerpassport.ui.marked_text import QT_TRANSLATE_NOOP
from carerpassport.ui.tasks import TaskRunner
from carerpassport.ui.widgets.accessible import hint_label, read_only_text, set_accessible

translate = QCoreApplication.translate

NOTHING_SET = QT_TRANSLATE_NOOP("RemindersDialog", "No review dates are set yet, so there is nothing to add to a "
                                "calendar. Set the passport's next review date (finishing a review does), or a "
                                "review date on an agreed action, then come back.")


class RemindersDialog(PreviewSaveDialog):
    """What the calendar file will hold, and "Save calendar file…"."""

    SAVE_TITLE = "Save review dates"
    SAVE_NAME = "passport-review-dates.ics"
    SAVE_KIND = "calendar"
    SAVE_FILTER = "Calendar files (*.ics)"
    NOT_SAVED = "The calendar file could not be saved."

    def __init__(self, app: PassportApp, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(app, runner, parent)
        # The base class reads these when saving: in the reader's language.
        self.SAVE_TITLE = translate("RemindersDialog", "Save review dates")
        self.SAVE_FILTER = translate("RemindersDialog", "Calendar files (*.ics)")
        self.NOT_SAVED = translate("RemindersDialog", "The calendar file could not be saved.")
        self.setWindowTitle(translate("RemindersDialog", "Add review dates to your calendar"))
        set_accessible(self, translate("RemindersDialog", "Review dates for your calendar"), translate(
            "RemindersDialog", "Save your review dates as a file your calendar app can import."))
        self.resize(620, 380)
        #: “Carer's passport review” is the calendar entry's title, which stays in English in the file.
        self.body.addWidget(hint_label(translate(
            "RemindersDialog", "Your calendar may be copied to other servers, so the file says only “Carer's passport "
            "review” and the date, with a reminder a week before: nothing about your caring, your manager or what was "
            "agreed. Below is what each date is about; that stays here."), self))
        items = scheduled_reviews(app.editing.passport(), app.today())
        self.preview = read_only_text(translate("RemindersDialog", "Review dates"), translate(
            "RemindersDialog", "Each date that will be in the calendar file, and what it is about (only the date goes "
            "into the file)."), self, tab_leaves=True)
        self.preview.setPlainText("\n".join(f"{readable(item.due)}   {item.what}" for item in items)
                                  or translate("RemindersDialog", NOTHING_SET))
        self.body.addWidget(self.preview, 1)
        self.add_save_row(translate("RemindersDialog", "&Save calendar file…"),
                          translate("RemindersDialog", "Save the calendar file"),
                          translate("RemindersDialog", "Choose where to save an .ics file, then open it with your "
                                    "calendar app."))
        self.save_button.setEnabled(bool(items))

    def write(self, path: Path) -> object:
        return self.app.reviews.write_reminders(path)

    def saved_message(self, path: Path, result: object) -> str:
        #: {path} is the file's full name; {count} the number of dates.
        if result == 1:
            text = translate("RemindersDialog", "Saved 1 date to {path}. Open that file with your calendar app to add "
                             "it; saving again later updates the same entry rather than adding a copy.")
        else:
            text = translate("RemindersDialog", "Saved {count} dates to {path}. Open that file with your calendar app "
                             "to add them; saving again later updates the same entries rather than adding copies.")
        return text.format(count=result, path=path)

"""The employee's pages other than the editor, leave and requests: Agreed actions (empty, with actions, filtered)
and the action dialog, History, Sharing and its withdrawal note, the sharing agreement form, the question
before a share outside it, a preview-and-save dialog, the former answers and the people form.

The pages are looked at in the main window (the size they really get), the rest of the window left to the
chrome's area. Words that come from the domain (kinds, statuses, the agreement's sentences, the template's
questions) and the walk's own data are not asked for brackets here: another area translates them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

SCREENS = (
    "actions: empty",
    "actions: with actions",
    "actions: filtered to nothing",
    "action dialog: new",
    "action dialog: edit",
    "action dialog: decline, reason missing",
    "history: with changes",
    "history: an older version",
    "history: reading a version",
    "sharing: nothing shared",
    "sharing: with shares, a letter chosen",
    "sharing: withdrawal note",
    "sharing agreement form: private",
    "sharing agreement form: shared, someone added, a problem",
    "agreement confirm",
    "preview and save: not saved",
    "former answers: a dropped answer",
    "people form",
)

WELSH = {
    "actions: with actions": ["Camau y cytunwyd arnynt", "Ychwanegu cam…"],
    "action dialog: new": ["Ychwanegu cam", "&Cadw"],
    "action dialog: edit": ["Golygu cam"],
    "history: with changes": ["Hanes", "Newidiwyd: Beth yw eich cyfrifoldebau gofalu?"],
    "sharing: with shares, a letter chosen": ["Rhannu"],
    "sharing: withdrawal note": ["Gofynnwch iddyn nhw ddileu eu copi"],
    "agreement confirm": ["&Rhannu beth bynnag"],
}
#: Shown in the pseudo-language.
PSEUDO = {"sharing: nothing shared": ["[Ŝĥåŕîñĝ", "[Šĥåŕîñĝ"]}
#: English that must be gone from the Welsh.
NOT_IN_WELSH = {"actions: empty": ["No actions yet"], "history: with changes": ["Every change you make", "Changed:"]}


def _outside(window: QWidget, part: QWidget) -> list[QWidget]:
    """Every widget of ``window`` that is neither ``part``, inside it, nor around it: the chrome's."""
    return [widget for widget in window.findChildren(QWidget)
            if not (widget is part or part.isAncestorOf(widget) or widget.isAncestorOf(part))]


def _domain_words() -> list[str]:
    """Words the domain gives the pages (translated by the domain's area), shown as they come."""
    from carerpassport.domain.model import ACTION_KIND_LABELS, ACTION_STATUS_LABELS
    from carerpassport.domain.sharing_agreement import KEEP_UNTIL_LABELS, PERMISSION_LABELS, RECIPIENT_LABELS

    return [*ACTION_KIND_LABELS.values(), *ACTION_STATUS_LABELS.values(), *PERMISSION_LABELS.values(),
            *KEEP_UNTIL_LABELS.values(), *RECIPIENT_LABELS.values()]


class _Sample(QWidget):
    """A part of a page shown by itself, in a window titled in the pseudo-language (its page's title is the
    window's)."""

    def __init__(self, part: QWidget, width: int, *, scrolls: bool = False) -> None:
        super().__init__()
        self.setWindowTitle("[~]")
        layout = QVBoxLayout(self)
        if scrolls:  # as on its page, which scrolls
            area = QScrollArea(self)
            area.setWidgetResizable(True)
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            area.setWidget(part)
            layout.addWidget(area)
            self.resize(width, 620)
        else:
            layout.addWidget(part)
            self.resize(width, self.sizeHint().height())


def walk(w: Any) -> None:
    app = w.passport_app()
    data = [*_domain_words(), "Siân Jones", "Bob Smith"]
    window = w.main_window(app)
    window.setWindowTitle("[~]")  # the chrome's words, walked by its own area
    _actions(w, window, app, data)
    _history(w, window, app, data)
    _sharing(w, window, app, data)
    _parts(w, window, app, data)
    window.close()


def _page(w: Any, window: Any, key: str) -> QWidget:
    window.show_view(key)
    w.settle()
    view = window.view(key)
    assert view is not None
    return view


def _actions(w: Any, window: Any, app: Any, data: list[str]) -> None:
    view = _page(w, window, "actions")
    w.look(window, "actions: empty", data, skip=[*_outside(window, view), view.agreement])
    view.add_action()
    dialog = view.dialog
    w.look(dialog, "action dialog: new", data)
    dialog.reject()
    w.settle()
    app.editing.add_action("Start at 10:00 on Tuesdays", kind="flexible_working", owner="Bob Smith", status="agreed",
                           agreed_on=dt.date(2026, 3, 2))
    app.editing.add_action("Ask HR about a career break", kind="leave", shared=False)
    view.refresh()
    descriptions = ["Start at 10:00 on Tuesdays", "Ask HR about a career break"]
    view.select_action(app.editing.passport().actions[0].id)
    view.edit_selected()
    dialog = view.dialog
    w.look(dialog, "action dialog: edit", [*data, *descriptions])
    dialog.reject()
    w.settle()
    view.decline_selected()
    dialog = view.dialog
    dialog.accept()  # no reason given: the problem is shown (the domain's sentence)
    w.look(dialog, "action dialog: decline, reason missing", [*data, *descriptions, dialog.error.text()])
    dialog.reject()
    w.settle()
    w.look(window, "actions: with actions", data, skip=[*_outside(window, view), view.agreement])
    view.search.setText("nothing matches these words")
    view.status_filter.setCurrentIndex(2)
    w.look(window, "actions: filtered to nothing", [*data, "nothing matches these words"],
           skip=[*_outside(window, view), view.agreement])
    view.search.clear()
    view.status_filter.setCurrentIndex(0)


def _history(w: Any, window: Any, app: Any, data: list[str]) -> None:
    app.editing.set_answer("caring.responsibilities", "I look after my father three evenings a week.", shared=True)
    view = _page(w, window, "history")
    view.refresh()
    w.settle()
    # the preview of a version is the editor area's (PassportPreview); the versions' labels are said in the
    # walk's language (domain/said.py), so they are not data here
    skip = [*_outside(window, view), view.preview]
    w.look(window, "history: with changes", data, skip=skip)
    view.select_revision(2)
    w.look(window, "history: an older version", data, skip=skip)
    view.tabs.setCurrentWidget(view.preview)
    w.look(window, "history: reading a version", data, skip=skip)
    view.tabs.setCurrentIndex(0)


def _sharing(w: Any, window: Any, app: Any, data: list[str]) -> None:
    from carerpassport.domain.shared_letters import letter_of
    from tests.letters_support import record_letters

    view = _page(w, window, "sharing")
    w.look(window, "sharing: nothing shared", data, skip=[*_outside(window, view), view.agreement])
    folder: Path = w.folder
    app.pdfs.export_signed_pdf(folder / "bob.pdf", purpose="first meeting")
    notice, _request = record_letters(app, folder)
    view.refresh()
    view.select_share(notice)
    w.settle()
    letter = letter_of(view.model.share_at(view.model.row_of(notice)).format)
    assert letter is not None
    shares = app.shares.shares()
    own = [*data, "first meeting", letter.no_withdrawal_in_short, letter.why_no_withdrawal,
           *(s.file_name for s in shares),
           *(s.recipient for s in shares), *(s.purpose for s in shares), *view.labels_of(["actions"])]
    w.look(window, "sharing: with shares, a letter chosen", own, skip=[*_outside(window, view), view.agreement])
    view.select_share(shares[0].id)
    view.ask_withdraw()
    view.confirm_box.accept()
    view._withdraw_answered(shares[0].id, True)
    w.settle()
    note = view.note_dialog
    assert note is not None
    w.look(note, "sharing: withdrawal note", own)
    note.reject()


def _parts(w: Any, window: QWidget, app: Any, data: list[str]) -> None:
    from carerpassport.domain.model import Answer
    from carerpassport.domain.sharing_agreement import RecipientKind, SharingAgreement, decide
    from carerpassport.ui.dialogs.agreement_confirm import outside_agreement_box
    from carerpassport.ui.dialogs.preview_save_dialog import PreviewSaveDialog
    from carerpassport.ui.widgets.former_answers import FormerAnswers
    from carerpassport.ui.widgets.people_form import PeopleForm
    from carerpassport.ui.widgets.sharing_agreement_form import SharingAgreementForm

    text = app.template.sharing_agreement_text
    form = SharingAgreementForm(text)
    titles = [rule.title for rule in SharingAgreement().rules]
    sample = _Sample(form, 1000, scrolls=True)
    sample.show()
    w.look(sample, "sharing agreement form: private", [*data, *titles], skip=[form.guidance])
    agreement = SharingAgreement(shared=True)
    form.load(dataclasses.replace(agreement))
    form.add_other()
    form.rows()[1].permission.setCurrentIndex(2)
    form.rows()[1]._show_purpose()
    form.show_error("[Ŝöɱéţĥîñĝ ŵéñţ ŵŕöñĝ ~~]")
    w.look(sample, "sharing agreement form: shared, someone added, a problem", [*data, *titles],
           skip=[form.guidance])
    sample.close()

    decision = decide(SharingAgreement(), RecipientKind.HR)
    box = outside_agreement_box(None, decision)
    box.show()
    w.look(box, "agreement confirm", [*data, decision.sentence])
    box.done(QDialog.DialogCode.Rejected)

    class Saving(PreviewSaveDialog):
        def __init__(self) -> None:
            super().__init__(app, w.runner, window)  # over the main window, which fits its dialogs to the screen
            self.setWindowTitle("[~]")
            self.body.addWidget(QLabel("[Ŵĥåţ ŵîļļ ƀé šåvéð ~~]", self))
            self.add_save_row("[&Šåvé… ~]", "[~]", "[~]")

        def write(self, path: Path) -> object:
            raise OSError(13, "Permission denied", str(path))

    saving = Saving()
    saving.show()
    saving.save_to(w.folder / "nowhere" / "file.txt")
    w.look(saving, "preview and save: not saved", [*data, str(w.folder / "nowhere" / "file.txt"), "Permission denied"])
    saving.done(QDialog.DialogCode.Rejected)

    question = "What support would help you at work? (a question your employer's form no longer asks)"
    former = FormerAnswers([("support.old", question, Answer("I would like a quiet room on Mondays.", shared=True))])
    sample = _Sample(former, 700)
    sample.show()
    w.look(sample, "former answers: a dropped answer", [*data, question, "I would like a quiet room on Mondays."])
    sample.close()

    people = PeopleForm()
    sample = _Sample(people, 1100)
    sample.show()
    w.look(sample, "people form", data)
    sample.close()

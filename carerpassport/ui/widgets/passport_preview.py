"""A read-only, printable-looking view of one whole passport version (used by History)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from carerpassport.domain.model import ACTION_KIND_LABELS, ACTION_STATUS_LABELS, Passport, Person
from carerpassport.domain.template import Template
from carerpassport.ui.models.actions_model import date_in_words

translate = QCoreApplication.translate


class PassportPreview(QTextBrowser):
    """Shows a passport as a document: details, answers (each marked Shared or Private), actions, notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setAccessibleName(translate("PassportPreview", "This version, read only"))
        self.setAccessibleDescription(translate("PassportPreview", "The whole passport as it was in the chosen "
                                                                   "version. It cannot be changed here; use Restore "
                                                                   "this version to make it current again."))

    def show_passport(self, passport: Passport, template: Template, heading: str) -> None:
        """Render ``passport`` (user text escaped) under ``heading``."""
        self.setHtml(passport_html(passport, template, heading))

    def clear_passport(self) -> None:
        """Forget the shown passport (the vault is locking)."""
        self.clear()
        self.document().clearUndoRedoStacks()


def _person(title: str, person: Person) -> str:
    rows = [(k, getattr(person, a)) for k, a in (
        (translate("PassportPreview", "Name"), "name"), (translate("PassportPreview", "Job title"), "role"),
        (translate("PassportPreview", "Team"), "team"), (translate("PassportPreview", "Staff number"), "staff_number"),
        (translate("PassportPreview", "Contact"), "contact"))]
    shown = "".join(f"<tr><td><i>{k}</i>&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in rows if v)
    empty = translate("PassportPreview", "(not filled in)")
    return f"<h3>{title}</h3><table>{shown or f'<tr><td>{empty}</td></tr>'}</table>"


def passport_html(passport: Passport, template: Template, heading: str) -> str:
    """The passport as simple HTML (every piece of user text escaped)."""
    parts = [f"<h2>{escape(heading)}</h2>", _person(translate("PassportPreview", "You"), passport.employee),
             _person(translate("PassportPreview", "Your line manager"), passport.manager)]
    none = "<i>{}</i>".format(translate("PassportPreview", "None"))
    for section in template.sections:
        fields = [f for f in section.fields if not f.for_manager]
        if not fields:
            continue
        parts.append(f"<h3>{escape(section.title)}</h3>")
        for field in fields:
            answer = passport.answer(field.id)
            mark = (translate("PassportPreview", "Shared with manager") if answer.shared
                    else translate("PassportPreview", "Private"))
            text = (escape(answer.text).replace("\n", "<br>") if answer.text.strip()
                    else "<i>{}</i>".format(translate("PassportPreview", "Not answered")))
            parts.append(f"<p><b>{escape(field.label)}</b> &nbsp;[{mark}]<br>{text}</p>")
    parts.append("<h3>{}</h3>".format(translate("PassportPreview", "Agreed actions")))
    if not passport.actions:
        parts.append(f"<p>{none}</p>")
    for action in passport.actions:
        status = ACTION_STATUS_LABELS[action.status]
        if action.decline_reason:
            status += f" ({escape(action.decline_reason)})"
        shared = translate("PassportPreview", "Shared") if action.shared else translate("PassportPreview", "Private")
        #: One agreed action's details; {kind} and {status} are words such as "Leave" and "Agreed", the rest dates.
        details = translate("PassportPreview", "{kind} · {status} · who: {owner} · agreed {agreed} · start by {start} "
                                               "· review {review}").format(
            kind=ACTION_KIND_LABELS[action.kind], status=status, owner=escape(action.owner) or "—",
            agreed=date_in_words(action.agreed_on), start=date_in_words(action.implement_by),
            review=date_in_words(action.review_on))
        parts.append(f"<p><b>{escape(action.what)}</b> &nbsp;[{shared}]<br>{details}</p>")
    notes = escape(passport.private_notes).replace("\n", "<br>") or none
    parts.append("<h3>{}</h3><p>{}</p>".format(translate("PassportPreview", "Private notes (never exported)"), notes))
    return "".join(parts)

"""A read-only, printable-looking view of one whole passport version (used by History)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from carerpassport.domain.model import ACTION_KIND_LABELS, ACTION_STATUS_LABELS, Passport, Person
from carerpassport.domain.template import Template
from carerpassport.ui.models.actions_model import date_in_words


class PassportPreview(QTextBrowser):
    """Shows a passport as a document: details, answers (each marked Shared or Private), actions, notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setAccessibleName("This version, read only")
        self.setAccessibleDescription("The whole passport as it was in the chosen version. It cannot be "
                                      "changed here; use Restore this version to make it current again.")

    def show_passport(self, passport: Passport, template: Template, heading: str) -> None:
        """Render ``passport`` (user text escaped) under ``heading``."""
        self.setHtml(passport_html(passport, template, heading))

    def clear_passport(self) -> None:
        """Forget the shown passport (the vault is locking)."""
        self.clear()
        self.document().clearUndoRedoStacks()


def _person(title: str, person: Person) -> str:
    rows = [(k, getattr(person, a)) for k, a in (("Name", "name"), ("Job title", "role"), ("Team", "team"),
                                                  ("Staff number", "staff_number"), ("Contact", "contact"))]
    shown = "".join(f"<tr><td><i>{k}</i>&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in rows if v)
    return f"<h3>{title}</h3><table>{shown or '<tr><td>(not filled in)</td></tr>'}</table>"


def passport_html(passport: Passport, template: Template, heading: str) -> str:
    """The passport as simple HTML (every piece of user text escaped)."""
    parts = [f"<h2>{escape(heading)}</h2>", _person("You", passport.employee),
             _person("Your line manager", passport.manager)]
    for section in template.sections:
        fields = [f for f in section.fields if not f.for_manager]
        if not fields:
            continue
        parts.append(f"<h3>{escape(section.title)}</h3>")
        for field in fields:
            answer = passport.answer(field.id)
            mark = "Shared with manager" if answer.shared else "Private"
            text = escape(answer.text).replace("\n", "<br>") if answer.text.strip() else "<i>Not answered</i>"
            parts.append(f"<p><b>{escape(field.label)}</b> &nbsp;[{mark}]<br>{text}</p>")
    parts.append("<h3>Agreed actions</h3>")
    if not passport.actions:
        parts.append("<p><i>None</i></p>")
    for action in passport.actions:
        status = ACTION_STATUS_LABELS[action.status]
        if action.decline_reason:
            status += f" ({escape(action.decline_reason)})"
        parts.append(
            f"<p><b>{escape(action.what)}</b> &nbsp;[{'Shared' if action.shared else 'Private'}]<br>"
            f"{ACTION_KIND_LABELS[action.kind]} · {status} · who: {escape(action.owner) or '—'} · "
            f"agreed {date_in_words(action.agreed_on)} · start by {date_in_words(action.implement_by)} · "
            f"review {date_in_words(action.review_on)}</p>")
    notes = escape(passport.private_notes).replace("\n", "<br>") or "<i>None</i>"
    parts.append(f"<h3>Private notes (never exported)</h3><p>{notes}</p>")
    return "".join(parts)

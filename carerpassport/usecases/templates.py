"""Employer templates: preview a template file against the one in use, import it, and move the passport onto it.

The file is checked by :mod:`carerpassport.exchange.template_file` (JSON Schema, then the domain's parser)
before anything touches the vault; this area adds the checks that need the vault (a version older than the
one installed, the same version with other content) and then records everything in one transaction: the
file's bytes (table ``templates``, migration m011), the pointer to the version in use, and a passport
revision that points at the new id and version. A refused file changes nothing: no row, no revision, no
log entry.

Answers carry over by question id. An answer to a question the new version no longer asks stays in the
passport, is made private (a question the employer stopped asking is not shared on the strength of a
choice made for the old form) and is shown to the employee as "no longer on your employer's form"; only
the employee can choose to share it again.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from carerpassport.domain.canonical import canonical_bytes
from carerpassport.domain.errors import TemplateError
from carerpassport.domain.model import Answer, Passport
from carerpassport.domain.said import Said
from carerpassport.domain.template import Field, Template
from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _
from carerpassport.exchange.template_file import CheckedTemplate, read_template_file
from carerpassport.usecases.context import Area, Context
from carerpassport.usecases.core import Editing, moved_to
from carerpassport.vault.repository import Revision
from carerpassport.vault.templates_table import TemplateTable

REASON_TEMPLATE = "template"
EVENT_KIND = "template"


class TemplateVersionError(TemplateError):
    """A template file that is sound but may not replace the version in use (older, or the same number
    with other content)."""


@dataclasses.dataclass(frozen=True)
class TemplatePreview:
    """What importing a checked file would do, compared with the template in use."""

    checked: CheckedTemplate
    current: Template
    #: The same id and version, byte for byte, is already the one in use: importing does nothing.
    already_in_use: bool
    added: tuple[Field, ...]
    removed: tuple[Field, ...]
    #: Of the removed questions, those the employee has answered (kept, made private).
    answered_removed: tuple[str, ...]
    policies_added: tuple[str, ...]
    policies_removed: tuple[str, ...]
    policies_changed: tuple[str, ...]

    @property
    def template(self) -> Template:
        return self.checked.template

    @property
    def is_upgrade(self) -> bool:
        return self.template.id == self.current.id

    def lines(self) -> list[str]:
        """The preview in plain lines, the same in the CLI and the GUI."""
        t = self.template
        out = [_("Template: {title} ({id}), version {version}").format(title=t.title, id=t.id, version=t.version),
               _("Employer: {name}").format(name=t.employer_name or _("(not named)"))]
        if self.already_in_use:
            return [*out, _("This version is already the one in use; importing it changes nothing.")]
        out.append(_("Replaces: {form}").format(form=self.current.form_name()) if self.is_upgrade
                   else _("Instead of: {form}").format(form=self.current.form_name()))
        if t.review_interval_months != self.current.review_interval_months:
            # Translators: {months} and {was} are numbers of months (any number).
            out.append(_("Review: every {months} months (was {was})").format(
                months=t.review_interval_months, was=self.current.review_interval_months))
        out.append(_("Policies: {names}").format(names="; ".join(p.name for p in t.policies) or _("none")))
        if self.is_upgrade:  # against another employer's form every policy is new: the list says it all
            out += ["  " + _("new policy: {name}").format(name=name) for name in self.policies_added]
            out += ["  " + _("changed policy: {name}").format(name=name) for name in self.policies_changed]
            out += ["  " + _("no longer listed: {name}").format(name=name) for name in self.policies_removed]
        contacts = "; ".join(f"{c.role}{' — ' + c.name if c.name else ''}" for c in t.contacts)
        out.append(_("Contacts: {names}").format(names=contacts or _("none")))
        # Translators: the number of questions in the template (any number).
        out.append(_("Questions: {count}").format(count=len(t.employee_fields())))
        out += ["  " + _("added: {question}").format(question=f.label) for f in self.added]
        for f in self.removed:
            if f.id in self.answered_removed:
                out.append("  " + _("removed: {question} (your answer is kept, made private, shown as no longer on "
                                    "your employer's form)").format(question=f.label))
            else:
                out.append("  " + _("removed: {question}").format(question=f.label))
        if not self.added and not self.removed:
            out.append("  " + _("the same questions as now; every answer stays where it is"))
        return out


@dataclasses.dataclass(frozen=True)
class TemplateImported:
    preview: TemplatePreview
    revision: Revision | None


class Templates(Area):
    """The employer's template: what is in use, previewing a file, importing it."""

    def __init__(self, ctx: Context, *, editing: Editing):
        super().__init__(ctx)
        self.editing = editing

    @property
    def table(self) -> TemplateTable:
        return TemplateTable(self.repo)

    def preview(self, path: Path) -> TemplatePreview:
        """Check the file at ``path`` and compare it with the template in use; nothing is recorded."""
        return self.preview_checked(read_template_file(path))

    def preview_checked(self, checked: CheckedTemplate) -> TemplatePreview:
        """:meth:`preview` of a file already read and checked (:func:`read_template_file`, which needs no
        vault: a front end checks the file before it unlocks anything)."""
        new, current = checked.template, self.template
        self._refuse_older_or_altered(checked)
        stored = self.table.get(new.id, new.version)
        in_use = stored is not None and (current.id, current.version) == (new.id, new.version)
        passport = self.editing.passport()
        _refuse_lost_choices(checked, passport)
        added = tuple(f for f in new.employee_fields() if not current.has_field(f.id))
        removed = tuple(f for f in current.employee_fields() if not new.has_field(f.id))
        answered = tuple(f.id for f in removed if passport.answer(f.id).text.strip())
        old_policies = {p.id: p for p in current.policies}
        new_policies = {p.id: p for p in new.policies}
        return TemplatePreview(
            checked, current, in_use, added, removed, answered,
            policies_added=tuple(p.name for i, p in new_policies.items() if i not in old_policies),
            policies_removed=tuple(p.name for i, p in old_policies.items() if i not in new_policies),
            policies_changed=tuple(p.name for i, p in new_policies.items()
                                   if i in old_policies and old_policies[i] != p))

    def _refuse_older_or_altered(self, checked: CheckedTemplate) -> None:
        new, name = checked.template, checked.name
        newest = self.table.newest_version(new.id)
        if newest is not None and new.version < newest:
            raise TemplateVersionError(
                _("{name}, at /version: this is version {version} of {title!r}, older than version "
                  "{newest}, which you already imported. Ask your employer for their newest file (version "
                  "{newest} or later); an older version is never imported over a newer one.").format(
                  name=name, version=new.version, title=new.title, newest=newest))
        stored = self.table.get(new.id, new.version)
        if stored is not None and stored.sha256 != checked.sha256:
            raise TemplateVersionError(
                _("{name}, at /version: version {version} of {title!r} is already imported, with "
                  "different content. A changed template needs a higher version number: ask your employer to "
                  "publish it as version {number}.").format(
                  name=name, version=new.version, title=new.title, number=(newest or new.version) + 1))

    def import_file(self, path: Path) -> TemplateImported:
        """Check ``path``, then record it and move the passport onto it in one transaction."""
        return self.import_checked(read_template_file(path))

    def import_checked(self, checked: CheckedTemplate) -> TemplateImported:
        """:meth:`import_file` of a file already read and checked."""
        preview = self.preview_checked(checked)
        if preview.already_in_use:
            return TemplateImported(preview, None)
        new = preview.template
        self.editing.end_editing_session()
        try:
            with self.repo.transaction():
                # Checked again inside the transaction: another window may have imported meanwhile.
                self._refuse_older_or_altered(preview.checked)
                if self.table.get(new.id, new.version) is None:
                    self.table.add(new.id, new.version, preview.checked.sha256, preview.checked.name,
                                   preview.checked.raw)
                self.table.make_current(new.id, new.version)
                self.ctx.forget_template()
                passport = moved_to(self.editing.passport(), self.template)
                self.editing.validate(passport)
                revision = self.repo.append_revision(canonical_bytes(passport.to_dict()), REASON_TEMPLATE,
                                                     Said(N_("Now on {form}"), form=new.form_said()))
                self.repo.log(EVENT_KIND, Said(N_("Imported {form}"), form=new.form_said()), revision=revision.number,
                              file_sha256=preview.checked.sha256,
                              details={"template_id": new.id, "version": new.version,
                                       "added": [f.id for f in preview.added],
                                       "removed": [f.id for f in preview.removed]})
        finally:
            self.ctx.forget_template()  # read from the vault as committed (or as it was, after a rollback)
        return TemplateImported(preview, revision)

    def former_answers(self, passport: Passport) -> list[tuple[str, str, Answer]]:
        """Answers to questions an earlier template asked and the one in use does not: (id, label, answer)."""
        t = self.template
        return [(fid, t.label_of(fid), a) for fid, a in sorted(passport.answers.items())
                if t.is_former_question(fid) and a.text.strip()]


def _refuse_lost_choices(checked: CheckedTemplate, passport: Passport) -> None:
    """A choice question whose choices changed under the same id would leave an answer that is none of its
    choices: refused with what to do, never silently dropped (an answer is the employee's, not the form's)."""
    for section_no, section in enumerate(checked.template.sections):
        for field_no, field in enumerate(section.fields):
            text = passport.answer(field.id).text
            if field.kind == "choice" and text and text not in field.choices:
                raise TemplateVersionError(
                    _("{name}, at /sections/{section_no}/fields/{field_no}/choices: your answer "
                      "{text!r} to {label!r} is not one of this version's choices "
                      "({choices}). Nothing was imported. Clear or change that answer first, "
                      "or ask your employer to keep the old choice (a question whose meaning changes needs a new "
                      "id).").format(
                      name=checked.name, section_no=section_no, field_no=field_no, text=text, label=field.label,
                      choices=', '.join(field.choices)))


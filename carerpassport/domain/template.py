"""Passport templates: sections, questions and guidance, and an employer's policies and contacts, as data.

A template is JSON (the default lives in ``resources/templates/default.json``; an employer supplies their own
with their name, policies, contacts, support organisations, extra questions and translations: the format is
``docs/templates.md`` and ``resources/templates/schema/template-v1.schema.json``). :func:`parse_template`
checks it and raises :class:`TemplateError` naming the first problem and where it is (a JSON pointer such as
``/sections/1/fields/0/id``), so a broken template never half-loads. An employer's file is first checked
against the JSON Schema (:mod:`carerpassport.exchange.template_file`); this parser adds what a schema cannot
say: ids used twice, translations of things the template does not have.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Mapping
from typing import Any

from carerpassport.domain.errors import TemplateError
from carerpassport.domain.said import Said
from carerpassport.domain.wording import N_, in_language
from carerpassport.domain.wording import gettext as _

#: The template format this app reads (the schema file's version; ``format`` in the JSON, 1 when absent).
TEMPLATE_FORMAT = 1
FIELD_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")
FIELD_KINDS = ("text", "line", "choice")
FILLED_BY = ("employee", "manager")
#: The questions a manager can fill: each is a form field of the signed PDF (comment, name, date), which the
#: template names in its own words (``exchange/pdf_render``) and countersigning fills.
MANAGER_QUESTION_IDS = ("manager.comment", "manager.name", "manager.date")
MAX_TEMPLATE_BYTES = 2 * 1024 * 1024
#: The seed guidance: a passport is reviewed at least every 12 months; an employer may ask for more often.
DEFAULT_REVIEW_MONTHS = 12


@dataclasses.dataclass(frozen=True)
class Guidance:
    """Help shown beside a question."""

    think_about: tuple[str, ...] = ()
    why: str = ""
    privacy: str = ""


@dataclasses.dataclass(frozen=True)
class Field:
    id: str
    label: str
    prompt: str = ""
    kind: str = "text"
    choices: tuple[str, ...] = ()
    filled_by: str = "employee"
    guidance: Guidance = Guidance()
    placeholder: str = ""
    #: Whether a new answer starts as shared with the manager (the employee can always change it).
    share_default: bool = False

    @property
    def for_manager(self) -> bool:
        return self.filled_by == "manager"


@dataclasses.dataclass(frozen=True)
class Section:
    id: str
    title: str
    intro: str
    fields: tuple[Field, ...]


@dataclasses.dataclass(frozen=True)
class SupportOrganisation:
    name: str
    what: str = ""
    contact: str = ""
    id: str = ""
    link: str = ""


@dataclasses.dataclass(frozen=True)
class Employer:
    """Whose form this is."""

    name: str
    intro: str = ""


@dataclasses.dataclass(frozen=True)
class Policy:
    """One of the employer's policies: where to read it (a link or a document reference)."""

    id: str
    name: str
    summary: str = ""
    link: str = ""
    document: str = ""

    def where(self) -> str:
        return self.link or self.document


@dataclasses.dataclass(frozen=True)
class Contact:
    """Someone at the employer a carer can go to (HR, a carers' network, a carers' lead)."""

    id: str
    role: str
    name: str = ""
    email: str = ""
    phone: str = ""
    link: str = ""
    notes: str = ""

    def how(self) -> str:
        """How to reach them, in one line."""
        return ", ".join(filter(None, (self.email, self.phone, self.link)))


@dataclasses.dataclass(frozen=True)
class SharingAgreementText:
    """The words around the sharing agreement: its heading, an introduction and guidance beside it.

    The agreement itself (who may be given the passport, and when) is the passport's
    (:class:`~carerpassport.domain.sharing_agreement.SharingAgreement`); a template only explains it.
    """

    title: str
    intro: str = ""
    guidance: Guidance = Guidance()


#: What a template that says nothing about the sharing agreement shows (an employer's older template), in
#: English; :attr:`Template.sharing_agreement_text` says it in the template's language.
DEFAULT_SHARING_AGREEMENT_TEXT = SharingAgreementText(
    title=N_("Sharing your passport"),
    intro=N_("Agree with your line manager who else may see this passport, and when. Nobody else is given it "
             "without your consent."))


@dataclasses.dataclass(frozen=True)
class Template:
    id: str
    version: int
    title: str
    language: str
    intro: str
    sections: tuple[Section, ...]
    preparation_questions: tuple[str, ...] = ()
    support_organisations: tuple[SupportOrganisation, ...] = ()
    confidentiality: str = ""
    employer: Employer | None = None
    policies: tuple[Policy, ...] = ()
    contacts: tuple[Contact, ...] = ()
    review_interval_months: int = DEFAULT_REVIEW_MONTHS
    #: The template's own texts in other languages, by language tag, as in the file (``translations``).
    translations: Mapping[str, Mapping[str, Any]] = dataclasses.field(default_factory=dict, hash=False)
    #: Labels of questions an earlier installed version of this template asked and this one does not
    #: (filled in by the vault's use case): their answers are "no longer on your employer's form".
    former_labels: Mapping[str, str] = dataclasses.field(default_factory=dict, hash=False, compare=False)
    #: Optional in a template: without it the app uses :data:`DEFAULT_SHARING_AGREEMENT_TEXT`.
    sharing_agreement: SharingAgreementText | None = None

    @property
    def sharing_agreement_text(self) -> SharingAgreementText:
        """The template's words around the sharing agreement, or the app's own in the template's language
        (so a template shown in Welsh has a Welsh heading even when it says nothing about the agreement)."""
        if self.sharing_agreement is not None:
            return self.sharing_agreement
        default = DEFAULT_SHARING_AGREEMENT_TEXT
        return SharingAgreementText(in_language(self.language, default.title),
                                    in_language(self.language, default.intro))

    def fields(self) -> list[Field]:
        return [f for s in self.sections for f in s.fields]

    def employee_fields(self) -> list[Field]:
        return [f for f in self.fields() if not f.for_manager]

    def manager_fields(self) -> list[Field]:
        return [f for f in self.fields() if f.for_manager]

    def has_field(self, field_id: str) -> bool:
        return any(f.id == field_id for f in self.fields())

    def field(self, field_id: str) -> Field:
        for f in self.fields():
            if f.id == field_id:
                return f
        known = ", ".join(f.id for f in self.employee_fields())
        raise TemplateError(_("There is no question {field_id!r} in this passport. Known questions: {known}.").format(
                                field_id=field_id, known=known))

    def is_former_question(self, field_id: str) -> bool:
        """Whether ``field_id`` was asked by an earlier version of this template but is not asked now."""
        return field_id in self.former_labels and not self.has_field(field_id)

    def question_titles(self) -> dict[str, str]:
        """Every question's id → its title: this version's, and those earlier versions asked (a version's
        label names questions by these, in the form the reader has now)."""
        return {**self.former_labels, **{f.id: f.label for f in self.fields()}}

    def label_of(self, field_id: str) -> str:
        """The question's label: this version's, else the one an earlier version gave it, else the id."""
        if self.has_field(field_id):
            return self.field(field_id).label
        return self.former_labels.get(field_id, field_id)

    @property
    def employer_name(self) -> str:
        return self.employer.name if self.employer else ""

    def form_name(self, language: str | None = None) -> str:
        """The form, as a screen names it: "Northbridge Building Society: Carer's passport, version 2", in
        ``language`` (the process's when ``None``)."""
        return self.form_said().text(language)

    def form_said(self) -> Said:
        """:meth:`form_name` kept to be said later (a version's label, a log entry), in its reader's language."""
        if self.employer_name:
            # Translators: a form named on screen: the employer, the form's title, its version number.
            return Said(N_("{employer}: {title}, version {version}"), employer=self.employer_name,
                        title=self.title, version=self.version)
        # Translators: a form named on screen: its title and version number.
        return Said(N_("{title}, version {version}"), title=self.title, version=self.version)

    def with_former_labels(self, labels: Mapping[str, str]) -> Template:
        return dataclasses.replace(self, former_labels={k: v for k, v in labels.items() if not self.has_field(k)})

    def translated(self, language: str) -> Template:
        """This template with its texts in ``language`` where the file translates them (tag ``cy`` also
        matches ``cy-GB``); anything untranslated stays as written. Ids, kinds and versions never change,
        so answers are the same whichever language the form is shown in."""
        table = self.translations.get(language) or self.translations.get(language.split("-")[0])
        if not table:
            return self
        return _apply_translation(self, table, language)


def _apply_translation(t: Template, table: Mapping[str, Any], language: str) -> Template:
    def pick(group: str, item_id: str) -> Mapping[str, Any]:
        found = (table.get(group) or {}).get(item_id)
        return found if isinstance(found, Mapping) else {}

    def text(values: Mapping[str, Any], key: str, original: str) -> str:
        value = values.get(key)
        return value if isinstance(value, str) and value else original

    def guidance(tr: Mapping[str, Any], original: Guidance) -> Guidance:
        found = tr.get("guidance")
        g: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
        return Guidance(think_about=tuple(g.get("think_about") or original.think_about),
                        why=text(g, "why", original.why), privacy=text(g, "privacy", original.privacy))

    def field(f: Field) -> Field:
        tr = pick("fields", f.id)
        return dataclasses.replace(f, label=text(tr, "label", f.label), prompt=text(tr, "prompt", f.prompt),
                                   placeholder=text(tr, "placeholder", f.placeholder),
                                   choices=tuple(tr.get("choices") or f.choices), guidance=guidance(tr, f.guidance))

    sharing = t.sharing_agreement
    found_sharing = table.get("sharing_agreement")
    if sharing is not None and isinstance(found_sharing, Mapping):
        sharing = SharingAgreementText(text(found_sharing, "title", sharing.title),
                                       text(found_sharing, "intro", sharing.intro),
                                       guidance(found_sharing, sharing.guidance))

    employer = t.employer
    if employer is not None:
        found = table.get("employer")
        e: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
        employer = Employer(text(e, "name", employer.name), text(e, "intro", employer.intro))
    return dataclasses.replace(
        t, language=language, title=text(table, "title", t.title), intro=text(table, "intro", t.intro),
        confidentiality=text(table, "confidentiality", t.confidentiality), employer=employer,
        sections=tuple(dataclasses.replace(s, title=text(pick("sections", s.id), "title", s.title),
                                           intro=text(pick("sections", s.id), "intro", s.intro),
                                           fields=tuple(field(f) for f in s.fields)) for s in t.sections),
        policies=tuple(dataclasses.replace(p, **{k: text(pick("policies", p.id), k, getattr(p, k))
                                                 for k in ("name", "summary", "link", "document")})
                       for p in t.policies),
        contacts=tuple(dataclasses.replace(c, role=text(pick("contacts", c.id), "role", c.role),
                                           notes=text(pick("contacts", c.id), "notes", c.notes)) for c in t.contacts),
        support_organisations=tuple(
            dataclasses.replace(o, name=text(pick("support_organisations", o.id), "name", o.name),
                                what=text(pick("support_organisations", o.id), "what", o.what)) if o.id else o
            for o in t.support_organisations),
        preparation_questions=tuple(table.get("preparation_questions") or t.preparation_questions),
        sharing_agreement=sharing)


def parse_template(raw: bytes | str, source: str = "template") -> Template:
    """Parse and validate a template; raise :class:`TemplateError` with the first problem found."""
    if isinstance(raw, bytes):
        if len(raw) > MAX_TEMPLATE_BYTES:
            raise TemplateError(_("{source}: the template is too large to be a passport template.").format(
                                    source=source))
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise TemplateError(_("{source}: the template is not UTF-8 text.").format(source=source)) from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise TemplateError(_("{source}: not valid JSON (line {lineno}, column {colno}: {msg}).").format(
                                source=source, lineno=exc.lineno, colno=exc.colno, msg=exc.msg)) from None
    return template_from_data(data, source)


def template_from_data(data: Any, source: str) -> Template:
    """The template that parsed JSON ``data`` describes (see :func:`parse_template`)."""
    return _template(_obj(data, _At(source, "")), _At(source, ""))


@dataclasses.dataclass(frozen=True)
class _At:
    """Where in the file a value is: the file's name and a JSON pointer (RFC 6901)."""

    source: str
    pointer: str

    def __truediv__(self, part: str | int) -> _At:
        escaped = str(part).replace("~", "~0").replace("/", "~1")
        return _At(self.source, f"{self.pointer}/{escaped}")

    def __str__(self) -> str:
        return f"{self.source}, at {self.pointer or '/'}"


def _template(data: dict[str, Any], at: _At) -> Template:
    format_version = data.get("format", TEMPLATE_FORMAT)
    if format_version != TEMPLATE_FORMAT or isinstance(format_version, bool):
        raise TemplateError(_("{number}: this template is written in format {format_version!r}; this "
                              "version of the app reads format {template_format}. Ask for a format-1 file or "
                              "update the app.").format(
                              number=at / 'format', format_version=format_version, template_format=TEMPLATE_FORMAT))
    sections = tuple(_section(_obj(s, at / "sections" / i), at / "sections" / i)
                     for i, s in enumerate(_list(data.get("sections"), at / "sections")))
    if not sections:
        raise TemplateError(_("{number}: a template needs at least one section.").format(number=at / 'sections'))
    _unique([(s.id, at / "sections" / i / "id") for i, s in enumerate(sections)], "section id")
    _unique([(f.id, at / "sections" / i / "fields" / j / "id")
             for i, s in enumerate(sections) for j, f in enumerate(s.fields)], "question id")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise TemplateError(_("{number}: 'version' must be a whole number from 1.").format(number=at / 'version'))
    orgs = tuple(_organisation(_obj(o, at / "support_organisations" / i), at / "support_organisations" / i)
                 for i, o in enumerate(_list(data.get("support_organisations", []), at / "support_organisations")))
    policies = tuple(_policy(_obj(p, at / "policies" / i), at / "policies" / i)
                     for i, p in enumerate(_list(data.get("policies", []), at / "policies")))
    contacts = tuple(_contact(_obj(c, at / "contacts" / i), at / "contacts" / i)
                     for i, c in enumerate(_list(data.get("contacts", []), at / "contacts")))
    _unique([(p.id, at / "policies" / i / "id") for i, p in enumerate(policies)], "policy id")
    _unique([(c.id, at / "contacts" / i / "id") for i, c in enumerate(contacts)], "contact id")
    _unique([(o.id, at / "support_organisations" / i / "id") for i, o in enumerate(orgs) if o.id],
            "support organisation id")
    employer = None
    if "employer" in data:
        e = _obj(data["employer"], at / "employer")
        employer = Employer(_str(e, "name", at / "employer", required=True), _str(e, "intro", at / "employer"))
    months = data.get("review_interval_months", DEFAULT_REVIEW_MONTHS)
    if not isinstance(months, int) or isinstance(months, bool) or not 1 <= months <= DEFAULT_REVIEW_MONTHS:
        raise TemplateError(_("{number}: the review interval must be a whole number of "
                              "months from 1 to {default_review_months} (a passport is reviewed at least every "
                              "{default_review_months} months).").format(
                              number=at / 'review_interval_months', default_review_months=DEFAULT_REVIEW_MONTHS))
    template = Template(
        id=_str(data, "id", at, required=True),
        version=version,
        title=_str(data, "title", at, required=True),
        language=_str(data, "language", at) or "en",
        intro=_str(data, "intro", at),
        sections=sections,
        preparation_questions=_strings(data.get("preparation_questions", []), at / "preparation_questions"),
        support_organisations=orgs,
        confidentiality=_str(data, "confidentiality", at),
        employer=employer, policies=policies, contacts=contacts, review_interval_months=months,
        translations=_obj(data.get("translations", {}), at / "translations"),
        sharing_agreement=(_sharing_agreement(_obj(data["sharing_agreement"], at / "sharing_agreement"),
                                              at / "sharing_agreement")
                           if data.get("sharing_agreement") is not None else None),
    )
    for language, table in template.translations.items():
        _check_translation(template, _obj(table, at / "translations" / language), at / "translations" / language)
    return template


def _check_translation(template: Template, table: dict[str, Any], at: _At) -> None:
    """Each translated text must name something the template has, and a choice question keeps its number
    of choices (an answer is stored as the original choice's text)."""
    known = {
        "policies": {p.id for p in template.policies},
        "contacts": {c.id for c in template.contacts},
        "support_organisations": {o.id for o in template.support_organisations if o.id},
        "sections": {s.id for s in template.sections},
        "fields": {f.id for f in template.fields()},
    }
    for group, ids in known.items():
        for item_id in _obj(table.get(group, {}), at / group):
            if item_id not in ids:
                have = ", ".join(sorted(ids)) or "none"
                raise TemplateError(_("{number}: the template has no {group_words} "
                                      "with the id {item_id!r} to translate. Use one of its ids ({have}) or remove "
                                      "this entry.").format(
                                      number=at / group / item_id, group_words=_GROUP_WORDS[group], item_id=item_id,
                                      have=have))
    for field_id, tr in _obj(table.get("fields", {}), at / "fields").items():
        choices = _obj(tr, at / "fields" / field_id).get("choices")
        original = template.field(field_id).choices
        if choices is not None and len(_list(choices, at / "fields" / field_id / "choices")) != len(original):
            raise TemplateError(_("{number}: translate each of the question's "
                                  "{count} choices, in the same order (there are {count2}).").format(
                                  number=at / 'fields' / field_id / 'choices', count=len(original),
                                  count2=len(choices)))


_GROUP_WORDS = {"policies": "policy", "contacts": "contact", "support_organisations": "support organisation",
                "sections": "section", "fields": "question"}


def _unique(ids: list[tuple[str, _At]], what: str) -> None:
    seen: dict[str, _At] = {}
    for item_id, at in ids:
        if item_id in seen:
            raise TemplateError(_("{at}: the {what} {item_id!r} is used twice (first at {pointer}). "
                                  "Give each one its own {what}.").format(
                                  at=at, what=what, item_id=item_id, pointer=seen[item_id].pointer))
        seen[item_id] = at


def _sharing_agreement(data: dict[str, Any], at: _At) -> SharingAgreementText:
    extra = sorted(set(data) - {"title", "intro", "guidance"})
    if extra:
        raise TemplateError(_("{at}: unexpected entries: {entries}. A sharing agreement's "
                              "words have a title, an intro and guidance.").format(
                              at=at, entries=', '.join(map(str, extra))))
    return SharingAgreementText(title=_str(data, "title", at, required=True), intro=_str(data, "intro", at),
                                guidance=_guidance(data, at))


def _guidance(data: dict[str, Any], at: _At) -> Guidance:
    g = _obj(data.get("guidance", {}), at / "guidance")
    return Guidance(think_about=_strings(g.get("think_about", []), at / "guidance" / "think_about"),
                    why=_str(g, "why", at / "guidance"), privacy=_str(g, "privacy", at / "guidance"))


def _organisation(data: dict[str, Any], at: _At) -> SupportOrganisation:
    return SupportOrganisation(name=_str(data, "name", at, required=True), what=_str(data, "what", at),
                               contact=_str(data, "contact", at), id=_str(data, "id", at), link=_str(data, "link", at))


def _policy(data: dict[str, Any], at: _At) -> Policy:
    return Policy(id=_str(data, "id", at, required=True), name=_str(data, "name", at, required=True),
                  summary=_str(data, "summary", at), link=_str(data, "link", at), document=_str(data, "document", at))


def _contact(data: dict[str, Any], at: _At) -> Contact:
    return Contact(id=_str(data, "id", at, required=True), role=_str(data, "role", at, required=True),
                   **{k: _str(data, k, at) for k in ("name", "email", "phone", "link", "notes")})


def _section(data: dict[str, Any], at: _At) -> Section:
    fields = tuple(_field(_obj(f, at / "fields" / i), at / "fields" / i)
                   for i, f in enumerate(_list(data.get("fields"), at / "fields")))
    return Section(id=_str(data, "id", at, required=True), title=_str(data, "title", at, required=True),
                   intro=_str(data, "intro", at), fields=fields)


def _field(data: dict[str, Any], at: _At) -> Field:
    field_id = _str(data, "id", at, required=True)
    if not FIELD_ID.match(field_id):
        raise TemplateError(_("{number}: question id {field_id!r} must look like 'section.name' "
                              "(lower-case letters, digits, underscores, dots).").format(
                              number=at / 'id', field_id=field_id))
    kind = _str(data, "kind", at) or "text"
    if kind not in FIELD_KINDS:
        raise TemplateError(_("{number}: kind must be one of {field_kinds} (got {kind!r}).").format(
                                number=at / 'kind', field_kinds=', '.join(FIELD_KINDS), kind=kind))
    choices = _strings(data.get("choices", []), at / "choices")
    if kind == "choice" and len(choices) < 2:
        raise TemplateError(_("{number}: a choice question needs at least two choices.").format(
                                number=at / 'choices'))
    filled_by = _str(data, "filled_by", at) or "employee"
    if filled_by not in FILLED_BY:
        raise TemplateError(_("{number}: filled_by must be 'employee' or 'manager' (got {filled_by!r}).").format(
                                number=at / 'filled_by', filled_by=filled_by))
    if filled_by == "manager" and field_id not in MANAGER_QUESTION_IDS:
        raise TemplateError(_("{number}: a question the manager fills is one of {ids}: the signed PDF has a form "
                              "field for each of these, and none for {field_id!r}. Use one of them, or make it a "
                              "question the employee answers.").format(
                                number=at / 'id', ids=", ".join(MANAGER_QUESTION_IDS), field_id=field_id))
    share_default = data.get("share_default", False)
    if not isinstance(share_default, bool):
        raise TemplateError(_("{number}: share_default must be true or false.").format(number=at / 'share_default'))
    guidance = _guidance(data, at)
    return Field(id=field_id, label=_str(data, "label", at, required=True), prompt=_str(data, "prompt", at),
                 kind=kind, choices=choices, filled_by=filled_by, guidance=guidance,
                 placeholder=_str(data, "placeholder", at), share_default=share_default)


def _obj(value: Any, at: _At) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TemplateError(_("{at} must be an object.").format(at=at))
    return value


def _list(value: Any, at: _At) -> list[Any]:
    if not isinstance(value, list):
        raise TemplateError(_("{at} must be a list.").format(at=at))
    return value


def _str(data: dict[str, Any], key: str, at: _At, required: bool = False) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise TemplateError(_("{number}: {key!r} must be text.").format(number=at / key, key=key))
    if required and not value.strip():
        raise TemplateError(_("{number}: {key!r} is required.").format(number=at / key, key=key))
    return value


def _strings(value: Any, at: _At) -> tuple[str, ...]:
    items = _list(value, at)
    if not all(isinstance(v, str) for v in items):
        raise TemplateError(_("{at} must be a list of text.").format(at=at))
    return tuple(items)

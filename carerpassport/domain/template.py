"""Passport templates: sections, questions and guidance, as data.

A template is JSON (the default lives in ``resources/templates/default.json``; an employer can supply
their own with their policies and contacts). :func:`parse_template` checks it fully and raises
:class:`TemplateError` naming the first problem, so a broken template never half-loads.
"""

from __future__ import annotations

import dataclasses
import json
import re
from typing import Any

from carerpassport.domain.errors import TemplateError

FIELD_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")
FIELD_KINDS = ("text", "line", "choice")
FILLED_BY = ("employee", "manager")
MAX_TEMPLATE_BYTES = 2 * 1024 * 1024


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


@dataclasses.dataclass(frozen=True)
class SharingAgreementText:
    """The words around the sharing agreement: its heading, an introduction and guidance beside it.

    The agreement itself (who may be given the passport, and when) is the passport's
    (:class:`~carerpassport.domain.sharing_agreement.SharingAgreement`); a template only explains it.
    """

    title: str
    intro: str = ""
    guidance: Guidance = Guidance()


#: What a template that says nothing about the sharing agreement shows (an employer's older template).
DEFAULT_SHARING_AGREEMENT_TEXT = SharingAgreementText(
    title="Sharing your passport",
    intro="Agree with your line manager who else may see this passport, and when. Nobody else is given it "
          "without your consent.")


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
    #: Optional in a template: without it the app uses :data:`DEFAULT_SHARING_AGREEMENT_TEXT`.
    sharing_agreement: SharingAgreementText | None = None

    @property
    def sharing_agreement_text(self) -> SharingAgreementText:
        return self.sharing_agreement or DEFAULT_SHARING_AGREEMENT_TEXT

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
        raise TemplateError(f"There is no question {field_id!r} in this passport. Known questions: {known}.")


def parse_template(raw: bytes | str, source: str = "template") -> Template:
    """Parse and validate a template; raise :class:`TemplateError` with the first problem found."""
    if isinstance(raw, bytes):
        if len(raw) > MAX_TEMPLATE_BYTES:
            raise TemplateError(f"{source}: the template is too large to be a passport template.")
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise TemplateError(f"{source}: the template is not UTF-8 text.") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise TemplateError(f"{source}: not valid JSON (line {exc.lineno}: {exc.msg}).") from None
    return _template(_obj(data, source), source)


def _template(data: dict[str, Any], source: str) -> Template:
    sections = tuple(_section(_obj(s, f"{source}: sections[{i}]"), f"{source}: sections[{i}]")
                     for i, s in enumerate(_list(data.get("sections"), f"{source}: sections")))
    if not sections:
        raise TemplateError(f"{source}: a template needs at least one section.")
    seen: set[str] = set()
    for field in (f for s in sections for f in s.fields):
        if field.id in seen:
            raise TemplateError(f"{source}: the question id {field.id!r} is used twice.")
        seen.add(field.id)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise TemplateError(f"{source}: 'version' must be a whole number from 1.")
    where = f"{source}: support_organisations"
    orgs = tuple(_organisation(_obj(o, f"{where}[{i}]"), f"{where}[{i}]")
                 for i, o in enumerate(_list(data.get("support_organisations", []), where)))
    return Template(
        id=_str(data, "id", source, required=True),
        version=version,
        title=_str(data, "title", source, required=True),
        language=_str(data, "language", source) or "en",
        intro=_str(data, "intro", source),
        sections=sections,
        preparation_questions=_strings(data.get("preparation_questions", []), f"{source}: preparation_questions"),
        support_organisations=orgs,
        confidentiality=_str(data, "confidentiality", source),
        sharing_agreement=(_sharing_agreement(_obj(data["sharing_agreement"], f"{source}: sharing_agreement"),
                                              f"{source}: sharing_agreement")
                           if data.get("sharing_agreement") is not None else None),
    )


def _sharing_agreement(data: dict[str, Any], where: str) -> SharingAgreementText:
    extra = sorted(set(data) - {"title", "intro", "guidance"})
    if extra:
        raise TemplateError(f"{where}: unexpected entries: {', '.join(map(str, extra))}.")
    return SharingAgreementText(title=_str(data, "title", where, required=True), intro=_str(data, "intro", where),
                                guidance=_guidance(data, where))


def _organisation(data: dict[str, Any], where: str) -> SupportOrganisation:
    return SupportOrganisation(name=_str(data, "name", where, required=True), what=_str(data, "what", where),
                               contact=_str(data, "contact", where))


def _section(data: dict[str, Any], where: str) -> Section:
    fields = tuple(_field(_obj(f, f"{where}.fields[{i}]"), f"{where}.fields[{i}]")
                   for i, f in enumerate(_list(data.get("fields"), f"{where}.fields")))
    return Section(id=_str(data, "id", where, required=True), title=_str(data, "title", where, required=True),
                   intro=_str(data, "intro", where), fields=fields)


def _field(data: dict[str, Any], where: str) -> Field:
    field_id = _str(data, "id", where, required=True)
    if not FIELD_ID.match(field_id):
        raise TemplateError(f"{where}: question id {field_id!r} must look like 'section.name' "
                            "(lower-case letters, digits, underscores, dots).")
    kind = _str(data, "kind", where) or "text"
    if kind not in FIELD_KINDS:
        raise TemplateError(f"{where}: kind must be one of {', '.join(FIELD_KINDS)} (got {kind!r}).")
    choices = _strings(data.get("choices", []), f"{where}.choices")
    if kind == "choice" and len(choices) < 2:
        raise TemplateError(f"{where}: a choice question needs at least two choices.")
    filled_by = _str(data, "filled_by", where) or "employee"
    if filled_by not in FILLED_BY:
        raise TemplateError(f"{where}: filled_by must be 'employee' or 'manager' (got {filled_by!r}).")
    guidance = _guidance(data, where)
    return Field(id=field_id, label=_str(data, "label", where, required=True), prompt=_str(data, "prompt", where),
                 kind=kind, choices=choices, filled_by=filled_by, guidance=guidance,
                 placeholder=_str(data, "placeholder", where))


def _guidance(data: dict[str, Any], where: str) -> Guidance:
    g = _obj(data.get("guidance", {}), f"{where}.guidance")
    return Guidance(think_about=_strings(g.get("think_about", []), f"{where}.guidance.think_about"),
                    why=_str(g, "why", f"{where}.guidance"), privacy=_str(g, "privacy", f"{where}.guidance"))


def _obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TemplateError(f"{where} must be an object.")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise TemplateError(f"{where} must be a list.")
    return value


def _str(data: dict[str, Any], key: str, where: str, required: bool = False) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise TemplateError(f"{where}: {key!r} must be text.")
    if required and not value.strip():
        raise TemplateError(f"{where}: {key!r} is required.")
    return value


def _strings(value: Any, where: str) -> tuple[str, ...]:
    items = _list(value, where)
    if not all(isinstance(v, str) for v in items):
        raise TemplateError(f"{where} must be a list of text.")
    return tuple(items)

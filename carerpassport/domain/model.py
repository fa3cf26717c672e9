"""The passport and its parts, as plain data.

A :class:`Passport` is what the employee writes: who they are, who their line manager is, answers to
the template's questions (each with its own "share with my manager" flag), private notes that never
leave the vault, agreed actions and the review schedule. It converts to and from a JSON-ready dict;
:mod:`carerpassport.domain.canonical` turns that dict into RFC 8785 bytes and a content hash.

Pure Python: no Qt, no SQL, no files.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import uuid
from typing import Any

from carerpassport.domain.errors import ValidationError
from carerpassport.domain.json_fields import boolean, enum_value, mapping, no_unknown, text
from carerpassport.domain.jurisdiction import Jurisdiction, parse_jurisdiction
from carerpassport.domain.labels import Labels
from carerpassport.domain.sharing_agreement import SharingAgreement
from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _
from carerpassport.domain.working_pattern import WorkingPattern

#: Version of the passport's JSON shape (not of the template, not of the vault schema).
FORMAT_VERSION = 1

#: Limits that keep a hostile or broken file from becoming a huge passport.
MAX_TEXT = 20_000
MAX_NAME = 200
#: The purpose of sharing an export says why in a line or two (it is printed on the PDF).
MAX_PURPOSE = 300
MAX_ACTIONS = 500


class ActionKind(enum.StrEnum):
    """What an agreed action is about."""

    FLEXIBLE_WORKING = "flexible_working"
    LEAVE = "leave"
    EMERGENCY_COVER = "emergency_cover"
    EQUIPMENT = "equipment"
    WORKLOAD = "workload"
    OTHER = "other"


class ActionStatus(enum.StrEnum):
    """Where an agreed action stands."""

    PROPOSED = "proposed"
    AGREED = "agreed"
    DECLINED = "declined"
    IN_PLACE = "in_place"
    ENDED = "ended"


#: Shown names of the kinds and statuses, translated when read (:class:`~carerpassport.domain.labels.Labels`).
ACTION_KIND_LABELS = Labels({
    # Translators: kinds of agreed action (a column and a choice in a list).
    ActionKind.FLEXIBLE_WORKING: N_("Flexible working"),
    ActionKind.LEAVE: N_("Leave"),
    ActionKind.EMERGENCY_COVER: N_("Emergency cover"),
    ActionKind.EQUIPMENT: N_("Equipment or technology"),
    ActionKind.WORKLOAD: N_("Workload"),
    ActionKind.OTHER: N_("Other"),
})

ACTION_STATUS_LABELS = Labels({
    # Translators: where an agreed action stands (a column and a choice in a list).
    ActionStatus.PROPOSED: N_("Proposed"),
    ActionStatus.AGREED: N_("Agreed"),
    ActionStatus.DECLINED: N_("Declined"),
    ActionStatus.IN_PLACE: N_("In place"),
    ActionStatus.ENDED: N_("Ended"),
})


@dataclasses.dataclass
class Person:
    """The employee or the line manager."""

    name: str = ""
    role: str = ""
    team: str = ""
    staff_number: str = ""
    contact: str = ""

    def to_dict(self) -> dict[str, str]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: Any, where: str) -> Person:
        data = mapping(data, where)
        known = {f.name for f in dataclasses.fields(cls)}
        no_unknown(data, known, where)
        return cls(**{k: _text(data.get(k, ""), f"{where}.{k}", MAX_NAME) for k in known})


@dataclasses.dataclass
class Answer:
    """One answer to a template question, and whether the employee shares it."""

    text: str = ""
    shared: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "shared": self.shared}

    @classmethod
    def from_dict(cls, data: Any, where: str) -> Answer:
        data = mapping(data, where)
        no_unknown(data, {"text", "shared"}, where)
        return cls(text=_text(data.get("text", ""), f"{where}.text"),
                   shared=boolean(data.get("shared", False), f"{where}.shared"))


@dataclasses.dataclass
class AgreedAction:
    """Something agreed (or proposed, or declined) between the employee and their manager."""

    id: str = dataclasses.field(default_factory=lambda: str(uuid.uuid4()))
    what: str = ""
    kind: ActionKind = ActionKind.OTHER
    owner: str = ""
    status: ActionStatus = ActionStatus.PROPOSED
    decline_reason: str = ""
    agreed_on: dt.date | None = None
    implement_by: dt.date | None = None
    review_on: dt.date | None = None
    shared: bool = True

    def validate(self) -> None:
        """Raise :class:`ValidationError` if the action is not complete enough to save."""
        if not self.what.strip():
            raise ValidationError(_("An agreed action needs a description of what was agreed."))
        if self.status is ActionStatus.DECLINED and not self.decline_reason.strip():
            raise ValidationError(_("A declined action needs the reason it was declined."))
        if self.agreed_on and self.implement_by and self.implement_by < self.agreed_on:
            raise ValidationError(_("The implementation date cannot be before the date it was agreed."))
        if self.agreed_on and self.review_on and self.review_on < self.agreed_on:
            raise ValidationError(_("The review date cannot be before the date it was agreed."))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "what": self.what,
            "kind": self.kind.value,
            "owner": self.owner,
            "status": self.status.value,
            "decline_reason": self.decline_reason,
            "agreed_on": _date_out(self.agreed_on),
            "implement_by": _date_out(self.implement_by),
            "review_on": _date_out(self.review_on),
            "shared": self.shared,
        }

    @classmethod
    def from_dict(cls, data: Any, where: str) -> AgreedAction:
        data = mapping(data, where)
        no_unknown(data, {f.name for f in dataclasses.fields(cls)}, where)
        action = cls(
            id=_uuid(data.get("id"), f"{where}.id"),
            what=_text(data.get("what", ""), f"{where}.what"),
            kind=enum_value(ActionKind, data.get("kind", "other"), f"{where}.kind"),
            owner=_text(data.get("owner", ""), f"{where}.owner", MAX_NAME),
            status=enum_value(ActionStatus, data.get("status", "proposed"), f"{where}.status"),
            decline_reason=_text(data.get("decline_reason", ""), f"{where}.decline_reason"),
            agreed_on=_date_in(data.get("agreed_on"), f"{where}.agreed_on"),
            implement_by=_date_in(data.get("implement_by"), f"{where}.implement_by"),
            review_on=_date_in(data.get("review_on"), f"{where}.review_on"),
            shared=boolean(data.get("shared", True), f"{where}.shared"),
        )
        return action


@dataclasses.dataclass
class ReviewSchedule:
    """When the passport was last agreed and when it should next be reviewed."""

    last_agreed: dt.date | None = None
    next_review: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"last_agreed": _date_out(self.last_agreed), "next_review": _date_out(self.next_review)}

    @classmethod
    def from_dict(cls, data: Any, where: str) -> ReviewSchedule:
        data = mapping(data, where)
        no_unknown(data, {"last_agreed", "next_review"}, where)
        return cls(last_agreed=_date_in(data.get("last_agreed"), f"{where}.last_agreed"),
                   next_review=_date_in(data.get("next_review"), f"{where}.next_review"))


@dataclasses.dataclass
class Passport:
    """The whole passport as the employee keeps it (private parts included)."""

    id: str = dataclasses.field(default_factory=lambda: str(uuid.uuid4()))
    template_id: str = ""
    template_version: int = 1
    employee: Person = dataclasses.field(default_factory=Person)
    manager: Person = dataclasses.field(default_factory=Person)
    answers: dict[str, Answer] = dataclasses.field(default_factory=dict)
    private_notes: str = ""
    actions: list[AgreedAction] = dataclasses.field(default_factory=list)
    review: ReviewSchedule = dataclasses.field(default_factory=ReviewSchedule)
    #: Private: which law the job falls under (carer's leave and flexible-working rules depend on it).
    jurisdiction: Jurisdiction = Jurisdiction.UNSTATED
    #: Private: how the employee normally works, so one week of carer's leave can be said in days and hours.
    working_pattern: WorkingPattern | None = None
    #: Who else may be given the passport and how long the manager keeps it; exported only when shared.
    sharing_agreement: SharingAgreement = dataclasses.field(default_factory=SharingAgreement)

    def answer(self, field_id: str) -> Answer:
        """The answer for ``field_id`` (an empty, unshared one if not yet written)."""
        return self.answers.get(field_id, Answer())

    def action(self, action_id: str) -> AgreedAction:
        for action in self.actions:
            if action.id == action_id or (len(action_id) >= 4 and action.id.startswith(action_id)):
                return action
        raise ValidationError(_("There is no agreed action with id {action_id!r}.").format(action_id=action_id))

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT_VERSION,
            "id": self.id,
            "template": {"id": self.template_id, "version": self.template_version},
            "employee": self.employee.to_dict(),
            "manager": self.manager.to_dict(),
            "answers": {k: v.to_dict() for k, v in sorted(self.answers.items())},
            "private_notes": self.private_notes,
            "actions": [a.to_dict() for a in self.actions],
            "review": self.review.to_dict(),
            # Written only once stated, so the canonical bytes of passports saved before it existed stay the same.
            **({"jurisdiction": self.jurisdiction.value} if self.jurisdiction else {}),
            # Likewise written only once set.
            **({"working_pattern": self.working_pattern.to_dict()} if self.working_pattern else {}),
            # Likewise written only once something is chosen.
            **({"sharing_agreement": self.sharing_agreement.to_dict()}
               if not self.sharing_agreement.is_default else {}),
        }

    def shared_dict(self) -> dict[str, Any]:
        """Exactly what the employee chose to share: shared answers and actions, no private notes.

        This is the content that goes into an export (the PDF's pages and its ``passport.json``).
        """
        return {
            "format": FORMAT_VERSION,
            "id": self.id,
            "template": {"id": self.template_id, "version": self.template_version},
            "employee": self.employee.to_dict(),
            "manager": self.manager.to_dict(),
            "answers": {k: {"text": v.text} for k, v in sorted(self.answers.items())
                        if v.shared and v.text.strip()},
            "actions": [{k: v for k, v in a.to_dict().items() if k != "shared"}
                        for a in self.actions if a.shared],
            "review": self.review.to_dict(),
            # Only when the employee shares it, so exports made before it existed keep their exact shape.
            **({"sharing_agreement": self.sharing_agreement.shared_dict()} if self.sharing_agreement.shared else {}),
        }

    @classmethod
    def from_dict(cls, data: Any) -> Passport:
        """Build a passport from its dict form, raising :class:`ValidationError` on anything odd."""
        data = mapping(data, "passport")
        no_unknown(data, {"format", "id", "template", "employee", "manager", "answers",
                           "private_notes", "actions", "review", "jurisdiction", "working_pattern",
                          "sharing_agreement"}, "passport")
        if data.get("format") != FORMAT_VERSION:
            raise ValidationError(
                _("This passport was written in format {version!r}; this version of the "
                  "app reads format {format_version}. Update the app to open it.").format(
                  version=data.get('format'), format_version=FORMAT_VERSION))
        template = mapping(data.get("template", {}), "passport.template")
        version = template.get("version", 1)
        if not isinstance(version, int) or isinstance(version, bool):
            raise ValidationError(_("passport.template.version must be a whole number."))
        answers_in = mapping(data.get("answers", {}), "passport.answers")
        actions_in = data.get("actions", [])
        if not isinstance(actions_in, list):
            raise ValidationError(_("passport.actions must be a list."))
        if len(actions_in) > MAX_ACTIONS:
            raise ValidationError(_("A passport can hold at most {max_actions} agreed actions.").format(
                                      max_actions=MAX_ACTIONS))
        return cls(
            id=_uuid(data.get("id"), "passport.id"),
            template_id=_text(template.get("id", ""), "passport.template.id", MAX_NAME),
            template_version=version,
            employee=Person.from_dict(data.get("employee", {}), "passport.employee"),
            manager=Person.from_dict(data.get("manager", {}), "passport.manager"),
            answers={_text(k, "passport.answers key", MAX_NAME): Answer.from_dict(v, f"answers.{k}")
                     for k, v in answers_in.items()},
            private_notes=_text(data.get("private_notes", ""), "passport.private_notes"),
            actions=[AgreedAction.from_dict(a, f"actions[{i}]") for i, a in enumerate(actions_in)],
            review=ReviewSchedule.from_dict(data.get("review", {}), "passport.review"),
            jurisdiction=_jurisdiction(data.get("jurisdiction", "")),
            working_pattern=(WorkingPattern.from_dict(data["working_pattern"], "passport.working_pattern")
                             if data.get("working_pattern") is not None else None),
            sharing_agreement=(SharingAgreement.from_dict(data["sharing_agreement"], "passport.sharing_agreement")
                               if data.get("sharing_agreement") is not None else SharingAgreement()),
        )

    def copy(self) -> Passport:
        """A deep copy (edits to it never touch this passport)."""
        return Passport.from_dict(self.to_dict())


# --- validation helpers --------------------------------------------------------------------------

def _jurisdiction(value: Any) -> Jurisdiction:
    try:
        return parse_jurisdiction(value, "passport.jurisdiction")
    except ValueError as error:
        raise ValidationError(str(error)) from None


def _text(value: Any, where: str, limit: int = MAX_TEXT) -> str:
    return text(value, where, limit)


def _uuid(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(_("{where} must be an id.").format(where=where))
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise ValidationError(_("{where} is not a valid id: {value!r}.").format(
                                  where=where, value=value[:40])) from None


def _date_out(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _date_in(value: Any, where: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValidationError(_("{where} must be a date (YYYY-MM-DD).").format(where=where))
    return parse_date(value, where)


def parse_date(value: str, where: str = "date") -> dt.date:
    """Parse an ISO date (YYYY-MM-DD), with a clear error."""
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(_("{where} must be a date written as YYYY-MM-DD (got {value!r}).").format(
                                  where=where, value=value[:40])) from None

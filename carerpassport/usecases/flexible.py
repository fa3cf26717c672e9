"""Statutory flexible-working requests: draft one from the passport, export it, and track what happened.

The rules are in :mod:`carerpassport.domain.flexible_working`. Requests live in their own table in the
vault (schema 6); the event log names each step and the request's id, never what it says. Each export is
in the sharing record like any other file the employee gives someone.

pyHanko and reportlab are imported inside the export, so unlocking and drafting never pay for them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Sequence
from pathlib import Path

from carerpassport.domain import flexible_working as fw
from carerpassport.domain.canonical import sha256_hex
from carerpassport.domain.dates import readable_date
from carerpassport.domain.model import ActionKind, ActionStatus, AgreedAction, Passport
from carerpassport.domain.said import Said
from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _
from carerpassport.output_files import StagedFile
from carerpassport.usecases.context import Area, Context
from carerpassport.usecases.core import Editing
from carerpassport.vault.flexible_requests import FlexibleRequestTable
from carerpassport.vault.repository import Revision

#: The passport's answers a request may draw on (the default template's ids); answers of an employer's own
#: template with other ids are offered only if these are missing.
ANSWER_FIELDS = ("caring.effect_on_work", "support.what_would_help")
#: How the letter heads each answer (the question's own label is a question to the employee, not a heading);
#: translated when offered, and a draft keeps the words it was given (the employee may change them).
LETTER_HEADINGS = {"caring.effect_on_work": N_("How my caring affects my work"),
                   "support.what_would_help": N_("What would help")}
EVENT_KIND = "flexible_request"
FORMATS = ("pdf", "txt")


@dataclasses.dataclass(frozen=True)
class Source:
    """Something from the passport a request can include: an answer or a proposed flexible-working action."""

    key: str  # "answer:<field id>" or "action:<action id>"
    heading: str
    text: str
    private: bool = False


@dataclasses.dataclass(frozen=True)
class RequestExport:
    path: Path
    sha256: str
    format: str


@dataclasses.dataclass(frozen=True)
class OutcomeApplied:
    """What :meth:`Flexible.apply_outcome_to_actions` changed in the passport (one revision)."""

    revision: Revision | None
    marked: tuple[str, ...]  # action ids changed
    added: str | None  # the id of an action added


class Flexible(Area):
    """Drafting, exporting and tracking statutory flexible-working requests."""

    def __init__(self, ctx: Context, *, editing: Editing):
        super().__init__(ctx)
        self.editing = editing

    @property
    def _table(self) -> FlexibleRequestTable:
        return FlexibleRequestTable(self.repo)

    # --- reading ---------------------------------------------------------------------------------
    def requests(self) -> list[fw.FlexibleRequest]:
        """Every request, oldest first."""
        return [fw.FlexibleRequest.from_dict(json.loads(content)) for _id, content in self._table.all()]

    def request(self, request_id: str) -> fw.FlexibleRequest:
        """The request whose id is (or begins with, at least 4 characters) ``request_id``."""
        wanted = request_id.strip().lower()
        found = [r for r in self.requests() if r.id == wanted or (len(wanted) >= 4 and r.id.startswith(wanted))]
        if len(found) != 1:
            raise fw.FlexibleWorkingError(
                _("There is no flexible-working request {request_id!r}.").format(request_id=request_id) if not found
                else _("More than one request begins with {request_id!r}; give more of its id.").format(
                    request_id=request_id))
        return found[0]

    def refusal_to_draft(self) -> str | None:
        """Why a new request cannot be drafted today (a sentence naming the dates), or None."""
        return fw.refusal_to_draft(self.requests(), self.today(), self.editing.passport().jurisdiction)

    def sources(self) -> list[Source]:
        """What the passport offers: the effect-on-work and "what would help" answers, and each proposed
        flexible-working action."""
        passport = self.editing.passport()
        out = []
        for field_id in ANSWER_FIELDS:
            answer = passport.answer(field_id)
            if answer.text.strip() and self.template.has_field(field_id):
                out.append(Source(f"answer:{field_id}", _(LETTER_HEADINGS[field_id]), answer.text,
                                  private=not answer.shared))
        for action in passport.actions:
            if action.kind is ActionKind.FLEXIBLE_WORKING and action.status is ActionStatus.PROPOSED:
                out.append(Source(f"action:{action.id}", _("An arrangement I have proposed"), action.what,
                                  private=not action.shared))
        return out

    def decision_due(self, request: fw.FlexibleRequest) -> dt.date | None:
        return fw.decision_due(request)

    # --- drafting --------------------------------------------------------------------------------
    def draft(self, *, changes: Sequence[fw.ChangeKind], change: str, effective_from: dt.date | None,
              include: Sequence[str] = (), dated: dt.date | None = None) -> fw.FlexibleRequest:
        """Start a request, with the chosen ``include`` keys (see :meth:`sources`) as its editable sections.

        Refused, with the reason, when the law does not allow a new request today (two in 12 months, one
        still undecided), when a draft is already open, or when the rules here do not apply (Northern
        Ireland) or where the employee works is not said yet.
        """
        refusal = self.refusal_to_draft()
        if refusal is not None:
            raise fw.FlexibleWorkingError(refusal)
        offered = {s.key: s for s in self.sources()}
        unknown = [k for k in include if k not in offered]
        if unknown:
            raise fw.FlexibleWorkingError(
                _("{unknown!r} is not something your passport can add to a request; choose from: {offered}.").format(
                    unknown=unknown[0],
                    offered=", ".join(offered) or _("nothing yet (answer “How does caring affect your work?” first)")))
        today = self.today()
        earlier = self.requests()
        request = fw.FlexibleRequest(
            drafted_on=today, dated=dated or today, changes=tuple(dict.fromkeys(changes)), change=change.strip(),
            effective_from=effective_from, earlier_requests=fw.earlier_request_dates(earlier),
            sections=[fw.DraftSection(k, offered[k].heading, offered[k].text) for k in dict.fromkeys(include)])
        fw.validate_draft(request)
        with self.repo.transaction():
            self._put(request)
            self._log(request, "drafted")
        return request

    def record_earlier(self, made_on: dt.date, *, awaiting: bool = False) -> fw.FlexibleRequest:
        """Record a request made before this app was used (its date only), so the two-a-year limit and the
        next letter's "earlier requests" count it. Refused while a draft is open (its letter would be wrong)."""
        if any(not r.sent for r in self.requests()):
            raise fw.FlexibleWorkingError(_("Finish or delete your draft first: its letter lists the earlier "
                                            "requests."))
        request = fw.earlier_request(made_on, awaiting=awaiting, today=self.today())
        with self.repo.transaction():
            self._put(request)
            self._log(request, "earlier recorded")
        return request

    def update_draft(self, request: fw.FlexibleRequest) -> fw.FlexibleRequest:
        """Save the employee's edits to a draft (anything but its tracking); refused once it is sent."""
        stored = self.request(request.id)
        if stored.sent:
            raise fw.FlexibleWorkingError(_("This request was sent, so its letter can no longer change; its "
                                            "record keeps what you sent."))
        edited = dataclasses.replace(stored, dated=request.dated, changes=tuple(dict.fromkeys(request.changes)),
                                     change=request.change.strip(), effective_from=request.effective_from,
                                     sections=list(request.sections))
        fw.validate_draft(edited)
        with self.repo.transaction():
            self._put(edited)
            self._log(edited, "edited")
        return edited

    def delete_draft(self, request_id: str) -> None:
        request = self.request(request_id)
        if request.sent and not request.earlier_only:  # an earlier request typed in by mistake can go
            raise fw.FlexibleWorkingError(_("Only a draft can be deleted; a request that was sent stays on record, "
                                            "because it counts towards the two a year."))
        with self.repo.transaction():
            self._table.delete(request.id)
            self._log(request, "deleted")

    def letter_text(self, request: fw.FlexibleRequest, *, language: str = "") -> str:
        """The letter as plain text, in ``language`` (the reader's; "" is the process's)."""
        passport = self.editing.passport()
        return fw.request_text(request, **_people(passport), language=language)

    # --- tracking --------------------------------------------------------------------------------
    def mark_sent(self, request_id: str, on: dt.date, *, email: bool,
                  received_on: dt.date | None = None) -> fw.FlexibleRequest:
        return self._change(request_id, "sent",
                            lambda r: fw.record_sent(r, on, email=email, received_on=received_on, today=self.today()))

    def mark_received(self, request_id: str, on: dt.date) -> fw.FlexibleRequest:
        return self._change(request_id, "received", lambda r: fw.record_received(r, on))

    def extend(self, request_id: str, to: dt.date, *, agreed_on: dt.date | None = None) -> fw.FlexibleRequest:
        return self._change(request_id, "extended",
                            lambda r: fw.record_extension(r, to, agreed_on=agreed_on or self.today()))

    def meeting(self, request_id: str, on: dt.date) -> fw.FlexibleRequest:
        return self._change(request_id, "meeting", lambda r: fw.record_meeting(r, on))

    def outcome(self, request_id: str, kind: fw.OutcomeKind, *, decided_on: dt.date | None = None,
                reasons: Sequence[fw.RefusalReason] = (), trial_ends: dt.date | None = None) -> fw.FlexibleRequest:
        return self._change(request_id, "outcome", lambda r: fw.record_outcome(
            r, kind, decided_on=decided_on or self.today(), reasons=reasons, trial_ends=trial_ends))

    def appeal(self, request_id: str, made_on: dt.date, *, outcome: fw.AppealOutcome = fw.AppealOutcome.PENDING,
               decided_on: dt.date | None = None) -> fw.FlexibleRequest:
        return self._change(request_id, "appeal",
                            lambda r: fw.record_appeal(r, made_on, outcome=outcome, decided_on=decided_on))

    def apply_outcome_to_actions(self, request_id: str) -> OutcomeApplied:
        """Bring the passport's agreed actions in line with the decision, as one new revision (undo it from
        History): a granted request marks the proposed flexible-working actions it included as agreed
        (with the trial's end as their review date), or adds one agreed action for the change when it
        included none; a refusal marks the included proposed actions declined, with the reasons."""
        request = self.request(request_id)
        if request.outcome is None or (request.outcome.kind is fw.OutcomeKind.WITHDRAWN):
            raise fw.FlexibleWorkingError(_("Record the employer's decision first; a withdrawn request changes nothing "
                                            "in your passport."))
        passport = self.editing.passport()
        included = {s.source.removeprefix("action:") for s in request.sections if s.source.startswith("action:")}
        matching = [a for a in passport.actions if a.id in included and a.kind is ActionKind.FLEXIBLE_WORKING
                    and a.status is ActionStatus.PROPOSED]
        decided = request.outcome.decided_on
        if request.appeal is not None and request.appeal.decided_on is not None:
            decided = request.appeal.decided_on
        added: str | None = None
        if fw.granted(request):
            for action in matching:
                action.status, action.agreed_on = ActionStatus.AGREED, decided
                if request.outcome.trial_ends:
                    action.review_on = request.outcome.trial_ends
            if not matching:
                action = AgreedAction(what=_action_text(request), kind=ActionKind.FLEXIBLE_WORKING,
                                      status=ActionStatus.AGREED, agreed_on=decided,
                                      implement_by=max(request.effective_from or decided, decided),
                                      review_on=request.outcome.trial_ends)
                passport.actions.append(action)
                added = action.id
        else:
            reasons = "; ".join(fw.REFUSAL_REASON_LABELS[r] for r in request.outcome.reasons)
            for action in matching:
                action.status, action.decline_reason = ActionStatus.DECLINED, f"Request refused: {reasons}"[:1000]
        revision = self.editing.save(passport)
        return OutcomeApplied(revision, tuple(a.id for a in matching), added)

    # --- export ----------------------------------------------------------------------------------
    def export(self, request_id: str, out_path: Path, *, format: str | None = None,
               recipient: str | None = None, language: str = "") -> RequestExport:
        """Write the request as a signed PDF or plain text (from the file's suffix unless ``format``),
        atomically, in ``language`` (the reader's: "cy"; "" is the process's); the export is logged and put
        in the sharing record in the same transaction."""
        out_path = Path(out_path)
        fmt = (format or out_path.suffix.lstrip(".")).lower()
        if fmt not in FORMATS:
            raise fw.FlexibleWorkingError(_("Export a request as .pdf (signed) or .txt (plain text), not "
                                            "{fmt!r}.").format(
                                              fmt=fmt))
        request = self.request(request_id)
        fw.check_complete(request)
        passport = self.editing.passport()
        people = _people(passport)
        data = self._render(request, people, fmt, language)
        who = (recipient or "").strip() or people["manager"] or "your line manager"
        shared = [s.source.removeprefix("answer:") for s in request.sections if s.source.startswith("answer:")]
        if any(s.source.startswith("action:") for s in request.sections):
            shared.append("actions")
        digest = sha256_hex(data)
        staged = StagedFile(out_path, data)
        try:
            with self.repo.transaction():
                revision = self.editing.latest_revision().number
                self.repo.log("export", Said(N_("Flexible-working request ({format}) for {recipient}"),
                                             format=fmt.upper(), recipient=who), revision=revision,
                              file_sha256=digest, details={"format": f"flexible-request-{fmt}", "recipient": who,
                                                           "request": request.id, "fields": shared,
                                                           "file_name": out_path.name})
                self.repo.add_share(recipient=who, purpose="flexible-working request", format=f"flexible-request-{fmt}",
                                    revision=revision, fields=shared, file_sha256=digest, file_name=out_path.name)
            staged.commit()
        except BaseException:
            staged.discard()
            raise
        return RequestExport(out_path, digest, fmt)

    def _render(self, request: fw.FlexibleRequest, people: dict[str, str], fmt: str, language: str) -> bytes:
        if fmt == "txt":
            return fw.request_text(request, **people, language=language).encode("utf-8")
        from carerpassport.exchange.request_pdf import RequestFacts, signed_request_pdf

        identity = self.identity()
        letter = fw.request_letter(request, **people, language=language)
        facts = RequestFacts(request_id=request.id, fingerprint=identity.fingerprint, title=letter.title,
                             author=people["employee"] or "the employee")
        return signed_request_pdf(letter, facts, identity, when=self.clock(), language=language)

    # --- storage ---------------------------------------------------------------------------------
    def _change(self, request_id: str, step: str,
                change: Callable[[fw.FlexibleRequest], None]) -> fw.FlexibleRequest:
        request = self.request(request_id)
        change(request)
        with self.repo.transaction():
            self._put(request)
            self._log(request, step)
        return request

    def _put(self, request: fw.FlexibleRequest) -> None:
        self._table.put(request.id, json.dumps(request.to_dict(), sort_keys=True))

    def _log(self, request: fw.FlexibleRequest, step: str) -> None:
        # The step and the id only: what the request asks, its dates and its outcome stay in its own record.
        self.repo.log(EVENT_KIND, Said(_STEP_WORDS[step]), details={"request": request.id, "step": step})


#: The log's words for each step of a request (the step's code stays in the entry's details).
_STEP_WORDS = {
    "drafted": N_("Flexible-working request drafted"),
    "earlier recorded": N_("Flexible-working request earlier recorded"),
    "edited": N_("Flexible-working request edited"),
    "deleted": N_("Flexible-working request deleted"),
    "sent": N_("Flexible-working request sent"),
    "received": N_("Flexible-working request received"),
    "extended": N_("Flexible-working request extended"),
    "meeting": N_("Flexible-working request meeting"),
    "outcome": N_("Flexible-working request outcome"),
    "appeal": N_("Flexible-working request appeal"),
}


def _people(passport: Passport) -> dict[str, str]:
    return {"employee": passport.employee.name.strip(), "manager": passport.manager.name.strip(),
            "employee_role": passport.employee.role.strip(), "staff_number": passport.employee.staff_number.strip()}


def _action_text(request: fw.FlexibleRequest) -> str:
    start = f" from {readable_date(request.effective_from)}" if request.effective_from else ""
    return (request.change.strip() or "Flexible working")[:900] + start

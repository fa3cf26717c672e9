"""Reviews, the sharing record, a change of manager, reminders and the checklist.

pyHanko (with aiohttp) and reportlab take about a second and 30 MB to import, so the modules that need
them are imported inside the methods that use them: unlocking and editing never pay for them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

from carerpassport.domain import review_session
from carerpassport.domain.canonical import canonical_bytes, sha256_hex
from carerpassport.domain.dates import readable_date, readable_iso
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.review import default_next_review
from carerpassport.domain.said import Said
from carerpassport.domain.shared_letters import letter_of
from carerpassport.domain.sharing_agreement import FUTURE_MANAGER
from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _
from carerpassport.output_files import StagedFile, atomic_write
from carerpassport.usecases.context import Area, Context
from carerpassport.usecases.core import REASON_EDIT, REASON_REVIEW, Editing
from carerpassport.usecases.flexible import Flexible
from carerpassport.usecases.pdfs import SHARED_OUTSIDE_AGREEMENT, SHARING_REFUSED, Pdfs
from carerpassport.vault.repository import Event, Revision, Share

if TYPE_CHECKING:
    from carerpassport.exchange.pdf_sign import ExportResult


class Reviews(Area):
    """Reviews, reminders and the checklist."""

    def __init__(self, ctx: Context, *, editing: Editing, flexible: Flexible | None = None):
        super().__init__(ctx)
        self.editing = editing
        self.flexible = flexible  # its decision dates go into the calendar too

    #: Where an unfinished review waits between "start" and "done": inside the vault, never in a file.
    REVIEW_META_KEY = "review_in_progress"

    def current_review(self) -> review_session.ReviewSession | None:
        """The review started but not yet finished, if any."""
        stored = self.repo.get_meta(self.REVIEW_META_KEY)
        if not stored:
            return None
        return review_session.ReviewSession.from_dict(json.loads(stored))

    def start_review(self, trigger: str = review_session.TRIGGER_SCHEDULED) -> review_session.ReviewSession:
        """Start a review: every answered question and live agreed action, asked "still true?".

        Raises :class:`~carerpassport.domain.review_session.ReviewInProgressError` if one is already open.
        """
        existing = self.current_review()
        if existing is not None:
            raise review_session.ReviewInProgressError(
                _("A review started on {started_on} is still open: finish it "
                  "(carerpassport review done) or cancel it (carerpassport review cancel) first.").format(
                  started_on=readable_date(existing.started_on)))
        latest = self.editing.latest_revision()
        session = review_session.start_review(self.editing.passport(), self.template, today=self.today(),
                                              base_revision=latest.number, trigger=trigger)
        with self.repo.transaction():
            self._store_review(session)
            kind = "circumstances" if session.circumstances_changed else "scheduled"
            self.repo.log("review_started", Said(N_("Review started (circumstances changed)"))
                          if session.circumstances_changed else Said(N_("Review started")),
                          revision=latest.number, details={"trigger": kind, "items": len(session.items)})
        return session

    def circumstances_changed(self, reason: str) -> review_session.ReviewSession:
        """"My circumstances changed": start a review at once, with what changed as its reason."""
        if not reason.strip() or reason.strip() == review_session.TRIGGER_SCHEDULED:
            raise ValidationError(_("Say briefly what changed (for example “my caring hours went up”)."))
        return self.start_review(reason)

    def save_review(self, session: review_session.ReviewSession) -> None:
        """Keep the verdicts recorded so far, so the review can be finished later."""
        self._require_review()
        with self.repo.transaction():
            self._store_review(session)

    def mark_review_item(self, key: str, verdict: str, new_text: str = "") -> review_session.Outcome:
        """Record "still true", "changed" (with the new text) or "no longer applies" for one item."""
        session = self._require_review()
        outcome = session.record(key, verdict, new_text)
        with self.repo.transaction():
            self._store_review(session)
        return outcome

    def mark_agreement(self, answer: review_session.AgreementAnswer | str) -> review_session.AgreementAnswer:
        """Record whether the sharing agreement still holds ("holds") or is to be changed ("change")."""
        session = self._require_review()
        recorded = session.record_agreement(answer)
        with self.repo.transaction():
            self._store_review(session)
        return recorded

    def preview_review(self, session: review_session.ReviewSession, *,
                       next_review: dt.date | None = None) -> review_session.ReviewResult:
        """What finishing ``session`` now would give (nothing is saved)."""
        # The employer's template may ask for reviews more often than every 12 months.
        default = default_next_review(self.today(), self.template.review_interval_months)
        return review_session.apply_review(self.editing.passport(), session, today=self.today(),
                                           next_review=next_review or default)

    def finish_review(self, session: review_session.ReviewSession, *,
                      next_review: dt.date | None = None) -> Revision:
        """Apply the review to the current passport and save it as a new revision (reason "review"),
        even when nothing changed: the review itself is part of the record."""
        stored = self._require_review()
        if (stored.started_on, stored.trigger, stored.base_revision) != (
                session.started_on, session.trigger, session.base_revision):
            raise review_session.NoReviewError(_("This review was replaced by another one started since; open the "
                                                 "review again to continue the current one."))
        result = self.preview_review(session, next_review=next_review)
        self.editing.validate(result.passport)
        summary = result.summary
        with self.repo.transaction():
            revision = self.repo.append_revision(canonical_bytes(result.passport.to_dict()), REASON_REVIEW)
            self.repo.set_meta(self.REVIEW_META_KEY, "")
            self.repo.log("review", summary.headline_said(), revision=revision.number,
                          details={"trigger": "circumstances" if session.circumstances_changed else "scheduled",
                                   "next_review": summary.next_review.isoformat(),
                                   "changed": summary.count(review_session.Verdict.CHANGED),
                                   "ended": summary.count(review_session.Verdict.NO_LONGER_APPLIES),
                                   "unchanged": summary.count(review_session.Verdict.UNCHANGED),
                                   "confirmed": summary.confirmed, "not_marked": summary.not_marked,
                                   "sharing_agreement": session.agreement.value if session.agreement else None})
        return revision

    def cancel_review(self) -> None:
        """Drop the open review; the passport is unchanged."""
        self._require_review()
        with self.repo.transaction():
            self.repo.set_meta(self.REVIEW_META_KEY, "")
            self.repo.log("review_cancelled", Said(N_("Review cancelled")))

    def _require_review(self) -> review_session.ReviewSession:
        session = self.current_review()
        if session is None:
            raise review_session.NoReviewError(_("No review is open. Start one first (carerpassport review start)."))
        return session

    def _store_review(self, session: review_session.ReviewSession) -> None:
        self.repo.set_meta(self.REVIEW_META_KEY, json.dumps(session.to_dict(), sort_keys=True))

    def write_reminders(self, out_path: Path) -> int:
        """Write the review dates as an iCalendar file (neutral titles only); return how many events."""
        from carerpassport.exchange.reminders import (
            build_calendar,
            flexible_request_reminders,
            leave_notice_reminders,
            reminders_for,
        )
        from carerpassport.usecases.leave import stored_entries

        passport = self.editing.passport()
        extra = leave_notice_reminders(passport, stored_entries(self.repo), self.today())
        if self.flexible is not None:
            extra += flexible_request_reminders(passport, self.flexible.requests(), self.today())
        data = build_calendar(passport, now=self.clock(), extra=extra)
        atomic_write(Path(out_path), data)
        count = len(reminders_for(passport, self.today())) + len(extra)
        # Translators: {count}: how many reminders the calendar file holds.
        self.repo.log("reminders", Said(N_("Calendar reminders written ({count})"), count=count),
                      file_sha256=sha256_hex(data))
        return count

    def write_checklist(self, out_path: Path) -> str:
        """Write the private preparation checklist PDF; return its SHA-256. Not a share: it is for you."""
        from carerpassport.domain.checklist import build_checklist
        from carerpassport.exchange.checklist_pdf import render_checklist

        data = render_checklist(build_checklist(self.template, self.editing.passport(), today=self.today()))
        atomic_write(Path(out_path), data)
        digest = sha256_hex(data)
        self.repo.log("checklist", Said(N_("Private preparation checklist written")), file_sha256=digest)
        return digest


class Shares(Area):
    """The sharing record, consent withdrawals, and a change of line manager."""

    def __init__(self, ctx: Context, *, editing: Editing, pdfs: Pdfs):
        super().__init__(ctx)
        self.editing = editing
        self.pdfs = pdfs

    def shares(self) -> list[Share]:
        """The sharing record: every export or bundle, oldest first, with consent withdrawals."""
        return self.repo.shares()

    def share(self, share_id: int) -> Share:
        for share in self.repo.shares():
            if share.id == share_id:
                return share
        raise ValidationError(_("There is no share {share_id} in your sharing record.").format(share_id=share_id))

    def agreement_decisions(self) -> list[Event]:
        """The log's decisions about shares outside the sharing agreement (confirmed, or refused because not
        confirmed), oldest first: the Sharing page shows them beside the record."""
        found = self.repo.events(SHARED_OUTSIDE_AGREEMENT) + self.repo.events(SHARING_REFUSED)
        return sorted(found, key=lambda event: event.id)

    def withdraw_consent(self, share_id: int) -> str:
        """Mark consent withdrawn for one share; return a short note asking the recipient to delete it."""
        share = self.share(share_id)
        letter = letter_of(share.format)
        if letter is not None:  # a notice or a request to the employer: see domain/shared_letters.py
            raise ValidationError(letter.why_no_withdrawal)
        if share.withdrawn_at:
            raise ValidationError(_("Consent for share {share_id} was already withdrawn on "
                                    "{readable_iso}.").format(
                                    share_id=share_id, readable_iso=readable_iso(share.withdrawn_at[:10])))
        with self.repo.transaction():
            self.repo.withdraw_share(share_id)
            self.repo.log("consent_withdrawn", Said(N_("Consent withdrawn for share {share}"), share=share_id),
                          revision=share.revision,
                          file_sha256=share.file_sha256, details={"share": share_id, "recipient": share.recipient})
        return self._withdrawal_note(share)

    def _withdrawal_note(self, share: Share) -> str:
        employee = self.editing.passport().employee.name or _("the sender")
        sent = readable_iso(share.at[:10])
        what = (_("the file “{name}”").format(name=share.file_name) if share.file_name
                # Translators: {format} is a file format's name, such as PDF.
                else _("a {format} file").format(format=share.format.upper()))
        # Translators: a note the employee sends to someone who holds a copy of their passport; keep the blank
        # lines ({what} is "the file “passport.pdf”" or "a PDF file", {sent} a date).
        return _("Dear {recipient},\n\n"
                 "On {sent} I shared a copy of my carer's passport with you ({what}, revision {revision}; its SHA-256 "
                 "fingerprint begins {fingerprint}).\n\n"
                 "I no longer consent to you keeping it. Please delete every copy you hold, including printed copies, "
                 "attachments in email and copies on shared drives, and let me know when you have done so. Please do "
                 "not pass it to anyone else.\n\n"
                 "Thank you,\n{employee}\n").format(
            recipient=share.recipient or _("colleague"), sent=sent, what=what, revision=share.revision,
            fingerprint=share.file_sha256[:16], employee=employee)

    def holdings(self, recipient: str) -> list[Share]:
        """Exactly what ``recipient`` holds: each share to them whose consent is not withdrawn."""
        wanted = " ".join(recipient.split()).casefold()
        if not wanted:
            raise ValidationError(_("Say whose copies to look up (the recipient's name as recorded)."))
        return [s for s in self.repo.shares()
                if not s.withdrawn_at and " ".join(s.recipient.split()).casefold() == wanted]

    def shareable_fields(self) -> list[tuple[str, str]]:
        """``(field id, label)`` for each answered question: what could be shared with someone."""
        return review_session.shareable_fields(self.editing.passport(), self.template)

    def change_manager(self, name: str, *, contact: str = "", share_fields: list[str] | None = None,
                       share_actions: bool = False,
                       confirm_outside_agreement: bool = False) -> review_session.ManagerChange:
        """Record a new line manager (a new revision) and retire the previous manager's pinned
        certificate (kept in the history). The employee's own share choices are not touched: the chosen
        ``share_fields`` (default: nothing) are returned for the export to the new manager.

        Until this, the new manager is "a future line manager" under the sharing agreement: one it does not
        allow is refused unless ``confirm_outside_agreement`` (either way logged)."""
        decision = self.pdfs.require_agreement(FUTURE_MANAGER, confirmed=confirm_outside_agreement,
                                               what="change_manager")
        with self.repo.transaction():
            change = self._change_manager(name, contact=contact, share_fields=share_fields,
                                          share_actions=share_actions)
            self.pdfs.log_agreement_confirmed(FUTURE_MANAGER, decision, "change_manager", change.revision)
        return change

    def _change_manager(self, name: str, *, contact: str, share_fields: list[str] | None,
                        share_actions: bool) -> review_session.ManagerChange:
        change = review_session.with_new_manager(self.editing.passport(), self.template, name, contact=contact,
                                                 share_fields=share_fields, share_actions=share_actions)
        self.editing.validate(change.passport)
        with self.repo.transaction():
            revision = self.repo.append_revision(canonical_bytes(change.passport.to_dict()), REASON_EDIT,
                                                 Said(N_("New line manager recorded")))
            retired = [p for p in self.repo.pins(include_retired=False) if p.role == "manager"]
            for pin in retired:
                self.repo.retire_pin(pin.id)
            self.repo.log("manager_changed",
                          Said(N_("New line manager recorded; earlier arrangements to be agreed again")),
                          revision=revision.number,
                          details={"retired_pins": [p.fingerprint for p in retired],
                                   "chosen_fields": list(change.share_fields), "actions": change.share_actions})
        return dataclasses.replace(change, revision=revision.number, retired_pins=tuple(p.name for p in retired))

    def change_manager_and_export(self, name: str, out_path: Path, *, contact: str = "",
                                  share_fields: list[str] | None = None,
                                  share_actions: bool = False, confirm_outside_agreement: bool = False,
                                  ) -> tuple[review_session.ManagerChange, ExportResult]:
        """:meth:`change_manager` and the signed PDF for the new manager, all or nothing: the PDF is signed and
        written under a temp name inside the same transaction, and put in place only once that commits. A
        folder that cannot be written (read-only, full) leaves the manager, the pins and the log unchanged.
        The sharing agreement is asked about them as a future line manager, as :meth:`change_manager` does."""
        decision = self.pdfs.require_agreement(FUTURE_MANAGER, confirmed=confirm_outside_agreement,
                                               what="change_manager")
        staged: StagedFile | None = None
        try:
            with self.repo.transaction():
                change = self._change_manager(name, contact=contact, share_fields=share_fields,
                                              share_actions=share_actions)
                self.pdfs.log_agreement_confirmed(FUTURE_MANAGER, decision, "change_manager", change.revision)
                staged, result = self.pdfs.stage_export(Path(out_path), recipient=change.manager.name,
                                                        purpose="new line manager", fields=list(change.share_fields),
                                                        include_actions=change.share_actions,
                                                        # each share field names one answer for them, explicitly
                                                        include_private=True)
            staged.commit()
        except BaseException:
            if staged is not None:
                staged.discard()
            raise
        return change, result

"""Exporting the passport as a signed PDF, and verifying a passport PDF.

pyHanko (with aiohttp) and reportlab take about a second and 30 MB to import, so the modules that need
them are imported inside the methods that use them: unlocking and editing never pay for them.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from carerpassport.domain.canonical import sha256_hex
from carerpassport.domain.errors import OutsideSharingAgreementError, PrivateAnswerError, ValidationError
from carerpassport.domain.model import MAX_NAME, MAX_PURPOSE
from carerpassport.domain.said import Arg, Listed, Question, Said
from carerpassport.domain.sharing_agreement import LINE_MANAGER, Decision, Recipient, RecipientKind, decide
from carerpassport.domain.wording import N_, current_language, in_language
from carerpassport.domain.wording import gettext as _
from carerpassport.output_files import StagedFile
from carerpassport.usecases.context import Area, Context
from carerpassport.usecases.core import Editing, passport_of

if TYPE_CHECKING:
    from carerpassport.exchange.pdf_report import VerificationReport
    from carerpassport.exchange.pdf_sign import ExportResult, SignedPdf


#: The log's kinds for the sharing agreement's decisions: a share confirmed outside it, and one refused.
SHARED_OUTSIDE_AGREEMENT = "shared_outside_agreement"
SHARING_REFUSED = "sharing_refused"


class Pdfs(Area):
    """Exporting the passport as a signed PDF, and verifying a passport PDF."""

    def __init__(self, ctx: Context, *, editing: Editing):
        super().__init__(ctx)
        self.editing = editing

    def export_signed_pdf(self, out_path: Path, *, recipient: str | None = None, purpose: str = "",
                          fields: list[str] | None = None, include_actions: bool = True,
                          include_private: bool = False, include_agreement: bool | None = None,
                          for_whom: Recipient = LINE_MANAGER, confirm_outside_agreement: bool = False,
                          language: str | None = None) -> ExportResult:
        """Write a signed PDF of what is shared to ``out_path`` (atomically), log it and record the share.

        ``fields=None`` shares what the passport marks as shared; a list shares exactly those questions,
        but one the passport marks private is refused unless ``include_private`` (then it is logged).
        ``recipient`` (the name on the copy) defaults to the line manager's name, or ``for_whom``'s.
        ``include_agreement`` puts the sharing agreement in (True) or leaves it out (False); None follows the
        passport's own choice. ``for_whom`` is the kind of recipient the sharing agreement is asked about (the
        line manager by default): one it does not allow is refused unless ``confirm_outside_agreement``
        (either way logged). ``language`` is the copy's ("en", "cy"; default the process's): a Welsh-speaking
        employee may send an English copy.
        """
        decision = self.require_agreement(for_whom, confirmed=confirm_outside_agreement, what="pdf")
        if recipient is None and for_whom.kind is not None:
            recipient = for_whom.title
        staged: StagedFile | None = None
        try:
            # The file appears only once the export is in the sharing record, so the record never misses a copy.
            with self.repo.transaction():
                staged, result = self.stage_export(Path(out_path), recipient=recipient, purpose=purpose,
                                                        fields=fields, include_actions=include_actions,
                                                        include_private=include_private,
                                                        include_agreement=include_agreement, for_whom=for_whom,
                                                        decision=decision, language=language)
            staged.commit()
        except BaseException:
            if staged is not None:
                staged.discard()
            raise
        return result

    def stage_export(self, out_path: Path, *, recipient: str | None, purpose: str, fields: list[str] | None,
                     include_actions: bool, include_private: bool = False,
                     include_agreement: bool | None = None, for_whom: Recipient = LINE_MANAGER,
                     decision: Decision | None = None,
                     language: str | None = None) -> tuple[StagedFile, ExportResult]:
        """Sign the latest revision, write it beside ``out_path`` under a temp name and record the export and
        the share. Inside the caller's transaction: the caller commits it, then the file (or discards it).
        ``decision``: :meth:`require_agreement`'s, taken before the transaction (a confirmation is logged here);
        ``language``: the copy's (default the process's)."""
        from carerpassport.exchange.pdf_sign import ExportResult

        private = self.private_fields_chosen(fields, include_private=include_private)
        revision, signed = self.signed_pdf(recipient, purpose, fields, include_actions, include_agreement,
                                           language=language)
        digest = sha256_hex(signed.pdf)
        staged = StagedFile(out_path, signed.pdf)
        try:
            # Translators: {recipient}: the name the employee typed; {private}: the phrase about private
            # answers below, or nothing.
            self.repo.log("export", Said(N_("Signed PDF of revision {revision} for {recipient}{private}"),
                                         revision=revision, recipient=signed.facts.recipient,
                                         private=self.private_note(private)), revision=revision, file_sha256=digest,
                          details={"format": "pdf", "recipient": signed.facts.recipient, "fields": signed.fields,
                                   "private_fields": private, "for": for_whom.code,
                                   "content_sha256": signed.facts.content_sha256, "file_name": out_path.name})
            if decision is not None:
                self.log_agreement_confirmed(for_whom, decision, "pdf", revision)
            self.repo.add_share(recipient=signed.facts.recipient, purpose=signed.facts.purpose, format="pdf",
                                revision=revision, fields=signed.fields, file_sha256=digest, file_name=out_path.name)
        except BaseException:
            staged.discard()
            raise
        return staged, ExportResult(path=out_path, sha256=digest, revision=revision, fields=signed.fields,
                                    passport_json=signed.passport_json)

    # --- honouring the sharing agreement ---------------------------------------------------------------
    def agreement_decision(self, for_whom: Recipient = LINE_MANAGER) -> Decision:
        """What the current passport's sharing agreement says about sharing it with ``for_whom`` (nothing is
        logged: the export dialog asks this before it asks the employee)."""
        return decide(self.editing.passport().sharing_agreement, for_whom.kind, for_whom.label)

    def require_agreement(self, for_whom: Recipient, *, confirmed: bool, what: str) -> Decision:
        """The agreement's decision for ``for_whom``; one that needs the employee's confirmation, without it, is
        refused with :class:`OutsideSharingAgreementError` and the refusal logged (in a transaction of its own,
        so call this before the export's). ``what``: "pdf", "bundle" or "change_manager"."""
        decision = self.agreement_decision(for_whom)
        if decision.needs_confirmation and not confirmed:
            raise self.refuse_outside_agreement(for_whom, decision, what)
        return decision

    def refuse_outside_agreement(self, for_whom: Recipient, decision: Decision,
                                 what: str) -> OutsideSharingAgreementError:
        """Log that a share outside the agreement was not confirmed (the dialog's "No", or a command without
        --confirm-outside-agreement), and return the error that says so."""
        with self.repo.transaction():
            # Translators: {what}: "a signed PDF", "an encrypted bundle"…; {whom}: "your line manager", "HR"…
            self.repo.log(SHARING_REFUSED, Said(N_("Refused: not confirmed ({what} for {whom}, outside the sharing "
                                                   "agreement)"), what=Said(_WHAT[what]), whom=_kind_words(for_whom)),
                          details=_decision_details(for_whom, decision, what))
        return OutsideSharingAgreementError(
            _("{sentence} Nothing was written. To share it anyway, confirm it "
              "(--confirm-outside-agreement); it will be recorded in your log.").format(
              sentence=decision.sentence), decision.verdict.value)

    def log_agreement_confirmed(self, for_whom: Recipient, decision: Decision, what: str,
                                revision: int | None = None) -> None:
        """Inside the share's transaction: log that the employee confirmed a share the agreement does not
        allow as it stands (nothing when it does allow it)."""
        if decision.needs_confirmation:
            # Translators: {what}: "a signed PDF", "an encrypted bundle"…; {whom}: "your line manager", "HR"…
            self.repo.log(SHARED_OUTSIDE_AGREEMENT, Said(N_("Shared outside the sharing agreement, confirmed ({what} "
                                                            "for {whom})"), what=Said(_WHAT[what]),
                                                         whom=_kind_words(for_whom)), revision=revision,
                          details=_decision_details(for_whom, decision, what))

    def private_fields_chosen(self, fields: list[str] | None, *, include_private: bool) -> list[str]:
        """The answered questions in ``fields`` that the passport marks private. Unless ``include_private``
        (the employee said so explicitly), any is refused with a sentence naming them: sharing a private
        answer must never be the side effect of a field list."""
        if fields is None:
            return []
        passport = self.editing.passport()
        private = [f for f in dict.fromkeys(fields)
                   if passport.answer(f).text.strip() and not passport.answer(f).shared]
        if private and not include_private:
            names = ", ".join(f"{self._question_label(f)!r} ({f})" for f in private)
            raise PrivateAnswerError(
                _("You marked {names} as private. Nothing was written. To share "
                  "{value} in this file anyway, say so explicitly "
                  "(--include-private); it will be recorded in your sharing log.").format(
                  names=names, value='it' if len(private) == 1 else 'them'))
        return private

    def private_note(self, private: list[str]) -> Arg:
        """The words the log entry of an export adds when it included private answers ("" when none)."""
        if not private:
            return ""
        # Translators: added to the log entry of an export; {questions}: the questions' titles.
        return Said(N_("; it includes answers you marked private: {questions}"),
                    questions=Listed(tuple(Question(f, self._question_label(f)) for f in private)))

    def _question_label(self, field_id: str) -> str:
        return self.template.field(field_id).label if self.template.has_field(field_id) else field_id

    def render_signed_pdf(self, *, recipient: str | None = None, purpose: str = "", fields: list[str] | None = None,
                          include_actions: bool = True, include_agreement: bool | None = None,
                          language: str | None = None) -> bytes:
        """The same signed PDF as :meth:`export_signed_pdf`, as bytes: no file, no log (previews, bundles)."""
        return self.signed_pdf(recipient, purpose, fields, include_actions, include_agreement, language=language)[1].pdf

    def verify_file(self, path: Path) -> VerificationReport:
        """Check a passport PDF: who signed it, intact, countersigned, and whether this vault signed it.

        Writes nothing. Raises :class:`NotAPassportFileError` or :class:`TamperedDocumentError` only when
        the file cannot be examined at all; every other finding is in the report's ``problems``.
        """
        from carerpassport.exchange.pdf_reading import read_pdf_file
        from carerpassport.exchange.pdf_report import inspect_passport_pdf

        report = inspect_passport_pdf(read_pdf_file(Path(path)))
        mine = report.signer_fingerprint == self.identity().fingerprint
        return dataclasses.replace(report, signed_by_this_vault=mine)

    def signed_pdf(self, recipient: str | None, purpose: str, fields: list[str] | None,
                   include_actions: bool, include_agreement: bool | None = None, *,
                   language: str | None = None) -> tuple[int, SignedPdf]:
        """The latest revision's number and its signed PDF (for ``recipient``, default the line manager), in
        ``language`` (the copy's; default the process's): nothing written, nothing logged. Exports and bundles
        build on it."""
        from carerpassport.exchange.pdf_sign import signed_export

        if len(purpose) > MAX_PURPOSE:
            raise ValidationError(_("The purpose of sharing is {count} characters; at most {max_purpose} fit on "
                                    "the copy. Shorten it and export again.").format(
                                    count=len(purpose), max_purpose=MAX_PURPOSE))
        if recipient is not None and len(recipient) > MAX_NAME:
            raise ValidationError(_("The recipient's name is {count} characters; at most {max_name} fit. "
                                    "Shorten it and export again.").format(count=len(recipient), max_name=MAX_NAME))
        language = language or current_language()
        latest = self.editing.latest_revision()
        passport = passport_of(latest)
        # Translators: who the copy is for when the employee named nobody ("Shared with your line manager").
        who = (recipient or "").strip() or passport.manager.name.strip() or in_language(language,
                                                                                         N_("your line manager"))
        return latest.number, signed_export(passport, self.template, self.identity(), latest.number, recipient=who,
                                            purpose=purpose, fields=fields, include_actions=include_actions,
                                            include_agreement=include_agreement, when=self.clock(), today=self.today(),
                                            language=language)


_KIND_WORDS = {RecipientKind.FUTURE_MANAGER: N_("a future line manager"), RecipientKind.HR: N_("HR"),
               RecipientKind.OCCUPATIONAL_HEALTH: N_("occupational health"),
               RecipientKind.CRISIS_COLLEAGUE: N_("the colleague who covers in a crisis"),
               RecipientKind.OTHER: N_("someone else")}
_WHAT = {"pdf": N_("a signed PDF"), "bundle": N_("an encrypted bundle"),
         "change_manager": N_("a change of line manager")}


def _kind_words(for_whom: Recipient) -> Said:
    """The recipient's kind in words, never the name the employee typed (the log holds no content)."""
    return Said(N_("your line manager") if for_whom.kind is None else _KIND_WORDS[for_whom.kind])


def _decision_details(for_whom: Recipient, decision: Decision, what: str) -> dict[str, object]:
    return {"for": for_whom.code, "rule": decision.rule.id if decision.rule else None,
            "verdict": decision.verdict.value, "what": what}

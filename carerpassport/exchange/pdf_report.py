"""What ``verify`` shows about a passport PDF: who signed it, whether it is intact, what it says, whether it
was countersigned.

:func:`inspect_passport_pdf` returns a :class:`VerificationReport` built from the one verdict of
:func:`.pdf_validation.examine`, so a file that manager mode or the import refuses fails here with the
same sentence; :meth:`VerificationReport.raise_for_problems` raises the typed error of the first problem.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.fields import MDPPerm

from carerpassport.domain.dates import readable_datetime
from carerpassport.domain.display_text import display_name
from carerpassport.domain.sharing_agreement import agreement_lines
from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _
from carerpassport.exchange.pdf_signatures import SignatureCheck
from carerpassport.exchange.pdf_validation import CheckedPdf, Problem, Verdict, examine, external_sentence

#: In English (the JSON's words); :attr:`VerificationReport.certification_words` translates.
CERTIFICATION_LABELS = {
    MDPPerm.NO_CHANGES: N_("no changes allowed"),
    MDPPerm.FILL_FORMS: N_("form filling and signing allowed"),
    MDPPerm.ANNOTATE: N_("form filling, signing and comments allowed"),
}
NOT_CERTIFICATION = N_("not a certification signature")


@dataclasses.dataclass(frozen=True)
class VerificationReport(Verdict):
    """Everything a person needs to decide whether to trust a passport PDF."""

    signer_name: str
    signer_fingerprint: str
    signer_cert_pem: bytes
    signed_at: dt.datetime | None
    intact: bool
    employee_signature_valid: bool
    certification_level: str
    #: passport.json exactly as the employee signed it (read from the signed revision).
    passport_json: bytes
    passport_id: str
    revision: int | None
    content_hash: str
    employee_name: str
    manager_name: str
    shared_field_ids: tuple[str, ...]
    shared_action_count: int
    manager_signature_present: bool
    manager_signed: bool
    manager_signature_valid: bool
    manager_covers_whole_file: bool
    manager_signer_name: str
    manager_fingerprint: str
    #: pyHanko's verdict on what changed after the employee signed ("none", "form filling", ...).
    changes_after_signing: str
    #: Countersigned (soundly, covering the whole file) in a reader whose changes pyHanko cannot classify:
    #: "signed externally — check before accepting", never accepted or refused automatically.
    signed_externally: bool = False
    #: The manager's signature covers all but validation data (DSS/VRI certificates) their reader added
    #: after they signed, which pyHanko's rules allow; ``manager_covers_whole_file`` is then still true.
    manager_validation_data_after: bool = False
    failures: tuple[Problem, ...] = ()
    notes: tuple[str, ...] = ()
    #: Set by the app: whether this vault's own key made the employee signature (None: not asked).
    signed_by_this_vault: bool | None = None
    #: The sharing agreement the file carries, one sentence a line (empty when this copy leaves it out).
    sharing_agreement: tuple[str, ...] = ()

    @property
    def problems(self) -> list[str]:
        """Every reason not to trust the file, as sentences a person can act on."""
        return [p.sentence for p in self.failures]

    @property
    def certification_words(self) -> str:
        """:attr:`certification_level` in the reader's language."""
        return _(self.certification_level)

    @property
    def shared_summary(self) -> str:
        """For example "3 answers, 1 agreed action"."""
        answers, actions = len(self.shared_field_ids), self.shared_action_count
        # Translators: the first is for exactly one, the second for any other number.
        answer_words = _("{count} answer") if answers == 1 else _("{count} answers")
        action_words = _("{count} agreed action") if actions == 1 else _("{count} agreed actions")
        # Translators: {answers} is "3 answers", {actions} "1 agreed action".
        return _("{answers}, {actions}").format(answers=answer_words.format(count=answers),
                                                actions=action_words.format(count=actions))

    @property
    def manager_coverage(self) -> str:
        """What the manager's signature covers, in words: "covers the whole file", "... except validation
        data their reader added", or "does NOT cover the whole file"."""
        if not self.manager_covers_whole_file:
            return _("does NOT cover the whole file")
        if self.manager_validation_data_after:
            return _("covers the whole file except validation data their reader added")
        return _("covers the whole file")

    def summary_lines(self) -> list[str]:
        """A short human summary (the CLI prints it; the GUI shows the same facts)."""
        unknown = _("unknown")
        # Translators: each label is padded with spaces so the values line up in a terminal; keep them lined up.
        lines = [
            _("Signed by:      {name}").format(name=self.signer_name or _("(no name in the certificate)")),
            _("Fingerprint:    {fingerprint}").format(fingerprint=self.signer_fingerprint),
            _("Signed at:      {when}").format(when=readable_datetime(self.signed_at) if self.signed_at else unknown),
            _("Intact:         yes") if self.intact else _("Intact:         NO"),
            _("Certification:  {level}").format(level=self.certification_words),
            _("Passport:       {passport}, revision {revision}").format(passport=self.passport_id or unknown,
                                                                        revision=self.revision or unknown),
            _("Content hash:   {hash}").format(hash=self.content_hash),
            _("Shared:         {summary}").format(summary=self.shared_summary),
        ]
        if self.sharing_agreement:
            lines.append(_("Sharing agreement (who else may be given this passport):"))
            lines += [f"  {line}" for line in self.sharing_agreement]
        else:
            lines.append(_("Sharing agreement: not in this copy"))
        if self.manager_signed:
            lines.append(_("Countersigned:  yes, by {name} ({coverage})").format(
                name=self.manager_signer_name or unknown, coverage=self.manager_coverage))
            lines.append(_("Manager key:    {fingerprint}").format(fingerprint=self.manager_fingerprint))
        else:
            lines.append(_("Countersigned:  no"))
        if self.signed_by_this_vault is not None:
            lines.append(_("This vault:     yes, signed with this vault's key") if self.signed_by_this_vault
                         else _("This vault:     no, another vault's key"))
        return lines


def report_of(checked: CheckedPdf) -> VerificationReport:
    """The report on a checked file. A file signed externally fails ``verify`` with the sentence the import
    shows: the person must compare it by eye; nothing here can vouch for it."""
    employee, manager, shared = checked.employee, checked.manager, checked.shared
    failures = checked.failures
    if checked.external_reason:
        failures = (*failures, Problem(external_sentence(checked.external_reason)))
    level = employee.docmdp_level
    return VerificationReport(
        signer_name=employee.signer_name, signer_fingerprint=employee.fingerprint, signer_cert_pem=employee.cert_pem,
        signed_at=employee.signed_at, intact=employee.intact, employee_signature_valid=employee.sound,
        certification_level=CERTIFICATION_LABELS.get(level, NOT_CERTIFICATION)
        if level is not None and employee.certification else NOT_CERTIFICATION,
        passport_json=checked.passport_json, passport_id=str(shared.get("id", "")), revision=checked.marked_revision,
        content_hash=checked.content_hash, employee_name=display_name(_dig(shared, "employee", "name")),
        manager_name=display_name(_dig(shared, "manager", "name")),
        shared_field_ids=tuple(sorted(shared["answers"])) if isinstance(shared.get("answers"), dict) else (),
        shared_action_count=len(shared["actions"]) if isinstance(shared.get("actions"), list) else 0,
        manager_signature_present=checked.manager_field_present, manager_signed=manager is not None,
        manager_signature_valid=bool(manager and manager.sound),
        manager_covers_whole_file=bool(manager and checked.manager_covers_all),
        manager_validation_data_after=bool(manager and checked.manager_covers_all and not manager.whole_file),
        manager_signer_name=manager.signer_name if manager else "",
        manager_fingerprint=manager.fingerprint if manager else "",
        changes_after_signing=_changes_label(employee), signed_externally=bool(checked.external_reason),
        failures=failures, notes=checked.notes,
        sharing_agreement=tuple(agreement_lines(checked.passport.sharing_agreement))
        if checked.passport is not None and "sharing_agreement" in shared else ())


def inspect_passport_pdf(data: bytes) -> VerificationReport:
    """Check ``data`` and report. Raises only when the file cannot be examined at all (see
    :func:`.pdf_validation.examine`); every other finding is a problem in the report."""
    return report_of(examine(data))


def _changes_label(employee: SignatureCheck) -> str:
    level = employee.modification
    if employee.whole_file:
        return "none"
    if level in (None, ModificationLevel.NONE):
        return "unknown"
    return {ModificationLevel.LTA_UPDATES: "validation data only",
            ModificationLevel.FORM_FILLING: "form filling and signing",
            ModificationLevel.ANNOTATIONS: "comments or annotations"}.get(level, "other changes")


def _dig(data: dict[str, Any], *path: str) -> Any:
    node: Any = data
    for key in path:
        node = node.get(key, "") if isinstance(node, dict) else ""
    return node or ""

"""Manager mode (countersign a passport) and importing the countersigned copy.

pyHanko (with aiohttp) and reportlab take about a second and 30 MB to import, so the modules that need
them are imported inside the methods that use them: unlocking and editing never pay for them.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carerpassport.domain.canonical import canonical_bytes
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.said import Said
from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _
from carerpassport.exchange.errors import OwnKeyCountersignError
from carerpassport.exchange.received import PASSPORT_JSON_DETAIL, RECEIVED_KIND, ReceivedRecord
from carerpassport.output_files import staged_write
from carerpassport.usecases.context import Area, Context
from carerpassport.usecases.core import REASON_COUNTERSIGNED, Editing
from carerpassport.vault.repository import Attachment, Revision

#: Where a countersign comment not yet signed is kept: the vault's meta table, encrypted with the rest of the
#: vault (never settings or a temp file: the comment is about someone's caring situation), one entry per
#: passport file, keyed by the file's SHA-256.
COMMENT_DRAFT_PREFIX = "countersign.comment_draft."
#: A draft is what the comment box holds; it need not fit the signed field yet, but it is bounded.
MAX_COMMENT_DRAFT_CHARS = 20_000
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")

if TYPE_CHECKING:
    from carerpassport.exchange import countersigned_import
    from carerpassport.exchange.countersign import (
        CountersignedPdf,
        CountersignResult,
        ReceivedPassport,
    )
    from carerpassport.exchange.passport_reading import PassportReading


class Countersigning(Area):
    """Manager mode (countersign a passport) and importing the countersigned copy."""

    def __init__(self, ctx: Context, *, editing: Editing):
        super().__init__(ctx)
        self.editing = editing

    def inspect_received(self, in_path: Path) -> ReceivedPassport:
        """Manager mode: read and check an employee's signed passport PDF (who signed it, intact). No writes.

        The result holds the bytes that were checked; :meth:`countersign` signs those, never the file again.
        """
        from carerpassport.exchange.countersign import (
            inspect_received,
        )
        from carerpassport.exchange.pdf_reading import read_pdf_file

        return inspect_received(read_pdf_file(in_path))

    def read_passport(self, pdf_bytes: bytes) -> PassportReading:
        """Manager mode: read a passport PDF (employee-signed or countersigned, held or just received) with
        the verdict on it, to show read-only; dates are judged by this vault's clock. No writes."""
        from carerpassport.exchange.passport_reading import read_passport

        return read_passport(pdf_bytes, today=self.today())

    def read_passport_file(self, in_path: Path) -> PassportReading:
        """:meth:`read_passport` of the PDF file at ``in_path`` (read once, with the PDF bounds)."""
        from carerpassport.exchange.pdf_reading import read_pdf_file

        return self.read_passport(read_pdf_file(in_path))

    def countersign_refusal(self, received: ReceivedPassport) -> str:
        """Manager mode: why this vault must not countersign ``received`` ("" when it may): a passport
        signed with this vault's own key would look "agreed by both" with only one person's agreement."""
        from carerpassport.exchange.countersigned_import import same_key

        if same_key(received.employee.cert_pem, self.identity().cert_pem):
            return _("This is your own passport, signed with your own key: countersigning it would make it look "
                     "agreed by both. Your line manager countersigns it, with their own identity.")
        return ""

    def employee_familiarity(self, received: ReceivedPassport) -> str:
        """Manager mode: one sentence on whether this vault knows the employee's certificate already (a
        warning, :meth:`familiarity_warns`, starts with "WARNING")."""
        refusal = self.countersign_refusal(received)
        if refusal:
            # Translators: {reason} is a sentence saying why this passport must not be countersigned here.
            return _("WARNING: {reason}").format(reason=refusal)
        fingerprint = received.employee.fingerprint
        trusted = [p for p in self.repo.pins(include_retired=False) if p.fingerprint == fingerprint]
        if trusted:
            return _("You trust this certificate already (as {name}).").format(name=trusted[0].name)
        earlier = self._earlier_copies(received)
        if any(r.employee_fingerprint == fingerprint for r in earlier):
            return _("You countersigned this passport before, signed with the same certificate.")
        if earlier:
            return _("WARNING: you countersigned this passport before, but it was signed with a DIFFERENT "
                     "certificate then. Check with the employee in person before signing.")
        return _("This certificate is new to you: compare the fingerprint with the employee before signing.")

    def familiarity_warns(self, received: ReceivedPassport) -> bool:
        """Whether :meth:`employee_familiarity` is a warning (in any language): the passport is this vault's
        own, or a copy countersigned before was signed with another certificate."""
        if self.countersign_refusal(received):
            return True
        fingerprint = received.employee.fingerprint
        if any(p.fingerprint == fingerprint for p in self.repo.pins(include_retired=False)):
            return False
        earlier = self._earlier_copies(received)
        return bool(earlier) and not any(r.employee_fingerprint == fingerprint for r in earlier)

    def _earlier_copies(self, received: ReceivedPassport) -> list[ReceivedRecord]:
        return [r for r in self.received_passports() if r.passport_id == received.passport_id]

    # --- the comment while it is being written ----------------------------------------------------
    def comment_draft(self, file_sha256: str) -> str:
        """Manager mode: the comment written for the passport file ``file_sha256`` and not yet signed ("" if
        none), so a comment survives cancelling the dialog and reopening the vault."""
        return self.repo.get_meta(_draft_key(file_sha256)) or ""

    def save_comment_draft(self, file_sha256: str, text: str) -> None:
        """Manager mode: keep ``text`` as the unsigned comment for the passport file ``file_sha256``, in this
        vault; an empty (or blank) text forgets the draft. Countersigning that file forgets it too."""
        if len(text) > MAX_COMMENT_DRAFT_CHARS:
            raise ValidationError(_("The comment is too long to keep ({count:,} characters; at most "
                                    "{max_comment_draft_chars:,}).").format(
                                    count=len(text), max_comment_draft_chars=MAX_COMMENT_DRAFT_CHARS))
        key = _draft_key(file_sha256)
        with self.repo.transaction():
            if text.strip():
                self.repo.set_meta(key, text)
            else:
                self.repo.delete_meta(key)

    def countersign(self, received: ReceivedPassport, out_path: Path, *, comment: str,
                    name: str | None = None, keep_copy: bool = True) -> CountersignResult:
        """Manager mode: countersign the passport the manager checked and read (:meth:`inspect_received`):
        fill the manager's fields, sign those very bytes with this vault's identity and write ``out_path``
        atomically; ``keep_copy`` keeps the countersigned copy in this vault.

        It takes the checked passport, not a path: a file replaced on disk after the check is not what
        gets signed."""
        from carerpassport.exchange.countersign import (
            CountersignResult,
            countersign_pdf,
            received_details,
            write_countersigned,
        )

        identity = self.identity()
        refusal = self.countersign_refusal(received)
        if refusal:
            raise OwnKeyCountersignError(_("{refusal} Nothing was written.").format(refusal=refusal))
        signed = countersign_pdf(received, identity, comment=comment, name=name or identity.name,
                                             date=self.today(), when=self.clock())
        write_countersigned(out_path, signed)
        kept = None
        with self.repo.transaction():
            if keep_copy:
                kept = self._keep_countersigned(signed, Path(out_path).name, received_details(signed))
            said = Said(N_("Countersigned {employee}'s passport"), employee=received.employee_name)
            self.repo.log("countersign", said,
                          file_sha256=signed.file_sha256,
                          details={"employee_fingerprint": received.employee.fingerprint, "kept": keep_copy})
            self.repo.delete_meta(_draft_key(received.file_sha256))  # signed: the draft is done with
        return CountersignResult(Path(out_path), signed, kept)

    def _keep_countersigned(self, signed: CountersignedPdf, name: str, details: dict[str, Any]) -> int:
        """Keep the countersigned copy: in place of the held copy it was made from (the one waiting for this
        countersignature, same bytes), so the held list shows one row per passport; else as a new one."""
        waiting = next((h for h in self.repo.attachment_infos(RECEIVED_KIND, omit_detail=PASSPORT_JSON_DETAIL)
                        if h.sha256 == signed.received.file_sha256 and not h.details.get("countersigned_on")), None)
        if waiting is None:
            return self.repo.add_attachment(RECEIVED_KIND, name, signed.pdf_bytes, details=details)
        details = {**details, "source": waiting.details.get("source", "pdf")}
        self.repo.replace_attachment(waiting.id, name, signed.pdf_bytes, details)
        return waiting.id

    def received_passports(self) -> list[ReceivedRecord]:
        """Manager mode: the passports this vault holds (waiting or countersigned), oldest first; read from what
        was stored beside each copy, in one query (no PDF is read)."""
        kept = self.repo.attachment_infos(RECEIVED_KIND, omit_detail=PASSPORT_JSON_DETAIL)
        return [ReceivedRecord.from_stored(a.id, a.created, a.details, a.sha256) for a in kept]

    def received_passport_pdf(self, attachment_id: int) -> bytes:
        """The kept countersigned PDF of one received passport."""
        return self._received_attachment(attachment_id).data

    def _received_attachment(self, attachment_id: int) -> Attachment:
        attachment = self.repo.attachment(attachment_id)
        if attachment.kind != RECEIVED_KIND:
            raise ValidationError(_("Stored file {attachment_id} is not a received passport.").format(
                                      attachment_id=attachment_id))
        return attachment

    def write_received_passport(self, attachment_id: int, out_path: Path) -> Path:
        """Manager mode: write the kept countersigned PDF of one received passport to ``out_path``
        (atomically, owner-only) and log it: a copy of someone's passport leaving the vault is a share."""
        attachment = self._received_attachment(attachment_id)
        record = ReceivedRecord.from_stored(attachment.id, attachment.created, attachment.details, attachment.sha256)
        out = Path(out_path)
        # As for the other exports: the file appears only once the log holds it.
        with staged_write(out, attachment.data), self.repo.transaction():
            self.repo.log("export", Said(N_("Copy of {employee}'s countersigned passport written to {file}"),
                                         employee=record.employee_name, file=str(out)),
                          file_sha256=attachment.sha256,
                          details={"format": "pdf", "file": out.name, "attachment": attachment_id, "recipient": None})
        return out

    def inspect_countersigned(self, pdf_bytes: bytes, source: str) -> countersigned_import.CountersignedImport:
        """Check a countersigned copy of this vault's passport; raises a typed error to refuse it. No writes."""
        from carerpassport.usecases import countersigned_accept

        return countersigned_accept.check(pdf_bytes, source=source, repo=self.repo,
                                          our_fingerprint=self.identity().fingerprint, today=self.today())

    def accept_countersigned(self, imp: countersigned_import.CountersignedImport, *, trust_new_manager: bool = False,
                             accept_external: bool = False) -> Revision:
        """Record a checked countersigned copy: store the PDF, pin the manager's certificate, mark the passport
        agreed by both (next review in 12 months unless a later one is set) and log it, in one transaction."""
        from carerpassport.usecases import countersigned_accept

        countersigned_accept.require_decisions(imp, trust_new_manager=trust_new_manager,
                                               accept_external=accept_external)
        details = countersigned_accept.countersigned_details(imp)
        with self.repo.transaction():
            countersigned_accept.recheck_against_vault(imp, self.repo)
            passport = countersigned_accept.agreed_passport(self.editing.passport(), imp.agreed_on,
                                                                 self.template.review_interval_months)
            self.editing.validate(passport)
            revision = self.repo.append_revision(canonical_bytes(passport.to_dict()), REASON_COUNTERSIGNED)
            self.repo.add_attachment(countersigned_accept.COUNTERSIGNED_KIND,
                                     Path(imp.source).name or "countersigned.pdf", imp.pdf_bytes,
                                     revision=revision.number, details=details)
            if imp.needs_trust:
                # Under the certificate's name: that is who was compared and trusted, not what was typed.
                self.repo.add_pin(imp.certificate_name, imp.manager.fingerprint, role="manager",
                                  cert_pem=imp.manager.cert_pem)
            self.repo.log("countersigned", Said(N_("Countersigned by {manager}; agreed by both"),
                                                manager=imp.certificate_name),
                          revision=revision.number, file_sha256=imp.file_sha256, details=details)
        return revision

    def import_countersigned(self, path: Path, *, trust_new_manager: bool = False,
                             accept_external: bool = False) -> Revision:
        """Check and, if nothing refuses it, record the countersigned PDF at ``path``."""
        from carerpassport.exchange.pdf_reading import read_pdf_file

        imp = self.inspect_countersigned(read_pdf_file(path), str(path))
        return self.accept_countersigned(imp, trust_new_manager=trust_new_manager, accept_external=accept_external)

    def countersigned_copies(self) -> list[Attachment]:
        """Accepted countersigned PDFs, oldest first (details: manager, comment, agreed revision...)."""
        from carerpassport.usecases.countersigned_accept import COUNTERSIGNED_KIND

        return self.repo.attachments(COUNTERSIGNED_KIND)


def _draft_key(file_sha256: str) -> str:
    if not _SHA256_HEX.fullmatch(file_sha256):
        raise ValidationError(_("{file_sha256!r} is not the SHA-256 of a passport file.").format(
                                  file_sha256=file_sha256[:80]))
    return COMMENT_DRAFT_PREFIX + file_sha256

"""Signed PDF export and verification (issue 5).

pyHanko (with aiohttp) and reportlab take about a second and 30 MB to import, so the modules that need
them are imported inside the methods that use them: unlocking and editing never pay for them.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from carerpassport.domain.canonical import sha256_hex
from carerpassport.usecases.core import AppCore, passport_of
from carerpassport.vault.atomic import StagedFile

if TYPE_CHECKING:
    from carerpassport.exchange.pdf_report import VerificationReport
    from carerpassport.exchange.pdf_sign import ExportResult, SignedPdf


class PdfUseCases(AppCore):
    """Signed PDF export and verification (issue 5)."""

    def export_signed_pdf(self, out_path: Path, *, recipient: str | None = None, purpose: str = "",
                          fields: list[str] | None = None, include_actions: bool = True) -> ExportResult:
        """Write a signed PDF of what is shared to ``out_path`` (atomically), log it and record the share.

        ``fields=None`` shares what the passport marks as shared; a list shares exactly those questions.
        ``recipient`` defaults to the line manager's name.
        """
        staged: StagedFile | None = None
        try:
            # The file appears only once the export is in the sharing record, so the record never misses a copy.
            with self.repo.transaction():
                staged, result = self._stage_pdf_export(Path(out_path), recipient=recipient, purpose=purpose,
                                                        fields=fields, include_actions=include_actions)
            staged.commit()
        except BaseException:
            if staged is not None:
                staged.discard()
            raise
        return result

    def _stage_pdf_export(self, out_path: Path, *, recipient: str | None, purpose: str, fields: list[str] | None,
                          include_actions: bool) -> tuple[StagedFile, ExportResult]:
        """Sign the latest revision, write it beside ``out_path`` under a temp name and record the export and
        the share. Inside the caller's transaction: the caller commits it, then the file (or discards it)."""
        from carerpassport.exchange.pdf_sign import ExportResult

        revision, signed = self._signed_pdf(recipient, purpose, fields, include_actions)
        digest = sha256_hex(signed.pdf)
        staged = StagedFile(out_path, signed.pdf)
        try:
            self.repo.log("export", f"Signed PDF of revision {revision} for {signed.facts.recipient}",
                          revision=revision, file_sha256=digest,
                          details={"format": "pdf", "recipient": signed.facts.recipient, "fields": signed.fields,
                                   "content_sha256": signed.facts.content_sha256, "file_name": out_path.name})
            self.repo.add_share(recipient=signed.facts.recipient, purpose=signed.facts.purpose, format="pdf",
                                revision=revision, fields=signed.fields, file_sha256=digest, file_name=out_path.name)
        except BaseException:
            staged.discard()
            raise
        return staged, ExportResult(path=out_path, sha256=digest, revision=revision, fields=signed.fields,
                                    passport_json=signed.passport_json)

    def render_signed_pdf(self, *, recipient: str | None = None, purpose: str = "", fields: list[str] | None = None,
                          include_actions: bool = True) -> bytes:
        """The same signed PDF as :meth:`export_signed_pdf`, as bytes: no file, no log (previews, bundles)."""
        return self._signed_pdf(recipient, purpose, fields, include_actions)[1].pdf

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

    def _signed_pdf(self, recipient: str | None, purpose: str, fields: list[str] | None,
                    include_actions: bool) -> tuple[int, SignedPdf]:
        from carerpassport.exchange.pdf_sign import signed_export

        latest = self.latest_revision()
        passport = passport_of(latest)
        who = (recipient or "").strip() or passport.manager.name.strip() or "your line manager"
        return latest.number, signed_export(passport, self.template, self.identity(), latest.number, recipient=who,
                                            purpose=purpose, fields=fields, include_actions=include_actions,
                                            today=self.today())

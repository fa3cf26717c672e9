"""Is the vault whole? Quick checks on every open, a full check before every backup and on request.

Why two levels (figures from the shared 2-core machine, a vault of 1,000 revisions and 50 stored PDFs,
8.8 MB): SQLCipher's ``cipher_integrity_check`` (the HMAC of every page) took 40-66 ms, SQLite's
``quick_check`` 34 ms and the whole hash chain 9 ms (the full check: 60-120 ms); the unlock target is
50 ms for everything. So an ordinary open
checks only what it reads anyway and what would do harm if silently wrong: the first page and schema
(SQLCipher checks each page's HMAC as it decrypts it), the latest revision against its hashes and its
link to the one before, and the signing key against its certificate (a damaged page once came back as
NUL bytes instead of the key); together 0.7 ms in a fresh process on that vault (opening it: 1.3 ms).
Pages nothing reads on open are checked in full before a backup is made (a backup of damaged data would
look fine and restore the damage) and by ``carerpassport check``.
"""

from __future__ import annotations

import dataclasses

from carerpassport.domain.wording import gettext as _
from carerpassport.usecases.context import Area
from carerpassport.vault.db import PAGE_SIZE
from carerpassport.vault.errors import DamagedVaultError


@dataclasses.dataclass(frozen=True)
class IntegrityReport:
    """What the full check looked at, and what it found wrong (empty when the vault is whole)."""

    pages: int
    revisions: int
    attachments: int
    problems: tuple[str, ...]

    @property
    def intact(self) -> bool:
        return not self.problems


class Integrity(Area):
    """Checking that the vault is whole."""

    def quick_check(self) -> None:
        """The checks every open makes (see the module's docstring); raises :class:`DamagedVaultError`."""
        try:
            self.repo.verify_latest()
            if self.repo.has_identity() and not self.identity().key_matches_certificate():
                raise DamagedVaultError(_("the signing key does not match its certificate"))
        except DamagedVaultError as exc:
            raise self._damaged("", exc) from None

    def check_integrity(self) -> IntegrityReport:
        """Every page's HMAC, the database's structure, the whole revision chain, every stored file's hash
        and the signing identity. Reads the whole vault; writes nothing."""
        problems: list[str] = []
        pages = self.vault.paths.db.stat().st_size // PAGE_SIZE
        revisions = attachments = 0
        try:
            failing = [str(row[0]) for row in self.vault.conn.execute("PRAGMA cipher_integrity_check")]
            if failing:
                problems.append(f"{len(failing)} of the vault file's {pages} pages no longer match what was saved "
                                f"({failing[0].replace('HMAC verification failed for ', '')} is the first)")
            structure = [str(row[0]) for row in self.vault.conn.execute("PRAGMA quick_check")]
            if structure != ["ok"]:
                problems.append(f"the database's structure is broken ({structure[0]})")
            self.repo.verify_chain()
            revisions = len(self.repo.revisions())
            attachments = self.repo.verify_attachments()
            if self.repo.has_identity() and not self.identity().key_matches_certificate():
                problems.append("the signing key does not match its certificate")
        except DamagedVaultError as exc:
            problems.append(exc.reason)
        return IntegrityReport(pages, revisions, attachments, tuple(dict.fromkeys(problems)))

    def require_intact(self, refused: str) -> IntegrityReport:
        """The full check, raising :class:`DamagedVaultError` that starts with ``refused`` when it fails."""
        report = self.check_integrity()
        if not report.intact:
            raise self._damaged(refused, DamagedVaultError("; ".join(report.problems)))
        return report

    def _damaged(self, refused: str, exc: DamagedVaultError) -> DamagedVaultError:
        return DamagedVaultError(_("{refused}The vault is damaged: {reason}. Nothing was changed. "
                                   "{restore_advice}").format(
                                   refused=refused, reason=exc.reason, restore_advice=self.vault.restore_advice()),
                                   exc.reason)

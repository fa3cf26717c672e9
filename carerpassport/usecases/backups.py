"""Whole-vault backup and restore, encrypted to the recovery code or a passphrase."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from carerpassport.domain.canonical import sha256_hex
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.said import Said, When
from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _
from carerpassport.exchange.backup import (
    METHOD_PASSPHRASE,
    METHOD_RECOVERY,
    BackupResult,
    RestoreResult,
    open_backup_bytes,
    read_backup_file,
    seal_backup,
)
from carerpassport.exchange.errors import TamperedDocumentError
from carerpassport.exchange.passphrase_strength import check_bundle_passphrase
from carerpassport.output_files import remove_abandoned_temps, staged_write
from carerpassport.storage_errors import StorageError
from carerpassport.usecases.context import Area, Context
from carerpassport.usecases.integrity import Integrity
from carerpassport.vault import keyslots
from carerpassport.vault.errors import LockedError, WrongKeyError
from carerpassport.vault.interrupted_restore import install_restored
from carerpassport.vault.keyslots import RecoveryCode
from carerpassport.vault.snapshot import take_snapshot
from carerpassport.vault.store import Vault, VaultPaths

#: Where a backup is being written (vault meta), until it is in place.
PENDING_BACKUP_META = "backup_in_progress"


class Backups(Area):
    """Whole-vault backup and restore, encrypted to the recovery code or a passphrase."""

    def __init__(self, ctx: Context, *, integrity: Integrity):
        super().__init__(ctx)
        self.integrity = integrity

    def backup(self, out_path: Path, *, recovery_code: str | None = None,
               passphrase: str | None = None) -> BackupResult:
        """Write an encrypted backup of the whole vault, to the recovery code (typed by the user, since it is
        not stored; checked against the vault first) or to a strong ``passphrase``."""
        secret = None
        if recovery_code is not None:
            secret = self._check_recovery_code(recovery_code)
        elif passphrase is None:
            raise ValidationError(_("Give your recovery code or a passphrase to lock the backup with."))
        else:
            check_bundle_passphrase(passphrase)
        self.integrity.require_intact(_("No backup was made, because a backup of damaged data would look fine and "
                                        "bring the damage back when restored. "))
        snapshot = take_snapshot(self.vault)
        counts = snapshot.counts
        data = seal_backup(
            database=snapshot.database, keyslots=snapshot.keyslots, vault_id=snapshot.vault_id,
            schema_version=snapshot.schema_version, identity_fingerprint=self.identity().fingerprint,
            counts=counts, recovery_secret=secret, passphrase=passphrase, created=self.clock())
        out = Path(out_path)
        method = METHOD_RECOVERY if secret is not None else METHOD_PASSPHRASE
        digest = sha256_hex(data)
        # The log names each backup (with its full path) so that a damaged vault can say which one to restore;
        # the file appears only once that entry is saved.
        # Noted first, so that a start after a backup killed half-way removes its temp file.
        self.repo.set_meta(PENDING_BACKUP_META, str(out.absolute()))
        with staged_write(out, data):
            self.repo.log("backup", Said(N_("Whole-vault backup made")), file_sha256=digest,
                          details={"file": out.name, "path": str(out.absolute()), "method": method,
                                   "counts": counts})
        with suppress(StorageError):  # the backup is made; a note left behind only costs a look next time
            self.repo.set_meta(PENDING_BACKUP_META, "")
        return BackupResult(out, digest, method, counts)

    def clean_after_killed_backup(self) -> None:
        """Remove the temp file of a backup that was killed before it was put in place (called on open)."""
        pending = self.repo.get_meta(PENDING_BACKUP_META)
        if not pending:
            return
        remove_abandoned_temps(Path(pending))
        with suppress(StorageError):  # a full disk: try again next time
            self.repo.set_meta(PENDING_BACKUP_META, "")

    def _check_recovery_code(self, text: str) -> bytes:
        code = RecoveryCode.parse(text)
        slot = self.vault.slots.slots.get(keyslots.RECOVERY)
        try:
            if slot is None:
                raise WrongKeyError(_("no recovery slot"))
            keyslots.unwrap(slot, code.secret, self.vault.vault_id)
        except WrongKeyError:
            raise WrongKeyError(_("That is not this vault's current recovery code, so a backup locked with it could "
                                  "not be restored. Check the code (a new code replaces the old one).")) from None
        return code.secret

    @staticmethod
    def restore(data_dir: Path, in_path: Path, *, recovery_code: str | None = None,
                passphrase: str | None = None, force: bool = False) -> RestoreResult:
        """Put a vault back from a backup into ``data_dir``. An existing vault there is refused unless ``force``,
        and then moved aside (renamed, never deleted). The restored vault is opened and its history checked
        before it replaces anything when the secret given also opens the vault."""
        secret = RecoveryCode.parse(recovery_code).secret if recovery_code is not None else None
        contents = open_backup_bytes(read_backup_file(Path(in_path)),
                                                  recovery_secret=secret, passphrase=passphrase)
        checked: list[bool] = []

        def check(folder: Path) -> None:
            try:
                vault = Vault.open(VaultPaths(folder), recovery_code=recovery_code, passphrase=passphrase)
            except (WrongKeyError, LockedError):
                if recovery_code is not None:
                    # The code opened the backup, so a vault inside that it does not open is damaged (and the
                    # store's own message would name our temporary folder).
                    raise TamperedDocumentError(_("The vault inside this backup does not open with the recovery code "
                                                  "that opened the backup: its database or key file is damaged. "
                                                  "Use another backup.")) from None
                return  # a backup passphrase need not open the vault itself: hashes were checked
            try:
                # A backup made of a vault already damaged (before backups were checked) must not come back.
                Integrity(Context(vault, None)).require_intact(_("This backup holds a damaged vault, so nothing was "
                                                                 "restored. "))
                vault.repo.log("restore", Said(N_("Vault restored from a backup made {made}"),
                                                   made=When(contents.manifest.created)),
                               details={"counts": contents.manifest.counts})
            finally:
                vault.close()
            checked.append(True)

        moved = install_restored(contents.database, contents.keyslots, Path(data_dir), force=force, check=check)
        return RestoreResult(Path(data_dir), moved, contents.manifest, bool(checked))

"""The application facade: one method for each thing a user does.

The GUI (``carerpassport.ui``) and the CLI (``carerpassport.cli``) both call these methods, and so do the
tests. Nothing here imports Qt. Slow methods (opening with a passphrase, signing, encrypting) are
ordinary blocking calls: the GUI runs them in a worker.

:class:`PassportApp` creates and opens vaults; the use cases over an open vault live in
:mod:`carerpassport.usecases`, one module per area, and ``PassportApp`` inherits them all.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import platformdirs

from carerpassport.domain.canonical import canonical_bytes
from carerpassport.domain.model import Passport, Person
from carerpassport.domain.template import Template
from carerpassport.exchange.identity import generate_identity
from carerpassport.resource_files import load_default_template
from carerpassport.usecases.backups import BackupUseCases
from carerpassport.usecases.bundles import BundleUseCases
from carerpassport.usecases.core import REASON_CREATE
from carerpassport.usecases.reviews import ReviewUseCases
from carerpassport.vault.interrupted_restore import finish_interrupted_restore
from carerpassport.vault.keyring_store import KeyringStore
from carerpassport.vault.keyslots import RecoveryCode
from carerpassport.vault.repository import Clock, StoredIdentity
from carerpassport.vault.store import Vault, VaultPaths

__all__ = [
    "ENV_HOME", "ENV_NO_KEYRING", "ENV_PASSPHRASE", "Created", "PassportApp", "default_data_dir", "default_keyring",
]

ENV_HOME = "CARERPASSPORT_HOME"
ENV_PASSPHRASE = "CARERPASSPORT_PASSPHRASE"
ENV_NO_KEYRING = "CARERPASSPORT_NO_KEYRING"


def default_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir``, else ``$CARERPASSPORT_HOME``, else the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get(ENV_HOME):
        return Path(os.environ[ENV_HOME]).expanduser()
    return Path(platformdirs.user_data_dir("CarerPassport", appauthor=False, roaming=False))


def default_keyring() -> KeyringStore | None:
    """The OS keyring, unless ``CARERPASSPORT_NO_KEYRING=1`` asks to leave it out."""
    if os.environ.get(ENV_NO_KEYRING, "") not in ("", "0"):
        return None
    return KeyringStore()


@dataclasses.dataclass(frozen=True)
class Created:
    """What ``init`` hands back: the open app and the recovery code to show once."""

    app: PassportApp
    recovery_code: RecoveryCode
    keyring_used: bool


class PassportApp(ReviewUseCases, BackupUseCases, BundleUseCases):
    """One open vault and every use case over it."""

    @classmethod
    def create(cls, data_dir: Path, *, employee_name: str = "", manager_name: str = "",
               passphrase: str | None = None, keyring: KeyringStore | None = None,
               template: Template | None = None, template_json: bytes | None = None,
               clock: Clock | None = None) -> Created:
        """Create a vault in ``data_dir`` with an identity and a first, empty passport (``clock`` stamps
        what is stored; the wall clock by default)."""
        identity = generate_identity(employee_name)
        vault, code = Vault.create(VaultPaths(Path(data_dir)), passphrase=passphrase, keyring=keyring)
        app = cls(vault, keyring, clock)
        template = template or load_default_template()
        repo = vault.repo
        with repo.transaction():
            if template_json is not None:
                repo.set_meta("template_json", template_json.decode("utf-8"))
            repo.set_meta("vault_id", vault.vault_id)
            repo.set_meta("created", repo.now())
            repo.set_identity(StoredIdentity(repo.now(), identity.name, identity.cert_pem, identity.key_pem,
                                             identity.age_secret))
            passport = Passport(template_id=template.id, template_version=template.version,
                                employee=Person(name=employee_name), manager=Person(name=manager_name))
            revision = repo.append_revision(canonical_bytes(passport.to_dict()), REASON_CREATE)
            repo.log("created", "Vault created", revision=revision.number,
                     details={"passphrase": passphrase is not None})
            repo.log("key", "Recovery code created")
            if passphrase is not None:
                repo.log("key", "Passphrase set")
        keyring_used = keyring is not None and keyring.get(vault.vault_id) is not None
        return Created(app, code, keyring_used)

    @classmethod
    def open(cls, data_dir: Path, *, passphrase: str | None = None, recovery_code: str | None = None,
             keyring: KeyringStore | None = None, clock: Clock | None = None) -> PassportApp:
        """Unlock the vault in ``data_dir`` (keyring first, then passphrase or recovery code)."""
        vault = Vault.open(VaultPaths(Path(data_dir)), keyring=keyring, passphrase=passphrase,
                           recovery_code=recovery_code)
        app = cls(vault, keyring, clock)
        try:
            app.quick_check()
            app.clean_after_killed_backup()
        except BaseException:
            vault.close()
            raise
        if vault.notice is not None:  # an interrupted change of keys was finished or rolled back
            vault.repo.log("key", vault.notice)
        if vault.unlocked.method == "recovery":
            vault.repo.log("key", "Opened with the recovery code")
        if not vault.repo.has_identity():
            app._create_identity()  # vaults from schema 1 had none
        return app

    @staticmethod
    def exists(data_dir: Path) -> bool:
        """Whether ``data_dir`` holds a vault (after finishing a restore that was killed half-way)."""
        finish_interrupted_restore(Path(data_dir))
        return VaultPaths(Path(data_dir)).exists()

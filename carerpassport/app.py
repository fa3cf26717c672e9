"""The application facade: one open vault, and one object per area of use cases over it.

The GUI (``carerpassport.ui``) and the CLI (``carerpassport.cli``) both call it, and so do the tests.
Nothing here imports Qt. Slow methods (opening with a passphrase, signing, encrypting) are ordinary
blocking calls: the GUI runs them in a worker.

:class:`PassportApp` creates, opens, restores and closes vaults. The use cases over an open vault live in
:mod:`carerpassport.usecases`, one class per area, and each is an attribute of the app: callers name the
area, ``app.pdfs.export_signed_pdf(...)``, ``app.editing.save(passport)``, ``app.reviews.start_review()``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import platformdirs

from carerpassport.domain.canonical import canonical_bytes
from carerpassport.domain.model import Passport, Person
from carerpassport.domain.roles import Role
from carerpassport.domain.said import Said
from carerpassport.domain.template import Template
from carerpassport.domain.wording import N_
from carerpassport.exchange.backup import RestoreResult
from carerpassport.exchange.identity import Identity, generate_identity
from carerpassport.resource_files import load_default_template
from carerpassport.usecases.agreement import Agreement
from carerpassport.usecases.backups import Backups
from carerpassport.usecases.bundles import Bundles, Contacts
from carerpassport.usecases.context import Context
from carerpassport.usecases.core import (
    REASON_CREATE,
    Editing,
    Keys,
)
from carerpassport.usecases.countersigning import Countersigning
from carerpassport.usecases.flexible import Flexible
from carerpassport.usecases.integrity import Integrity
from carerpassport.usecases.leave import Leave
from carerpassport.usecases.pdfs import Pdfs
from carerpassport.usecases.received import ROLE_META, Received
from carerpassport.usecases.reviews import Reviews, Shares
from carerpassport.usecases.templates import Templates
from carerpassport.vault.interrupted_restore import finish_interrupted_restore
from carerpassport.vault.keyring_store import KeyringStore
from carerpassport.vault.keyslots import RecoveryCode
from carerpassport.vault.repository import Clock, Event, Repository, StoredIdentity
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


class PassportApp:
    """One open vault and every use case over it, one attribute per area (see the module's docstring)."""

    def __init__(self, vault: Vault, keyring: KeyringStore | None, clock: Callable[[], dt.datetime] | None = None):
        self.context = ctx = Context(vault, keyring, clock)
        # Each area gets the context and exactly the areas it calls, so its dependencies are in its signature.
        self.editing = Editing(ctx)
        self.keys = Keys(ctx)
        self.integrity = Integrity(ctx)
        self.pdfs = Pdfs(ctx, editing=self.editing)
        self.countersigning = Countersigning(ctx, editing=self.editing)
        self.contacts = Contacts(ctx)
        self.bundles = Bundles(ctx, editing=self.editing, pdfs=self.pdfs, contacts=self.contacts,
                               countersigning=self.countersigning)
        self.backups = Backups(ctx, integrity=self.integrity)
        self.flexible = Flexible(ctx, editing=self.editing)
        self.reviews = Reviews(ctx, editing=self.editing, flexible=self.flexible)
        self.shares = Shares(ctx, editing=self.editing, pdfs=self.pdfs)
        self.leave = Leave(ctx, editing=self.editing)
        self.agreement = Agreement(ctx, editing=self.editing)
        self.received = Received(ctx, countersigning=self.countersigning, bundles=self.bundles)
        self.templates = Templates(ctx, editing=self.editing)

    @classmethod
    def create(cls, data_dir: Path, *, employee_name: str = "", manager_name: str = "",
               passphrase: str | None = None, keyring: KeyringStore | None = None,
               template: Template | None = None, template_json: bytes | None = None,
               clock: Clock | None = None, role: Role = Role.EMPLOYEE) -> Created:
        """Create a vault in ``data_dir`` with an identity and a first, empty passport (``clock`` stamps
        what is stored; the wall clock by default); ``role`` says who uses it (see :class:`Role`)."""
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
            repo.set_meta(ROLE_META, Role(role).value)
            repo.set_identity(StoredIdentity(repo.now(), identity.name, identity.cert_pem, identity.key_pem,
                                             identity.age_secret))
            passport = Passport(template_id=template.id, template_version=template.version,
                                employee=Person(name=employee_name), manager=Person(name=manager_name))
            revision = repo.append_revision(canonical_bytes(passport.to_dict()), REASON_CREATE)
            repo.log("created", Said(N_("Vault created")), revision=revision.number,
                     details={"passphrase": passphrase is not None})
            repo.log("key", Said(N_("Recovery code created")))
            if passphrase is not None:
                repo.log("key", Said(N_("Passphrase set")))
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
            app.integrity.quick_check()
            app.backups.clean_after_killed_backup()
        except BaseException:
            vault.close()
            raise
        if vault.notice is not None:  # an interrupted change of keys was finished or rolled back
            vault.repo.log("key", Said(vault.notice))
        if vault.unlocked.method == "recovery":
            vault.repo.log("key", Said(N_("Opened with the recovery code")))
        if not vault.repo.has_identity():
            app._create_identity()  # vaults from schema 1 had none
        return app

    @staticmethod
    def exists(data_dir: Path) -> bool:
        """Whether ``data_dir`` holds a vault (after finishing a restore that was killed half-way)."""
        finish_interrupted_restore(Path(data_dir))
        return VaultPaths(Path(data_dir)).exists()

    @staticmethod
    def restore(data_dir: Path, in_path: Path, *, recovery_code: str | None = None,
                passphrase: str | None = None, force: bool = False) -> RestoreResult:
        """Put a vault back from a backup into ``data_dir`` (see :meth:`Backups.restore`); nothing is opened."""
        return Backups.restore(data_dir, in_path, recovery_code=recovery_code, passphrase=passphrase, force=force)

    def _create_identity(self) -> None:
        passport = self.editing.passport()
        identity = generate_identity(passport.employee.name)
        with self.repo.transaction():
            self.repo.set_identity(StoredIdentity(self.repo.now(), identity.name, identity.cert_pem, identity.key_pem,
                                                  identity.age_secret))
            self.repo.log("key", Said(N_("Signing identity created")))

    def close(self) -> None:
        self.editing.end_editing_session()  # locking or closing ends the editing session
        self.vault.close()

    @property
    def notice(self) -> str | None:
        """The sentence saying how an interrupted change of keys was settled when this vault was opened, if
        one was (the front end shows it; it is already in the vault's log)."""
        return self.vault.notice

    @property
    def vault(self) -> Vault:
        return self.context.vault

    @property
    def keyring(self) -> KeyringStore | None:
        return self.context.keyring

    @property
    def clock(self) -> Callable[[], dt.datetime]:
        return self.context.clock

    @clock.setter
    def clock(self, clock: Callable[[], dt.datetime]) -> None:
        self.context.clock = clock  # tests pin the date for every area at once

    @property
    def repo(self) -> Repository:
        return self.context.repo

    @property
    def data_dir(self) -> Path:
        return self.context.data_dir

    def today(self) -> dt.date:
        return self.context.today()

    @property
    def template(self) -> Template:
        return self.context.template

    def identity(self) -> Identity:
        return self.context.identity()

    def events(self) -> list[Event]:
        return self.repo.events()

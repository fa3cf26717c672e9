"""Reading and writing the vault's tables: revisions (a hash chain), the event log, stored files,
the identity, pinned certificates and the sharing record.

Every write is one transaction, on the calling thread's own connection (vault/connections.py): a
transaction belongs to the thread that began it. Revisions are appended: restoring an old version appends
it again as a new revision, so nothing is lost. The one exception is an editing session's autosaves, which
replace the newest revision while nothing refers to it (see :meth:`Repository.amend_tip_revision`).
Timestamps come from the injected clock.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from typing import Any

from carerpassport.domain.canonical import sha256_hex
from carerpassport.domain.display_text import display_name
from carerpassport.domain.said import Said, shown, shown_label
from carerpassport.domain.wording import gettext as _
from carerpassport.vault.connections import ThreadConnections
from carerpassport.vault.db import VaultConnection
from carerpassport.vault.errors import DamagedVaultError, VaultError

#: What tells the time: an aware datetime (tests and the app inject their own).
Clock = Callable[[], dt.datetime]


def wall_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def chain_hash(prev_chain: str, number: int, created: str, reason: str, content_sha256: str) -> str:
    return hashlib.sha256(f"{prev_chain}|{number}|{created}|{reason}|{content_sha256}".encode()).hexdigest()


@dataclasses.dataclass(frozen=True)
class RevisionInfo:
    number: int
    created: str
    reason: str
    content_sha256: str
    chain_sha256: str
    #: What changed, in English words ("Changed: …"), or "" (not an edit, or saved before labels existed).
    #: Keyword-only so that :class:`Revision`'s own fields can follow without defaults.
    label: str = dataclasses.field(default="", kw_only=True)
    #: The label as stored: what was said (:meth:`Said.dumps`), or the English words versions before that kept.
    stored_label: str = dataclasses.field(default="", kw_only=True, compare=False, repr=False)

    def words(self, language: str | None = None, questions: Mapping[str, str] | None = None) -> str:
        """The label in ``language`` (the process's when ``None``), questions named by ``questions`` (a
        question's id → its title in the reader's form)."""
        return shown_label(self.stored_label or self.label, language, questions)


@dataclasses.dataclass(frozen=True)
class Revision(RevisionInfo):
    content: bytes
    prev_chain: str


#: The key of a log entry's stored details that keeps what its summary said (:class:`Said`, as JSON).
SAID_DETAIL = "_said"


@dataclasses.dataclass(frozen=True)
class Event:
    id: int
    at: str
    actor: str
    kind: str
    summary: str
    revision: int | None
    file_sha256: str | None
    details: dict[str, Any]
    #: What was said (:meth:`Said.to_json`), kept in the stored details under :data:`SAID_DETAIL`; ``None``
    #: for entries written before the log kept it.
    said: Any = dataclasses.field(default=None, compare=False, repr=False)

    def words(self, language: str | None = None) -> str:
        """What the entry says in ``language`` (the process's when ``None``); entries written before the log
        kept what was said (or by a later version, in a form this one cannot read) say their English."""
        return shown(self.said, self.summary, language)


@dataclasses.dataclass(frozen=True)
class AttachmentInfo:
    """A stored file without its bytes: what a list of them shows (a manager's 500 kept PDFs are ~50 MB)."""

    id: int
    created: str
    kind: str
    name: str
    revision: int | None
    sha256: str
    details: dict[str, Any]


@dataclasses.dataclass(frozen=True)
class Attachment:
    id: int
    created: str
    kind: str
    name: str
    revision: int | None
    sha256: str
    data: bytes
    details: dict[str, Any]


@dataclasses.dataclass(frozen=True)
class StoredIdentity:
    created: str
    name: str
    cert_pem: bytes
    key_pem: bytes
    age_secret: str


@dataclasses.dataclass(frozen=True)
class Pin:
    id: int
    name: str
    role: str
    fingerprint: str
    cert_pem: bytes | None
    age_recipient: str | None
    pinned_at: str
    retired_at: str | None


@dataclasses.dataclass(frozen=True)
class Share:
    id: int
    at: str
    recipient: str
    purpose: str
    format: str
    revision: int
    fields: list[str]
    file_sha256: str
    file_name: str
    withdrawn_at: str | None


class Repository:
    """Table access over the vault's connections (each thread uses its own), stamped by ``clock``."""

    def __init__(self, connections: ThreadConnections, clock: Clock = wall_clock) -> None:
        self._connections = connections
        self.clock = clock

    @property
    def conn(self) -> VaultConnection:
        """The calling thread's connection."""
        return self._connections.current()

    def now(self) -> str:
        """The clock's time as stored (UTC, ISO 8601, milliseconds)."""
        return self.clock().astimezone(dt.UTC).isoformat(timespec="milliseconds")

    def transaction(self) -> AbstractContextManager[VaultConnection]:
        """One write transaction of the calling thread (BEGIN IMMEDIATE, so two writers never interleave);
        nested calls on the same thread join it, and no other thread's statements ever do."""
        return self._connections.transaction()

    # --- meta ------------------------------------------------------------------------------------
    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    def delete_meta(self, key: str) -> None:
        self.conn.execute("DELETE FROM meta WHERE key = ?", (key,))

    # --- revisions -------------------------------------------------------------------------------
    def append_revision(self, content: bytes, reason: str, label: Said | None = None) -> Revision:
        """Append a revision holding canonical ``content`` to the hash chain; ``label`` says what changed."""
        stored = _stored_label(label)
        with self.transaction():
            last = self.conn.execute(
                "SELECT number, chain_sha256 FROM revisions ORDER BY number DESC LIMIT 1").fetchone()
            number = last[0] + 1 if last else 1
            prev_chain = last[1] if last else ""
            created = self.now()
            digest = sha256_hex(content)
            chain = chain_hash(prev_chain, number, created, reason, digest)
            # The content goes in a table of its own (schema 8), so listing versions never reads it.
            self.conn.execute(
                "INSERT INTO revisions(number, created, reason, content, content_sha256, prev_chain, chain_sha256,"
                " label) VALUES (?, ?, ?, x'', ?, ?, ?, ?)",
                (number, created, reason, digest, prev_chain, chain, stored))
            self.conn.execute("INSERT INTO revision_content(number, content) VALUES (?, ?)", (number, content))
        return Revision(number, created, reason, digest, chain, content, prev_chain, label=_english_label(stored),
                        stored_label=stored)

    def amend_tip_revision(self, number: int, content: bytes, label: Said) -> Revision:
        """Replace the content of revision ``number``, which must be the newest and referred to by nothing.

        One UPDATE of one row, in one transaction: a crash leaves the old tip or the new one. The tip has
        no successor, so re-hashing it keeps the chain whole over every stored revision; its time becomes
        now (when the content it holds was saved).
        """
        stored = _stored_label(label)
        with self.transaction():
            tip = self.conn.execute(
                "SELECT number, reason, prev_chain FROM revisions ORDER BY number DESC LIMIT 1").fetchone()
            if tip is None or tip[0] != number:
                raise VaultError(_("Revision {number} is no longer the newest, so it cannot be replaced.").format(
                                     number=number))
            if self.revision_is_referenced(number):
                raise VaultError(_("Revision {number} was exported, shared or recorded, so it cannot be "
                                   "replaced.").format(
                                     number=number))
            reason, prev_chain = tip[1], tip[2]
            created = self.now()
            digest = sha256_hex(content)
            chain = chain_hash(prev_chain, number, created, reason, digest)
            self.conn.execute("UPDATE revisions SET created = ?, content_sha256 = ?, chain_sha256 = ?, label = ?"
                              " WHERE number = ?", (created, digest, chain, stored, number))
            self.conn.execute("UPDATE revision_content SET content = ? WHERE number = ?", (content, number))
        return Revision(number, created, reason, digest, chain, content, prev_chain, label=_english_label(stored),
                        stored_label=stored)

    def revision_is_referenced(self, number: int) -> bool:
        """True when a log entry, a stored file or a share names revision ``number`` (the tables that hold
        revision numbers): such a revision is what was exported, shared or recorded, and stays as it is."""
        row = self.conn.execute(
            "SELECT EXISTS(SELECT 1 FROM events WHERE revision = ?) OR EXISTS(SELECT 1 FROM attachments WHERE "
            "revision = ?) OR EXISTS(SELECT 1 FROM shares WHERE revision = ?)", (number, number, number)).fetchone()
        return bool(row[0])

    def newest_event_id(self) -> int:
        """The id of the newest log entry, 0 when the log is empty (ids only grow: AUTOINCREMENT)."""
        return int(self.conn.execute("SELECT COALESCE(MAX(id), 0) FROM events").fetchone()[0])

    def latest_revision(self) -> Revision | None:
        row = self.conn.execute(_REVISION_SELECT + " ORDER BY r.number DESC LIMIT 1").fetchone()
        return _revision(row) if row else None

    def revision(self, number: int) -> Revision:
        row = self.conn.execute(_REVISION_SELECT + " WHERE r.number = ?", (number,)).fetchone()
        if not row:
            raise VaultError(_("There is no revision {number} in this vault.").format(number=number))
        return _revision(row)

    def revisions(self, since: int = 0) -> list[RevisionInfo]:
        """Every revision's header (from number ``since`` on), oldest first (content not loaded)."""
        rows = self.conn.execute(
            "SELECT number, created, reason, content_sha256, chain_sha256, label FROM revisions WHERE number >= ?"
            " ORDER BY number", (since,))
        return [RevisionInfo(*row[:5], label=_english_label(row[5] or ""), stored_label=row[5] or "") for row in rows]

    def verify_latest(self) -> None:
        """Raise :class:`DamagedVaultError` if the latest revision does not match its hashes or does not
        link to the one before it. Two rows: cheap enough for every open (see ``verify_chain`` for all)."""
        rows = self.conn.execute(_CHAIN_SELECT + " ORDER BY r.number DESC LIMIT 2").fetchall()
        if not rows:
            return
        number, created, reason, content, digest, prev_chain, chain = rows[0]
        previous = rows[1][6] if len(rows) > 1 else ""
        raw = content.encode() if isinstance(content, str) else bytes(content)
        if (prev_chain != previous or sha256_hex(raw) != digest
                or chain_hash(prev_chain, number, created, reason, digest) != chain):
            raise DamagedVaultError(_("the latest revision ({number}) does not match the hashes saved with it").format(
                                        number=number))

    def verify_attachments(self) -> int:
        """Raise :class:`DamagedVaultError` if a stored file does not match its hash; returns how many."""
        count = 0
        for attachment_id, data, digest in self.conn.execute(
                "SELECT a.id, d.data, a.sha256 FROM attachments a LEFT JOIN attachment_data d ON d.attachment_id = a.id"
                " ORDER BY a.id"):
            if data is None:
                raise DamagedVaultError(_("stored file {attachment_id} has lost its contents").format(
                                            attachment_id=attachment_id))
            if sha256_hex(bytes(data)) != digest:
                raise DamagedVaultError(_("stored file {attachment_id} does not match the hash saved with it").format(
                                            attachment_id=attachment_id))
            count += 1
        return count

    def verify_chain(self) -> None:
        """Raise :class:`DamagedVaultError` if any revision's hashes do not chain."""
        prev = ""
        rows = self.conn.execute(_CHAIN_SELECT + " ORDER BY r.number")
        for number, created, reason, content, digest, prev_chain, chain in rows:
            raw = content.encode() if isinstance(content, str) else bytes(content)
            if (prev_chain != prev or sha256_hex(raw) != digest
                    or chain_hash(prev_chain, number, created, reason, digest) != chain):
                raise DamagedVaultError(_("Revision {number} does not match the history before it; the vault "
                                          "has been altered. Restore it from a backup.").format(number=number),
                                        f"revision {number} does not match the history before it")
            prev = chain

    # --- events ----------------------------------------------------------------------------------
    def log(self, kind: str, summary: Said, *, actor: str = "you", revision: int | None = None,
            file_sha256: str | None = None, details: dict[str, Any] | None = None) -> int:
        """Add a log entry. ``summary`` is kept as said (in the stored details, under :data:`SAID_DETAIL`), so it
        is shown in the reader's language, and in English in the ``summary`` column."""
        if not isinstance(summary, Said):
            raise TypeError(f"a log entry's summary is a Said, to be shown in the reader's language: {summary!r}")
        kept = {**(details or {}), SAID_DETAIL: summary.to_json()}
        cur = self.conn.execute(
            "INSERT INTO events(at, actor, kind, summary, revision, file_sha256, details) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (self.now(), actor, kind, summary.english(), revision, file_sha256, json.dumps(kept, sort_keys=True)))
        return int(cur.lastrowid or 0)

    def events(self, kind: str | None = None) -> list[Event]:
        sql = "SELECT id, at, actor, kind, summary, revision, file_sha256, details FROM events"
        rows = (self.conn.execute(sql + " WHERE kind = ? ORDER BY id", (kind,)) if kind
                else self.conn.execute(sql + " ORDER BY id"))
        return [_event(row) for row in rows]

    # --- attachments -----------------------------------------------------------------------------
    def add_attachment(self, kind: str, name: str, data: bytes, *, revision: int | None = None,
                       details: dict[str, Any] | None = None) -> int:
        # The bytes go in a table of their own (schema 8), so that listing stored files never reads them.
        with self.transaction():
            cur = self.conn.execute(
                "INSERT INTO attachments(created, kind, name, revision, sha256, data, details)"
                " VALUES (?, ?, ?, ?, ?, x'', ?)",
                (self.now(), kind, name, revision, sha256_hex(data), json.dumps(details or {}, sort_keys=True)))
            attachment_id = int(cur.lastrowid or 0)
            self.conn.execute("INSERT INTO attachment_data(attachment_id, data) VALUES (?, ?)", (attachment_id, data))
        return attachment_id

    def attachments(self, kind: str | None = None) -> list[Attachment]:
        sql = _ATTACHMENT_SELECT
        rows = (self.conn.execute(sql + " WHERE a.kind = ? ORDER BY a.id", (kind,)) if kind
                else self.conn.execute(sql + " ORDER BY a.id"))
        return [_attachment(row) for row in rows]

    def attachment_infos(self, kind: str, *, omit_detail: str = "") -> list[AttachmentInfo]:
        """The stored files of ``kind``, oldest first, in one query and without reading their bytes (decrypting
        every page of every PDF is what made listing 500 received passports take 170 ms). ``omit_detail``
        names a large detail left out by SQLite itself (a copy of the passport's JSON), so it is never parsed
        for a row."""
        details = "json_remove(details, ?)" if omit_detail else "details"
        params: tuple[str, ...] = (f"$.{omit_detail}", kind) if omit_detail else (kind,)
        rows = self.conn.execute(f"SELECT id, created, name, revision, sha256, {details} FROM attachments "
                                 "WHERE kind = ? ORDER BY id", params)
        return [AttachmentInfo(row[0], row[1], kind, row[2], row[3], row[4], json.loads(row[5])) for row in rows]

    def replace_attachment(self, attachment_id: int, name: str, data: bytes, details: dict[str, Any]) -> None:
        """Put new bytes and details in place of a stored file (a held passport once countersigned keeps its id)."""
        with self.transaction():
            cur = self.conn.execute("UPDATE attachments SET name = ?, sha256 = ?, details = ? WHERE id = ?",
                                    (name, sha256_hex(data), json.dumps(details, sort_keys=True), attachment_id))
            if cur.rowcount != 1:
                raise VaultError(_("There is no stored file {attachment_id} in this vault.").format(
                                     attachment_id=attachment_id))
            self.conn.execute("INSERT OR REPLACE INTO attachment_data(attachment_id, data) VALUES (?, ?)",
                              (attachment_id, data))

    def delete_attachment(self, attachment_id: int) -> None:
        """Remove a stored file (``secure_delete`` overwrites its pages in the database file)."""
        cur = self.conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
        if cur.rowcount != 1:
            raise VaultError(_("There is no stored file {attachment_id} in this vault.").format(
                                 attachment_id=attachment_id))

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the database and empty it: after a deletion, the deleted bytes are
        not left behind in the ``-wal`` file beside the vault."""
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def attachment(self, attachment_id: int) -> Attachment:
        row = self.conn.execute(_ATTACHMENT_SELECT + " WHERE a.id = ?", (attachment_id,)).fetchone()
        if not row:
            raise VaultError(_("There is no stored file {attachment_id} in this vault.").format(
                                 attachment_id=attachment_id))
        return _attachment(row)

    # --- identity --------------------------------------------------------------------------------
    def identity(self) -> StoredIdentity:
        row = self.conn.execute(
            "SELECT created, name, cert_pem, key_pem, age_secret FROM identity WHERE id = 1").fetchone()
        if not row:
            raise DamagedVaultError(_("This vault has no identity (signing key); it was not created completely."))
        return StoredIdentity(row[0], row[1], bytes(row[2]), bytes(row[3]), row[4])

    def has_identity(self) -> bool:
        return bool(self.conn.execute("SELECT count(*) FROM identity").fetchone()[0] > 0)

    def set_identity(self, identity: StoredIdentity) -> None:
        self.conn.execute(
            "INSERT INTO identity(id, created, name, cert_pem, key_pem, age_secret) VALUES (1, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET created=excluded.created, name=excluded.name, cert_pem=excluded.cert_pem,"
            " key_pem=excluded.key_pem, age_secret=excluded.age_secret",
            (identity.created, identity.name, identity.cert_pem, identity.key_pem, identity.age_secret))

    # --- pins ------------------------------------------------------------------------------------
    def pins(self, *, include_retired: bool = True) -> list[Pin]:
        sql = ("SELECT id, name, role, fingerprint, cert_pem, age_recipient, pinned_at, retired_at FROM pins"
               + ("" if include_retired else " WHERE retired_at IS NULL") + " ORDER BY id")
        # Names come from other people's cards and certificates; pinned before names were cleaned on
        # reading, they are cleaned here too, so every screen shows one safe form.
        return [Pin(row[0], display_name(row[1]), row[2], row[3], bytes(row[4]) if row[4] is not None else None,
                    row[5], row[6], row[7]) for row in self.conn.execute(sql)]

    def add_pin(self, name: str, fingerprint: str, *, role: str = "manager", cert_pem: bytes | None = None,
                age_recipient: str | None = None) -> int:
        cur = self.conn.execute(
            "INSERT INTO pins(name, role, fingerprint, cert_pem, age_recipient, pinned_at) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(fingerprint) DO UPDATE SET name=excluded.name, retired_at=NULL,"
            " cert_pem=COALESCE(excluded.cert_pem, pins.cert_pem),"
            " age_recipient=COALESCE(excluded.age_recipient, pins.age_recipient)",
            (name, role, fingerprint, cert_pem, age_recipient, self.now()))
        return int(cur.lastrowid or 0)

    def retire_pin(self, pin_id: int) -> None:
        self.conn.execute("UPDATE pins SET retired_at = ? WHERE id = ? AND retired_at IS NULL", (self.now(), pin_id))

    # --- shares ----------------------------------------------------------------------------------
    def add_share(self, *, recipient: str, purpose: str, format: str, revision: int, fields: list[str],
                  file_sha256: str, file_name: str = "") -> int:
        cur = self.conn.execute(
            "INSERT INTO shares(at, recipient, purpose, format, revision, fields, file_sha256, file_name)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (self.now(), recipient, purpose, format, revision, json.dumps(sorted(fields)), file_sha256, file_name))
        return int(cur.lastrowid or 0)

    def shares(self) -> list[Share]:
        rows = self.conn.execute("SELECT id, at, recipient, purpose, format, revision, fields, file_sha256, "
                                 "file_name, withdrawn_at FROM shares ORDER BY id")
        return [Share(row[0], row[1], row[2], row[3], row[4], row[5], json.loads(row[6]), row[7], row[8], row[9])
                for row in rows]

    def withdraw_share(self, share_id: int) -> None:
        cur = self.conn.execute("UPDATE shares SET withdrawn_at = ? WHERE id = ? AND withdrawn_at IS NULL",
                                (self.now(), share_id))
        if cur.rowcount == 0:
            raise VaultError(_("There is no active share {share_id} to withdraw consent from.").format(
                                 share_id=share_id))


#: A revision with its content (kept in ``revision_content`` since schema 8; a row without it reads as b"",
#: which no longer matches its hash, so the checks report it).
_REVISION_SELECT = ("SELECT r.number, r.created, r.reason, r.content_sha256, r.chain_sha256, COALESCE(c.content, x''),"
                    " r.prev_chain, r.label FROM revisions r LEFT JOIN revision_content c ON c.number = r.number")
_CHAIN_SELECT = ("SELECT r.number, r.created, r.reason, COALESCE(c.content, x''), r.content_sha256, r.prev_chain,"
                 " r.chain_sha256 FROM revisions r LEFT JOIN revision_content c ON c.number = r.number")


def _revision(row: Any) -> Revision:
    return Revision(number=row[0], created=row[1], reason=row[2], content_sha256=row[3], chain_sha256=row[4],
                    content=bytes(row[5]), prev_chain=row[6], label=_english_label(row[7] or ""),
                    stored_label=row[7] or "")


def _event(row: Any) -> Event:
    details = json.loads(row[7])
    said = details.pop(SAID_DETAIL, None) if isinstance(details, dict) else None
    return Event(row[0], row[1], row[2], row[3], row[4], row[5], row[6], details, said=said)


def _stored_label(label: Said | None) -> str:
    if label is not None and not isinstance(label, Said):
        raise TypeError(f"a version's label is a Said, to be shown in the reader's language: {label!r}")
    return label.dumps() if label is not None and label.msgid else ""


def _english_label(stored: str) -> str:
    return shown_label(stored, "en")


#: A stored file with its bytes (kept in ``attachment_data`` since schema 8; a row without them reads as b"").
_ATTACHMENT_SELECT = ("SELECT a.id, a.created, a.kind, a.name, a.revision, a.sha256, COALESCE(d.data, x''), a.details"
                      " FROM attachments a LEFT JOIN attachment_data d ON d.attachment_id = a.id")


def _attachment(row: Any) -> Attachment:
    return Attachment(id=row[0], created=row[1], kind=row[2], name=row[3], revision=row[4], sha256=row[5],
                      data=bytes(row[6]), details=json.loads(row[7]))

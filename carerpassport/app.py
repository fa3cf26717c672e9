"""The application facade: one method for each thing a user does.

The GUI (``carerpassport.ui``) and the CLI (``carerpassport.cli``) both call these methods, and so do the
tests. Nothing here imports Qt. Slow methods (opening with a passphrase, signing, encrypting) are
ordinary blocking calls: the GUI runs them in a worker.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import platformdirs

from carerpassport.domain import review_session
from carerpassport.domain.canonical import canonical_bytes, load_canonical, sha256_hex
from carerpassport.domain.checklist import build_checklist
from carerpassport.domain.diff import Change, diff_passports
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.model import (
    ActionKind,
    ActionStatus,
    AgreedAction,
    Answer,
    Passport,
    Person,
)
from carerpassport.domain.review import DueItem, due_items
from carerpassport.domain.template import Template, parse_template
from carerpassport.exchange import countersign as countersigning
from carerpassport.exchange import countersigned_import
from carerpassport.exchange.checklist_pdf import render_checklist
from carerpassport.exchange.identity import Identity, generate_identity
from carerpassport.exchange.reminders import build_calendar, reminders_for
from carerpassport.resource_files import load_default_template
from carerpassport.vault.atomic import atomic_write
from carerpassport.vault.keyring_store import KeyringStore
from carerpassport.vault.keyslots import RecoveryCode
from carerpassport.vault.repository import (
    Attachment,
    Event,
    Repository,
    Revision,
    RevisionInfo,
    Share,
    StoredIdentity,
    now_utc,
)
from carerpassport.vault.store import Vault, VaultPaths

ENV_HOME = "CARERPASSPORT_HOME"
ENV_PASSPHRASE = "CARERPASSPORT_PASSPHRASE"
ENV_NO_KEYRING = "CARERPASSPORT_NO_KEYRING"

#: Revision reasons.
REASON_CREATE = "create"
REASON_EDIT = "edit"
REASON_RESTORE = "restore"
REASON_REVIEW = "review"
REASON_IMPORT = "import"
REASON_COUNTERSIGNED = "countersigned"

PERSON_FIELDS = {
    "employee.name", "employee.role", "employee.team", "employee.staff_number", "employee.contact",
    "manager.name", "manager.role", "manager.team", "manager.contact",
}
PRIVATE_NOTES_FIELD = "notes.private"


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
    """One open vault and the use cases over it."""

    def __init__(self, vault: Vault, keyring: KeyringStore | None, clock: Callable[[], dt.datetime] | None = None):
        self.vault = vault
        self.keyring = keyring
        self.clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self._template: Template | None = None

    # --- opening and closing ---------------------------------------------------------------------
    @classmethod
    def create(cls, data_dir: Path, *, employee_name: str = "", manager_name: str = "",
               passphrase: str | None = None, keyring: KeyringStore | None = None,
               template: Template | None = None, template_json: bytes | None = None) -> Created:
        """Create a vault in ``data_dir`` with an identity and a first, empty passport."""
        identity = generate_identity(employee_name)
        vault, code = Vault.create(VaultPaths(Path(data_dir)), passphrase=passphrase, keyring=keyring)
        app = cls(vault, keyring)
        template = template or load_default_template()
        repo = vault.repo
        with repo.transaction():
            if template_json is not None:
                repo.set_meta("template_json", template_json.decode("utf-8"))
            repo.set_meta("vault_id", vault.vault_id)
            repo.set_meta("created", now_utc())
            repo.set_identity(StoredIdentity(now_utc(), identity.name, identity.cert_pem, identity.key_pem,
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
             keyring: KeyringStore | None = None) -> PassportApp:
        """Unlock the vault in ``data_dir`` (keyring first, then passphrase or recovery code)."""
        vault = Vault.open(VaultPaths(Path(data_dir)), keyring=keyring, passphrase=passphrase,
                           recovery_code=recovery_code)
        app = cls(vault, keyring)
        if vault.unlocked.method == "recovery":
            vault.repo.log("key", "Opened with the recovery code")
        if not vault.repo.has_identity():
            app._create_identity()  # vaults from schema 1 had none
        return app

    def _create_identity(self) -> None:
        passport = self.passport()
        identity = generate_identity(passport.employee.name)
        with self.repo.transaction():
            self.repo.set_identity(StoredIdentity(now_utc(), identity.name, identity.cert_pem, identity.key_pem,
                                                  identity.age_secret))
            self.repo.log("key", "Signing identity created")

    @staticmethod
    def exists(data_dir: Path) -> bool:
        return VaultPaths(Path(data_dir)).exists()

    def close(self) -> None:
        self.vault.close()

    @property
    def repo(self) -> Repository:
        return self.vault.repo

    @property
    def data_dir(self) -> Path:
        return self.vault.paths.root

    def today(self) -> dt.date:
        return self.clock().astimezone().date()

    # --- reading ---------------------------------------------------------------------------------
    @property
    def template(self) -> Template:
        if self._template is None:
            stored = self.repo.get_meta("template_json")
            self._template = parse_template(stored, "the vault's template") if stored else load_default_template()
        return self._template

    def passport(self) -> Passport:
        """The current passport (the latest revision)."""
        latest = self.repo.latest_revision()
        if latest is None:
            raise ValidationError("This vault has no passport yet.")
        return Passport.from_dict(load_canonical(latest.content))

    def latest_revision(self) -> Revision:
        latest = self.repo.latest_revision()
        if latest is None:
            raise ValidationError("This vault has no passport yet.")
        return latest

    def history(self) -> list[RevisionInfo]:
        return self.repo.revisions()

    def passport_at(self, number: int) -> Passport:
        return Passport.from_dict(load_canonical(self.repo.revision(number).content))

    def diff(self, old: int, new: int) -> list[Change]:
        return diff_passports(self.passport_at(old), self.passport_at(new), self.template)

    def events(self) -> list[Event]:
        return self.repo.events()

    def identity(self) -> Identity:
        stored = self.repo.identity()
        return Identity(stored.name, stored.cert_pem, stored.key_pem, stored.age_secret)

    def due(self) -> list[DueItem]:
        return due_items(self.passport(), self.today())

    # --- editing ---------------------------------------------------------------------------------
    def save(self, passport: Passport, reason: str = REASON_EDIT) -> Revision | None:
        """Save ``passport`` as a new revision; None when nothing changed. Validates first."""
        self.validate(passport)
        content = canonical_bytes(passport.to_dict())
        latest = self.repo.latest_revision()
        if latest is not None and latest.content == content:
            return None
        return self.repo.append_revision(content, reason)

    def validate(self, passport: Passport) -> None:
        """Raise :class:`ValidationError` if the passport does not fit its template."""
        Passport.from_dict(passport.to_dict())  # types, sizes, ids
        for field_id, answer in passport.answers.items():
            field = self.template.field(field_id) if self.template.has_field(field_id) else None
            if field is None:
                raise ValidationError(f"There is no question {field_id!r} in this passport's template.")
            if field.for_manager:
                raise ValidationError(f"{field.label!r} is for your line manager to fill in when they sign.")
            if field.kind == "choice" and answer.text and answer.text not in field.choices:
                raise ValidationError(f"{field.label!r} must be one of: {', '.join(field.choices)}.")
        for action in passport.actions:
            action.validate()

    def set_answer(self, field_id: str, text: str | None = None, *, shared: bool | None = None) -> Revision | None:
        """Set one answer (or a person's detail, or the private notes) by its id."""
        passport = self.passport()
        if field_id in PERSON_FIELDS:
            if shared is not None:
                raise ValidationError("Names and roles are always on an export; only answers have a share choice.")
            who, attr = field_id.split(".")
            setattr(getattr(passport, who), attr, text if text is not None else "")
        elif field_id == PRIVATE_NOTES_FIELD:
            if shared:
                raise ValidationError("Private notes are never shared.")
            passport.private_notes = text if text is not None else passport.private_notes
        else:
            field = self.template.field(field_id)
            if field.for_manager:
                raise ValidationError(f"{field.label!r} is for your line manager to fill in when they sign.")
            old = passport.answer(field_id)
            passport.answers[field_id] = Answer(text=old.text if text is None else text,
                                                shared=old.shared if shared is None else shared)
        return self.save(passport)

    def add_action(self, what: str, *, kind: str = "other", owner: str = "", status: str = "proposed",
                   decline_reason: str = "", agreed_on: dt.date | None = None,
                   implement_by: dt.date | None = None, review_on: dt.date | None = None,
                   shared: bool = True) -> AgreedAction:
        passport = self.passport()
        action = AgreedAction(what=what, kind=_enum(ActionKind, kind, "kind"), owner=owner,
                              status=_enum(ActionStatus, status, "status"), decline_reason=decline_reason,
                              agreed_on=agreed_on, implement_by=implement_by, review_on=review_on, shared=shared)
        if action.status in (ActionStatus.AGREED, ActionStatus.IN_PLACE) and action.agreed_on is None:
            action.agreed_on = self.today()
        passport.actions.append(action)
        self.save(passport)
        return action

    def update_action(self, action_id: str, **changes: Any) -> AgreedAction:
        """Change fields of one action (``what``, ``kind``, ``status``, dates, ...)."""
        passport = self.passport()
        action = passport.action(action_id)
        allowed = {f.name for f in dataclasses.fields(AgreedAction)} - {"id"}
        for name, value in changes.items():
            if name not in allowed:
                raise ValidationError(f"An agreed action has no {name!r}.")
            if name == "kind":
                value = _enum(ActionKind, value, "kind")
            elif name == "status":
                value = _enum(ActionStatus, value, "status")
            setattr(action, name, value)
        if action.status in (ActionStatus.AGREED, ActionStatus.IN_PLACE) and action.agreed_on is None:
            action.agreed_on = self.today()
        self.save(passport)
        return action

    def remove_action(self, action_id: str) -> None:
        passport = self.passport()
        action = passport.action(action_id)
        passport.actions = [a for a in passport.actions if a.id != action.id]
        self.save(passport)

    def restore_revision(self, number: int) -> Revision | None:
        """Make revision ``number`` current again, as a new revision (nothing is lost)."""
        old = self.passport_at(number)
        revision = self.save(old, REASON_RESTORE)
        if revision is not None:
            self.repo.log("restore", f"Restored revision {number}", revision=revision.number)
        return revision

    # --- keys ------------------------------------------------------------------------------------
    def change_passphrase(self, new: str | None) -> None:
        """Set, change or (``None``) remove the passphrase."""
        self.vault.set_passphrase(new)
        self.repo.log("key", "Passphrase removed" if new is None else "Passphrase changed")

    def regenerate_recovery_code(self) -> RecoveryCode:
        code = self.vault.regenerate_recovery_code()
        self.repo.log("key", "New recovery code created; the old one no longer works")
        return code

    def rekey(self, passphrase: str | None = None) -> RecoveryCode:
        code = self.vault.rekey(passphrase=passphrase, keyring=self.keyring)
        self.repo.log("key", "Vault re-encrypted with a new key; new recovery code created")
        return code

    def keyring_in_use(self) -> bool:
        return self.keyring is not None and self.keyring.get(self.vault.vault_id) is not None

    def use_keyring(self, enabled: bool) -> bool:
        """Remember (or forget) the key in the OS keyring; False if no secure keyring is available."""
        if self.keyring is None:
            return False
        if enabled:
            ok = self.vault.remember_in_keyring(self.keyring)
            if ok:
                self.repo.log("key", "Key stored in the system keyring")
            return ok
        self.vault.forget_in_keyring(self.keyring)
        self.repo.log("key", "Key removed from the system keyring")
        return True

    # --- signed PDF export and verification (issue 5) --------------------------------------------

    # --- countersigning and importing (issue 6) --------------------------------------------------
    def inspect_received(self, in_path: Path) -> countersigning.ReceivedPassport:
        """Manager mode: check an employee's signed passport PDF (who signed it, intact). No writes."""
        return countersigning.inspect_received(countersigning.read_pdf_file(in_path))

    def countersign(self, in_path: Path, out_path: Path, *, comment: str, name: str | None = None,
                    keep_copy: bool = True) -> countersigning.CountersignResult:
        """Manager mode: verify ``in_path``, fill the manager's fields, sign with this vault's identity and
        write ``out_path`` atomically; ``keep_copy`` keeps the countersigned copy in this vault."""
        received = self.inspect_received(in_path)
        identity = self.identity()
        signed = countersigning.countersign_pdf(received, identity, comment=comment, name=name or identity.name,
                                             date=self.today())
        countersigning.write_countersigned(out_path, signed)
        kept = None
        with self.repo.transaction():
            if keep_copy:
                kept = self.repo.add_attachment(countersigning.RECEIVED_KIND, Path(out_path).name, signed.pdf_bytes,
                                                details=countersigning.received_details(signed))
            self.repo.log("countersign", f"Countersigned {received.employee_name}'s passport",
                          file_sha256=signed.file_sha256,
                          details={"employee_fingerprint": received.employee.fingerprint, "kept": keep_copy})
        return countersigning.CountersignResult(Path(out_path), signed, kept)

    def received_passports(self) -> list[countersigning.ReceivedRecord]:
        """Manager mode: the passports this vault countersigned and kept, oldest first."""
        kept = self.repo.attachments(countersigning.RECEIVED_KIND)
        return [countersigning.ReceivedRecord.from_attachment(a) for a in kept]

    def received_passport_pdf(self, attachment_id: int) -> bytes:
        """The kept countersigned PDF of one received passport."""
        attachment = self.repo.attachment(attachment_id)
        if attachment.kind != countersigning.RECEIVED_KIND:
            raise ValidationError(f"Stored file {attachment_id} is not a received passport.")
        return attachment.data

    def inspect_countersigned(self, pdf_bytes: bytes, source: str) -> countersigned_import.CountersignedImport:
        """Check a countersigned copy of this vault's passport; raises a typed error to refuse it. No writes."""
        return countersigned_import.CountersignedImport.check(
            pdf_bytes, source=source, repo=self.repo, our_fingerprint=self.identity().fingerprint)

    def accept_countersigned(self, imp: countersigned_import.CountersignedImport, *, trust_new_manager: bool = False,
                             accept_external: bool = False) -> Revision:
        """Record a checked countersigned copy: store the PDF, pin the manager's certificate, mark the passport
        agreed by both (next review in 12 months unless a later one is set) and log it, in one transaction."""
        countersigned_import.require_decisions(imp, trust_new_manager=trust_new_manager,
                                               accept_external=accept_external)
        details = countersigned_import.countersigned_details(imp)
        with self.repo.transaction():
            countersigned_import.recheck_against_vault(imp, self.repo)
            passport = countersigned_import.agreed_passport(self.passport(), imp.agreed_on)
            self.validate(passport)
            revision = self.repo.append_revision(canonical_bytes(passport.to_dict()), REASON_COUNTERSIGNED)
            self.repo.add_attachment(countersigned_import.COUNTERSIGNED_KIND,
                                     Path(imp.source).name or "countersigned.pdf", imp.pdf_bytes,
                                     revision=revision.number, details=details)
            if imp.needs_trust:
                self.repo.add_pin(imp.manager_name, imp.manager.fingerprint, role="manager",
                                  cert_pem=imp.manager.cert_pem)
            self.repo.log("countersigned", f"Countersigned by {imp.manager_name}; agreed by both",
                          revision=revision.number, file_sha256=imp.file_sha256, details=details)
        return revision

    def import_countersigned(self, path: Path, *, trust_new_manager: bool = False,
                             accept_external: bool = False) -> Revision:
        """Check and, if nothing refuses it, record the countersigned PDF at ``path``."""
        imp = self.inspect_countersigned(countersigning.read_pdf_file(path), str(path))
        return self.accept_countersigned(imp, trust_new_manager=trust_new_manager, accept_external=accept_external)

    def countersigned_copies(self) -> list[Attachment]:
        """Accepted countersigned PDFs, oldest first (details: manager, comment, agreed revision...)."""
        return self.repo.attachments(countersigned_import.COUNTERSIGNED_KIND)


    # --- bundles, identity cards, backup and restore (issue 7) -----------------------------------

    # --- reviews, sharing record, changing manager (issue 8) -------------------------------------
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
                f"A review started on {existing.started_on.isoformat()} is still open: finish it "
                "(carerpassport review done) or cancel it (carerpassport review cancel) first.")
        latest = self.latest_revision()
        session = review_session.start_review(self.passport(), self.template, today=self.today(),
                                              base_revision=latest.number, trigger=trigger)
        with self.repo.transaction():
            self._store_review(session)
            kind = "circumstances" if session.circumstances_changed else "scheduled"
            self.repo.log("review_started", "Review started" + (" (circumstances changed)"
                                                                 if session.circumstances_changed else ""),
                          revision=latest.number, details={"trigger": kind, "items": len(session.items)})
        return session

    def circumstances_changed(self, reason: str) -> review_session.ReviewSession:
        """"My circumstances changed": start a review at once, with what changed as its reason."""
        if not reason.strip() or reason.strip() == review_session.TRIGGER_SCHEDULED:
            raise ValidationError("Say briefly what changed (for example “my caring hours went up”).")
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

    def preview_review(self, session: review_session.ReviewSession, *,
                       next_review: dt.date | None = None) -> review_session.ReviewResult:
        """What finishing ``session`` now would give (nothing is saved)."""
        return review_session.apply_review(self.passport(), session, today=self.today(), next_review=next_review)

    def finish_review(self, session: review_session.ReviewSession, *,
                      next_review: dt.date | None = None) -> Revision:
        """Apply the review to the current passport and save it as a new revision (reason "review"),
        even when nothing changed: the review itself is part of the record."""
        self._require_review()
        result = self.preview_review(session, next_review=next_review)
        self.validate(result.passport)
        summary = result.summary
        with self.repo.transaction():
            revision = self.repo.append_revision(canonical_bytes(result.passport.to_dict()), REASON_REVIEW)
            self.repo.set_meta(self.REVIEW_META_KEY, "")
            self.repo.log("review", summary.headline(), revision=revision.number,
                          details={"trigger": "circumstances" if session.circumstances_changed else "scheduled",
                                   "next_review": summary.next_review.isoformat(),
                                   "changed": summary.count(review_session.Verdict.CHANGED),
                                   "ended": summary.count(review_session.Verdict.NO_LONGER_APPLIES),
                                   "unchanged": summary.count(review_session.Verdict.UNCHANGED)})
        return revision

    def cancel_review(self) -> None:
        """Drop the open review; the passport is unchanged."""
        self._require_review()
        with self.repo.transaction():
            self.repo.set_meta(self.REVIEW_META_KEY, "")
            self.repo.log("review_cancelled", "Review cancelled")

    def _require_review(self) -> review_session.ReviewSession:
        session = self.current_review()
        if session is None:
            raise review_session.NoReviewError("No review is open. Start one first (carerpassport review start).")
        return session

    def _store_review(self, session: review_session.ReviewSession) -> None:
        self.repo.set_meta(self.REVIEW_META_KEY, json.dumps(session.to_dict(), sort_keys=True))

    def shares(self) -> list[Share]:
        """The sharing record: every export or bundle, oldest first, with consent withdrawals."""
        return self.repo.shares()

    def share(self, share_id: int) -> Share:
        for share in self.repo.shares():
            if share.id == share_id:
                return share
        raise ValidationError(f"There is no share {share_id} in your sharing record.")

    def withdraw_consent(self, share_id: int) -> str:
        """Mark consent withdrawn for one share; return a short note asking the recipient to delete it."""
        share = self.share(share_id)
        if share.withdrawn_at:
            raise ValidationError(f"Consent for share {share_id} was already withdrawn on {share.withdrawn_at[:10]}.")
        with self.repo.transaction():
            self.repo.withdraw_share(share_id)
            self.repo.log("consent_withdrawn", f"Consent withdrawn for share {share_id}", revision=share.revision,
                          file_sha256=share.file_sha256, details={"share": share_id, "recipient": share.recipient})
        return self._withdrawal_note(share)

    def _withdrawal_note(self, share: Share) -> str:
        employee = self.passport().employee.name or "the sender"
        sent = share.at[:10]
        what = f"the file “{share.file_name}”" if share.file_name else f"a {share.format.upper()} file"
        return (f"Dear {share.recipient or 'colleague'},\n\n"
                f"On {sent} I shared a copy of my carer's passport with you ({what}, revision {share.revision}; "
                f"its SHA-256 fingerprint begins {share.file_sha256[:16]}).\n\n"
                "I no longer consent to you keeping it. Please delete every copy you hold, including printed "
                "copies, attachments in email and copies on shared drives, and let me know when you have done so. "
                "Please do not pass it to anyone else.\n\n"
                f"Thank you,\n{employee}\n")

    def holdings(self, recipient: str) -> list[Share]:
        """Exactly what ``recipient`` holds: each share to them whose consent is not withdrawn."""
        wanted = " ".join(recipient.split()).casefold()
        if not wanted:
            raise ValidationError("Say whose copies to look up (the recipient's name as recorded).")
        return [s for s in self.repo.shares()
                if not s.withdrawn_at and " ".join(s.recipient.split()).casefold() == wanted]

    def shareable_fields(self) -> list[tuple[str, str]]:
        """``(field id, label)`` for each answered question: what could be shared with someone."""
        return review_session.shareable_fields(self.passport(), self.template)

    def change_manager(self, name: str, *, contact: str = "", share_fields: list[str] | None = None,
                       share_actions: bool = False) -> review_session.ManagerChange:
        """Record a new line manager (a new revision) and retire the previous manager's pinned
        certificate (kept in the history). The employee's own share choices are not touched: the chosen
        ``share_fields`` (default: nothing) are returned for the export to the new manager."""
        change = review_session.with_new_manager(self.passport(), self.template, name, contact=contact,
                                                 share_fields=share_fields, share_actions=share_actions)
        self.validate(change.passport)
        with self.repo.transaction():
            revision = self.repo.append_revision(canonical_bytes(change.passport.to_dict()), REASON_EDIT)
            retired = [p for p in self.repo.pins(include_retired=False) if p.role == "manager"]
            for pin in retired:
                self.repo.retire_pin(pin.id)
            self.repo.log("manager_changed", "New line manager recorded; earlier arrangements to be agreed again",
                          revision=revision.number,
                          details={"retired_pins": [p.fingerprint for p in retired],
                                   "chosen_fields": list(change.share_fields), "actions": change.share_actions})
        return dataclasses.replace(change, revision=revision.number, retired_pins=tuple(p.name for p in retired))

    def write_reminders(self, out_path: Path) -> int:
        """Write the review dates as an iCalendar file (neutral titles only); return how many events."""
        passport = self.passport()
        data = build_calendar(passport, now=self.clock())
        atomic_write(Path(out_path), data)
        count = len(reminders_for(passport, self.today()))
        self.repo.log("reminders", f"Calendar reminders written ({count})", file_sha256=sha256_hex(data))
        return count

    def write_checklist(self, out_path: Path) -> str:
        """Write the private preparation checklist PDF; return its SHA-256. Not a share: it is for you."""
        data = render_checklist(build_checklist(self.template, self.passport(), today=self.today()))
        atomic_write(Path(out_path), data)
        digest = sha256_hex(data)
        self.repo.log("checklist", "Private preparation checklist written", file_sha256=digest)
        return digest


def _enum(kind: type[ActionKind] | type[ActionStatus], value: Any, what: str) -> Any:
    if isinstance(value, kind):
        return value
    try:
        return kind(str(value).strip().lower().replace(" ", "_").replace("-", "_"))
    except ValueError:
        allowed = ", ".join(m.value for m in kind)
        raise ValidationError(f"The {what} must be one of: {allowed} (got {value!r}).") from None

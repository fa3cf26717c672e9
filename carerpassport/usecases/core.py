"""Two areas: :class:`Editing` (read the passport and its history, edit it) and :class:`Keys` (the
vault's secrets).

Both work on the open vault through the :class:`~carerpassport.usecases.context.Context`; opening and
creating a vault are in :mod:`carerpassport.app`.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from typing import Any

from carerpassport.domain.canonical import canonical_bytes, load_canonical, sha256_hex
from carerpassport.domain.diff import Change, diff_passports
from carerpassport.domain.editing_sessions import EditingSession, Tip, label_of_changes, may_amend
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.model import ActionKind, ActionStatus, AgreedAction, Answer, Passport
from carerpassport.domain.review import DueItem, due_items
from carerpassport.domain.said import Said
from carerpassport.domain.sharing_agreement import SharingAgreement
from carerpassport.domain.template import Template
from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _
from carerpassport.storage_errors import StorageError
from carerpassport.usecases.context import Area, Context
from carerpassport.vault.errors import VaultError
from carerpassport.vault.key_change import KeyChange
from carerpassport.vault.keyslots import REKEY, RecoveryCode
from carerpassport.vault.repository import Revision, RevisionInfo

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


@dataclasses.dataclass(frozen=True)
class RemovedAction:
    """What :meth:`Editing.remove_action` took out, to put back with :meth:`Editing.undo_remove_action`."""

    action: AgreedAction
    #: Where it stood in the list of actions.
    position: int


def apply_field(passport: Passport, template: Template, field_id: str, text: str | None = None, *,
                shared: bool | None = None) -> None:
    """Set one field of ``passport`` in place, by its id: a person's detail (``employee.name``...), the
    private notes, or an answer (``None`` keeps the text or the share choice as it was).

    The one place that knows which ids mean what; saving (and validating) is the caller's. Raises
    :class:`ValidationError` for a share choice on a name or the notes, or a question for the manager.
    """
    if field_id in PERSON_FIELDS:
        if shared is not None:
            raise ValidationError(_("Names and roles are always on an export; only answers have a share choice."))
        who, attr = field_id.split(".")
        setattr(getattr(passport, who), attr, text if text is not None else "")
    elif field_id == PRIVATE_NOTES_FIELD:
        if shared:
            raise ValidationError(_("Private notes are never shared."))
        passport.private_notes = text if text is not None else passport.private_notes
    elif template.is_former_question(field_id) and field_id in passport.answers:
        # No longer on the employer's form: kept as written (there is no question to answer any more);
        # only whether it is shared can change, and only by the employee's choice.
        if text is not None and text != passport.answers[field_id].text:
            raise ValidationError(_("{label_of!r} is no longer on your employer's form, so its "
                                    "answer is kept as you wrote it. Copy the text into a current question to use "
                                    "it.").format(
                                    label_of=template.label_of(field_id)))
        old = passport.answers[field_id]
        passport.answers[field_id] = Answer(text=old.text, shared=old.shared if shared is None else shared)
    else:
        field = template.field(field_id)
        if field.for_manager:
            raise ValidationError(_("{label!r} is for your line manager to fill in when they sign.").format(
                                      label=field.label))
        # A question's first answer starts with the employer's share default (the employee may change it).
        old = passport.answers.get(field_id) or Answer(shared=field.share_default)
        passport.answers[field_id] = Answer(text=old.text if text is None else text,
                                            shared=old.shared if shared is None else shared)


def moved_to(passport: Passport, template: Template) -> Passport:
    """``passport`` pointing at ``template``: every answer kept by id; answers to questions it does not ask
    made private."""
    moved = passport.copy()
    moved.template_id, moved.template_version = template.id, template.version
    for field_id, answer in moved.answers.items():
        if not template.has_field(field_id):
            moved.answers[field_id] = Answer(text=answer.text, shared=False)
    return moved


def passport_of(revision: Revision) -> Passport:
    """The passport a stored revision holds, after checking its bytes against the hash saved with it.

    Every revision was canonicalised when it was saved, so reading checks the SHA-256 (microseconds)
    instead of serialising the whole passport again (milliseconds): this is on the autosave path.
    """
    if sha256_hex(revision.content) != revision.content_sha256:
        raise VaultError(_("Revision {number} does not match its recorded hash: the vault is damaged. "
                           "Restore it from a backup (carerpassport restore).").format(number=revision.number))
    return Passport.from_dict(load_canonical(revision.content, require_canonical=False))


class Editing(Area):
    """Reading the passport and its history, and editing it."""

    def __init__(self, ctx: Context):
        super().__init__(ctx)
        self._editing_session: EditingSession | None = None  # the GUI's autosaves since the last event
        # The latest revision as last parsed, and the list of versions as last read, each with the newest
        # revision it was read at. Every page and every save asks for them (a page switch, 2-4 times), and
        # parsing the passport costs ~0.8 ms and reading 2,000 versions ~7 ms of the GUI thread; both are
        # read again whenever the newest revision in the vault is not that one, whoever wrote it.
        self._parsed: tuple[Revision, Passport] | None = None
        self._versions: tuple[int, str, tuple[RevisionInfo, ...]] | None = None
        # The last few versions parsed by number (History compares two, ~3.5 ms each for a passport with 100
        # actions; after a save it compares the new one with the one before, parsed by the last show).
        self._parsed_at: dict[int, tuple[Revision, Passport]] = {}

    def passport(self) -> Passport:
        """The current passport (the latest revision): a copy of its own, for the caller to change."""
        # Callers change what they get and save it: never the kept one (a copy is ~0.1-0.35 ms, a parse ~0.8).
        return copy.deepcopy(self._kept_parse(self.latest_revision()))

    def _kept_parse(self, latest: Revision) -> Passport:
        """``latest`` parsed, from memory when it is the revision parsed last. Read it, never change it."""
        parsed = self._parsed
        # The same number, hash and bytes: the same passport (an autosave replaces the newest revision's
        # content under its number; comparing the bytes keeps a damaged row from being read from memory).
        if parsed is None or (parsed[0].number, parsed[0].content_sha256, parsed[0].content) != (
                latest.number, latest.content_sha256, latest.content):
            parsed = (latest, passport_of(latest))
            self._parsed = parsed
        return parsed[1]

    def latest_revision(self) -> Revision:
        latest = self.repo.latest_revision()
        if latest is None:
            raise ValidationError(_("This vault has no passport yet."))
        return latest

    def history(self) -> list[RevisionInfo]:
        """Every version's header, oldest first (read again once the newest revision is another)."""
        latest = self.repo.latest_revision()
        if latest is None:
            return []
        versions = self._versions
        # Only the newest revision ever changes (an autosave amends it, which gives it a new chain hash);
        # the ones before it are fixed by the hash chain. So its number and chain hash name the whole list.
        if versions is None or (versions[0], versions[1]) != (latest.number, latest.chain_sha256):
            versions = (latest.number, latest.chain_sha256, self._versions_read_again(versions))
            self._versions = versions
        return list(versions[2])

    def _versions_read_again(self, kept: tuple[int, str, tuple[RevisionInfo, ...]] | None) -> tuple[RevisionInfo, ...]:
        """The list of versions, reading only from the one before the newest kept on when it is unchanged.

        A save appends a version or amends the newest; no other row ever changes, and no row is deleted. So
        when the version before the kept newest reads the same (its chain hash stands for every version before
        it), the kept list up to it is still the vault's: reading 2,000 versions again cost ~7 ms a save."""
        if kept is not None and len(kept[2]) >= 2:
            before_newest = kept[2][-2]
            tail = self.repo.revisions(since=before_newest.number)
            if tail and tail[0] == before_newest:
                return kept[2][:-1] + tuple(tail[1:])
        return tuple(self.repo.revisions())

    def read_ahead(self, for_thread: int | None = None) -> None:
        """Read what the first pages show (the passport, the list of versions), so that the database pages
        holding them are decrypted and cached now. The app calls this in the worker that opened the vault,
        with the GUI thread's ``threading.get_ident()`` as ``for_thread``: the worker's connection, cache and
        all, then becomes the GUI thread's (each thread has its own connection). Otherwise the GUI thread
        pays for it the first time History is shown (~35 ms for 200 versions, with its connection opened).
        Both are kept parsed (see :meth:`passport`, :meth:`history`), so the GUI thread does not parse them."""
        self.passport()
        self.history()
        if for_thread is not None:
            self.vault.hand_over_connection(for_thread)

    def passport_at(self, number: int) -> Passport:
        """Version ``number``'s passport: a copy of its own, for the caller to change."""
        return copy.deepcopy(self._kept_parse_at(number))

    def _kept_parse_at(self, number: int) -> Passport:
        """Version ``number`` parsed, from memory when its number, hash and bytes are the ones parsed last (as
        :meth:`_kept_parse`: an autosave replaces the newest version's bytes). Read it, never change it."""
        revision = self.repo.revision(number)
        kept = self._parsed_at.get(number)
        if kept is not None and (kept[0].content_sha256, kept[0].content) == (revision.content_sha256,
                                                                               revision.content):
            return kept[1]
        parsed = passport_of(revision)
        recent = [item for item in self._parsed_at.items() if item[0] != number][-3:]  # the last three others
        self._parsed_at = {**dict(recent), number: (revision, parsed)}
        return parsed

    def diff(self, old: int, new: int) -> list[Change]:
        return diff_passports(self._kept_parse_at(old), self._kept_parse_at(new), self.template)

    def due(self) -> list[DueItem]:
        return due_items(self.passport(), self.today())

    # --- editing ---------------------------------------------------------------------------------
    def save(self, passport: Passport, reason: str = REASON_EDIT, *, autosave: bool = False) -> Revision | None:
        """Save ``passport`` as a new revision; None when nothing changed. Validates first.

        An ``autosave`` (the GUI's, while a person types) replaces the newest version instead while that
        version is the open editing session's own (rules in :mod:`carerpassport.domain.editing_sessions`).
        """
        self.validate(passport)
        content = canonical_bytes(passport.to_dict())
        with self.repo.transaction():  # the newest version cannot change between reading and writing it
            latest = self.repo.latest_revision()
            if latest is not None and latest.content == content:
                return None
            if latest is None or reason != REASON_EDIT:
                return self.repo.append_revision(content, reason)
            return self._save_edit(latest, passport, content, autosave=autosave)

    def _save_edit(self, latest: Revision, passport: Passport, content: bytes, *, autosave: bool) -> Revision:
        """An edit: amend the editing session's version or append a new one, labelled by what changed."""
        now = self.clock()
        session = self._editing_session if autosave else None
        tip = Tip(latest.number, latest.reason == REASON_EDIT, self.repo.revision_is_referenced(latest.number),
                  self.repo.newest_event_id())
        if session is not None and may_amend(session, tip, now):
            revision = self.repo.amend_tip_revision(latest.number, content,
                                                    label_of_changes(session.before, passport, self.template))
            self._editing_session = dataclasses.replace(session, last_edit=now)
            return revision
        before = self._kept_parse(latest)  # only read: labelled against, kept by the session to compare with
        revision = self.repo.append_revision(content, REASON_EDIT, label_of_changes(before, passport, self.template))
        self._editing_session = EditingSession(revision.number, before, now, tip.newest_event) if autosave else None
        return revision

    def end_editing_session(self) -> None:
        """Close the open editing session (the person left the section): the next autosave is a new version."""
        self._editing_session = None

    def validate(self, passport: Passport) -> None:
        """Raise :class:`ValidationError` if the passport does not fit its template."""
        Passport.from_dict(passport.to_dict())  # types, sizes, ids
        for field_id, answer in passport.answers.items():
            field = self.template.field(field_id) if self.template.has_field(field_id) else None
            if field is None and self.template.is_former_question(field_id):
                continue  # an answer kept from an earlier version of the employer's form
            if field is None:
                raise ValidationError(_("There is no question {field_id!r} in this passport's template.").format(
                                          field_id=field_id))
            if field.for_manager:
                raise ValidationError(_("{label!r} is for your line manager to fill in when they sign.").format(
                                          label=field.label))
            if field.kind == "choice" and answer.text and answer.text not in field.choices:
                raise ValidationError(_("{label!r} must be one of: {choices}.").format(
                                          label=field.label, choices=', '.join(field.choices)))
        for action in passport.actions:
            action.validate()
        passport.sharing_agreement.validate()

    def set_answer(self, field_id: str, text: str | None = None, *, shared: bool | None = None) -> Revision | None:
        """Set one answer (or a person's detail, or the private notes) by its id (see :func:`apply_field`)."""
        passport = self.passport()
        apply_field(passport, self.template, field_id, text, shared=shared)
        return self.save(passport)

    def set_sharing_agreement(self, agreement: SharingAgreement, *, autosave: bool = False) -> Revision | None:
        """Replace the passport's sharing agreement (a new revision, or the editing session's with
        ``autosave``, like an answer); None when nothing changed. Raises :class:`ValidationError` naming the
        first incomplete line (a purpose not given, someone added without a name) and saves nothing then."""
        agreement = SharingAgreement.from_dict(agreement.to_dict())  # a copy, with types and sizes checked
        agreement.validate()
        passport = self.passport()
        passport.sharing_agreement = agreement
        return self.save(passport, autosave=autosave)

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
                raise ValidationError(_("An agreed action has no {name!r}.").format(name=name))
            if name == "kind":
                value = _enum(ActionKind, value, "kind")
            elif name == "status":
                value = _enum(ActionStatus, value, "status")
            setattr(action, name, value)
        if action.status in (ActionStatus.AGREED, ActionStatus.IN_PLACE) and action.agreed_on is None:
            action.agreed_on = self.today()
        self.save(passport)
        return action

    def remove_action(self, action_id: str) -> RemovedAction:
        """Remove one action (a new revision); the result puts it back with :meth:`undo_remove_action`."""
        passport = self.passport()
        action = passport.action(action_id)
        position = next(i for i, a in enumerate(passport.actions) if a.id == action.id)
        passport.actions = [a for a in passport.actions if a.id != action.id]
        self.save(passport)
        return RemovedAction(action, position)

    def undo_remove_action(self, removed: RemovedAction) -> Revision | None:
        """Put a removed action back where it stood (or last, if the list got shorter), with the same id and
        fields, as one new revision. None when the passport already holds it (nothing to undo)."""
        passport = self.passport()
        if any(a.id == removed.action.id for a in passport.actions):
            return None
        passport.actions.insert(min(removed.position, len(passport.actions)), dataclasses.replace(removed.action))
        return self.save(passport)

    def restore_revision(self, number: int) -> Revision | None:
        """Make revision ``number`` current again, as a new revision (nothing is lost).

        The employee restores their answers, not their employer's form: a revision written under another
        template (an older version of the employer's) is moved onto the one in use as an import moves the
        passport, answers kept by question id and those to questions it no longer asks made private.
        """
        old = self.passport_at(number)
        if (old.template_id, old.template_version) != (self.template.id, self.template.version):
            old = moved_to(old, self.template)
        revision = self.save(old, REASON_RESTORE)
        if revision is not None:
            self.repo.log("restore", Said(N_("Restored revision {number}"), number=number), revision=revision.number)
        return revision


class Keys(Area):
    """The vault's secrets: passphrase, recovery code, re-key, the OS keyring."""

    def change_passphrase(self, new: str | None) -> None:
        """Set, change or (``None``) remove the passphrase."""
        try:
            self.vault.set_passphrase(new)
        except StorageError as exc:
            raise exc.retold(_("Your passphrase was not changed"),
                             _("The one you had still opens the vault, and nothing saved was lost.")) from exc
        try:
            self.repo.log("key", Said(N_("Passphrase removed")) if new is None else Said(N_("Passphrase changed")))
        except StorageError as exc:
            # The key file is already rewritten: say so, or the person would go on using the old passphrase.
            raise exc.retold(_("Your passphrase was removed, but the vault's log could not record the change")
                             if new is None else
                             _("Your passphrase was changed, and the new one is the one that opens the vault now, "
                               "but the vault's log could not record the change"),
                             _("Nothing saved was lost.")) from exc

    def start_recovery_code_change(self) -> KeyChange:
        """A new recovery code, pending: show ``change.code``, then :meth:`commit_key_change` (or cancel).

        Until the commit both the old and the new code open the vault, so a crash before the user has
        seen the new code never leaves them with a code that does not work.
        """
        try:
            return self.vault.begin_recovery_code_change()
        except StorageError as exc:
            raise exc.retold(_("No new recovery code was made"),
                             _("Your recovery code is the one you had, and nothing saved was lost.")) from exc

    def start_rekey(self, passphrase: str | None = None) -> KeyChange:
        """Re-encrypt the vault under a new key (pending, with a new recovery code): show ``change.code``,
        then :meth:`commit_key_change`. The passphrase, if the vault has one, is needed and kept."""
        try:
            return self.vault.begin_rekey(passphrase=passphrase)
        except StorageError as exc:
            raise exc.retold(_("The vault was not re-encrypted"), _("It opens with your recovery code and passphrase "
                               "as before, and nothing saved was lost.")) from exc

    def commit_key_change(self, change: KeyChange) -> None:
        """Make a started change final, once the user has been shown its new recovery code."""
        self.vault.commit_key_change(change, self.keyring)
        done = Said(N_("Vault re-encrypted with a new key; new recovery code created") if change.change == REKEY
                    else N_("New recovery code created; the old one no longer works"))
        try:
            self.repo.log("key", done)
        except StorageError as exc:
            # The change is final: say so, or the person would go on trusting the old recovery code.
            raise exc.retold(_("Your new recovery code is in effect (the old one no longer works), but the vault's "
                               "log could not record the change"), _("Nothing saved was lost.")) from exc

    def cancel_key_change(self, change: KeyChange) -> None:
        """Undo a started change the user did not keep; the previous secrets keep working."""
        self.vault.cancel_key_change(change, self.keyring)

    def regenerate_recovery_code(self) -> RecoveryCode:
        """Start and commit a new recovery code in one step, for callers that keep the code themselves."""
        change = self.start_recovery_code_change()
        self.commit_key_change(change)
        return change.code

    def rekey(self, passphrase: str | None = None) -> RecoveryCode:
        """Start and commit a re-key in one step, for callers that keep the new code themselves."""
        change = self.start_rekey(passphrase)
        self.commit_key_change(change)
        return change.code

    def has_passphrase(self) -> bool:
        """Whether a passphrase (beside the recovery code) opens the vault."""
        return self.vault.has_passphrase

    def verify_passphrase(self, passphrase: str) -> bool:
        """Whether ``passphrase`` is the vault's current passphrase (asked before changing or removing it)."""
        return self.vault.verify_passphrase(passphrase)

    def keyring_in_use(self) -> bool:
        return self.keyring is not None and self.keyring.get(self.vault.vault_id) is not None

    def use_keyring(self, enabled: bool) -> bool:
        """Remember (or forget) the key in the OS keyring; False if no secure keyring is available."""
        if self.keyring is None:
            return False
        if enabled:
            ok = self.vault.remember_in_keyring(self.keyring)
            if ok:
                self.repo.log("key", Said(N_("Key stored in the system keyring")))
            return ok
        self.vault.forget_in_keyring(self.keyring)
        self.repo.log("key", Said(N_("Key removed from the system keyring")))
        return True


def _enum(kind: type[ActionKind] | type[ActionStatus], value: Any, what: str) -> Any:
    if isinstance(value, kind):
        return value
    try:
        return kind(str(value).strip().lower().replace(" ", "_").replace("-", "_"))
    except ValueError:
        allowed = ", ".join(m.value for m in kind)
        raise ValidationError(_("The {what} must be one of: {allowed} (got {value!r}).").format(
                                  what=what, allowed=allowed, value=value)) from None

"""Editing sessions: the autosaves of one spell of typing become one version, labelled by what changed.

The GUI saves about a second after a person stops typing, so three minutes of writing used to leave
twenty versions all called "Edited". Instead, an autosave replaces the newest version while that
version belongs to the same open editing session; anything a person did on purpose (an export, a share,
a review, a restore, locking the vault, leaving the section) or a pause of more than
:data:`SESSION_PAUSE` closes the session, so the next edit starts a new version.

These are the pure rules; :mod:`carerpassport.usecases.core` applies them and the vault's repository
does the writing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from carerpassport.domain.model import Passport
from carerpassport.domain.said import Arg, Listed, N_plural, Question, Said
from carerpassport.domain.template import Template
from carerpassport.domain.wording import N_

#: A pause longer than this between two autosaves starts a new version: someone who comes back to the
#: passport after a break is doing a new piece of work.
SESSION_PAUSE = dt.timedelta(minutes=5)

#: How many things a label names before it says "and N more" (it is one line in a list).
MOST_NAMED = 3


@dataclasses.dataclass(frozen=True)
class EditingSession:
    """An open editing session: the version its autosaves replace and the passport before it began."""

    revision: int  #: the version this session writes into (the vault's newest while the session lasts)
    before: Passport  #: the passport as it was just before the session's first save
    last_edit: dt.datetime  #: when the session last saved (the app's clock)
    newest_event: int  #: the newest log entry's id at that save: any later entry closes the session


@dataclasses.dataclass(frozen=True)
class Tip:
    """What matters about the vault's newest version when deciding to replace it."""

    number: int
    is_edit: bool  #: saved as an edit (not created, restored, reviewed, countersigned...)
    referenced: bool  #: a log entry, a stored file or a share names this version
    newest_event: int  #: the id of the vault's newest log entry (0 when there is none)


def may_amend(session: EditingSession | None, tip: Tip, now: dt.datetime) -> bool:
    """True when an autosave at ``now`` may replace ``tip`` instead of adding a version after it.

    Only the session's own version, only while nothing was logged since (every explicit event is logged
    and keeps its own version), never a version something refers to (what was exported or shared must
    stay exactly as it was), and only within :data:`SESSION_PAUSE` of the session's last save. A clock
    that went backwards starts a new version rather than guess.
    """
    if session is None or not tip.is_edit or tip.referenced:
        return False
    if tip.number != session.revision or tip.newest_event != session.newest_event:
        return False
    pause = now - session.last_edit
    return dt.timedelta(0) <= pause <= SESSION_PAUSE


def label_of_changes(before: Passport, after: Passport, template: Template | None) -> Said:
    """What changed from ``before`` to ``after``, as a line a person can read in the history.

    For example "Changed: How caring affects your work; added an action". Questions are named by their
    titles in ``template`` (in the template's order) and shown by the reader's form; names, notes and dates
    by what they are. Kept as said, so the history speaks the reader's language whichever was spoken when
    the version was saved.
    """
    changed: list[Arg] = list(_changed_answers(before, after, template))
    sharing: list[Arg] = list(_sharing_changed(before, after, template))
    if before.employee != after.employee:
        changed.append(Said(N_("your details")))
    if before.manager != after.manager:
        changed.append(Said(N_("your line manager's details")))
    if before.private_notes != after.private_notes:
        changed.append(Said(N_("your private notes")))
    if before.review != after.review:
        changed.append(Said(N_("the review dates")))
    if before.working_pattern != after.working_pattern:
        changed.append(Said(N_("your working pattern")))
    if before.jurisdiction != after.jurisdiction:
        changed.append(Said(N_("where you work")))
    if dataclasses.replace(before.sharing_agreement, shared=False) != dataclasses.replace(
            after.sharing_agreement, shared=False):
        changed.append(Said(N_("your sharing agreement")))
    if before.sharing_agreement.shared != after.sharing_agreement.shared:
        sharing.append(Said(N_("your sharing agreement")))
    parts: list[Arg] = []
    if changed:
        # Translators: a part of a version's label; {names}: the questions and details that changed.
        parts.append(Said(N_("changed: {names}"), names=_names(changed)))
    if sharing:
        # Translators: {names}: questions whose answer is now shared, or no longer shared, with the manager.
        parts.append(Said(N_("changed what is shared: {names}"), names=_names(sharing)))
    parts.extend(_action_changes(before, after))
    if not parts:
        return Said(N_("Edits undone: the same as the version before"))
    # Translators: a version's label, its parts joined: {parts} is "changed: …; added an action" (its first
    # letter is made a capital when shown). Keep it as it is unless Welsh needs words around it.
    return Said(N_("{parts}"), parts=Listed(tuple(parts), "; ", capitalise=True))


def _question_order(before: Passport, after: Passport, template: Template | None) -> list[tuple[str, str]]:
    """(field id, title) of every answered question, in the template's order, unknown ids last."""
    known = [(f.id, f.label) for f in template.fields()] if template else []
    ids = {i for i, _ in known}
    extra = sorted((set(before.answers) | set(after.answers)) - ids)
    return known + [(i, i) for i in extra]


def _changed_answers(before: Passport, after: Passport, template: Template | None) -> list[Question]:
    return [Question(field_id, title) for field_id, title in _question_order(before, after, template)
            if before.answer(field_id).text != after.answer(field_id).text]


def _sharing_changed(before: Passport, after: Passport, template: Template | None) -> list[Question]:
    """Questions whose share choice alone changed (one whose text changed too is named once, as changed)."""
    return [Question(field_id, title) for field_id, title in _question_order(before, after, template)
            if before.answer(field_id).shared != after.answer(field_id).shared
            and before.answer(field_id).text == after.answer(field_id).text]


def _action_changes(before: Passport, after: Passport) -> list[Arg]:
    old = {a.id: a for a in before.actions}
    new = {a.id: a for a in after.actions}
    added = sum(1 for i in new if i not in old)
    removed = sum(1 for i in old if i not in new)
    changed = sum(1 for i in new if i in old and new[i] != old[i])
    parts: list[Arg] = []
    if added:
        parts.append(Said(N_plural("added an action", "added {count} actions"), count=added))
    if changed:
        parts.append(Said(N_plural("changed an action", "changed {count} actions"), count=changed))
    if removed:
        parts.append(Said(N_plural("removed an action", "removed {count} actions"), count=removed))
    return parts


def _names(names: list[Arg]) -> Arg:
    if len(names) <= MOST_NAMED:
        return Listed(tuple(names))
    # Translators: {names}: the first three things named; {count}: how many more changed.
    return Said(N_("{names} and {count} more"), names=Listed(tuple(names[:MOST_NAMED])),
                count=len(names) - MOST_NAMED)

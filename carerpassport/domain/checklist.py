"""The private preparation checklist: what to think about before a passport conversation.

Built from the template's preparation questions (the Lothian guidance's list: what affects work, what
already helps, what would help, flexible working, occupational health / employee assistance / outside
support, expected changes), with the employee's current answers attached as notes, the support
organisations the template lists (an employer template can name its own), and the guidance reminders.

The checklist is for the employee only: it may hold private answers and private notes, and it is never
recorded as a share. Pure Python: no Qt, no SQL, no files.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from carerpassport.domain.dates import readable_date
from carerpassport.domain.labels import say
from carerpassport.domain.model import ACTION_STATUS_LABELS, ActionStatus, Passport
from carerpassport.domain.review_session import effect_not_diagnosis, no_guarantee
from carerpassport.domain.template import Field, SupportOrganisation, Template
from carerpassport.domain.wording import N_


def checklist_title(language: str | None = None) -> str:
    return say(N_("Preparing for your carer's passport conversation"), language)


def private_mark(language: str | None = None) -> str:
    """The line on every checklist (and every page of its PDF) saying it is the employee's alone."""
    return say(N_("Private: for you only. This checklist is not part of what you share."), language)


def reminders(language: str | None = None) -> tuple[str, ...]:
    """Reminders printed on every checklist; the seeds insist on each of them."""
    return (
        say(N_("The passport is voluntary and belongs to you. You decide how much to share with your manager."),
            language),
        effect_not_diagnosis(language),
        say(N_("Think about what already works and what does not, and what would make the biggest difference."),
            language),
        say(N_("Some changes (for example flexible working) need a formal request under your employer's policy."),
            language),
        no_guarantee(language),
    )


#: The old constants' names, read in the process's language when imported (``from … import PRIVATE_MARK``).
_SENTENCES = {"CHECKLIST_TITLE": checklist_title, "PRIVATE_MARK": private_mark}


def __getattr__(name: str) -> str:
    if name in _SENTENCES:
        return _SENTENCES[name]()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

#: Words too common to tell one question from another when matching questions to answers (including
#: "work" and "caring", which nearly every question here mentions).
_STOPWORDS = frozenset("""
a an and any are as at be can could do does for from have how i in is it me my need of on or that the
their them they this to what when which who will with would you your yours already further
work working caring apply
""".split())

#: Words that mean the same here ("what effect does work have" / "how does work affect").
_SAME_WORD = {"effect": "affect"}

#: A question and a template field are matched when more than this share of the question's own words
#: appear in the field's label or prompt (half is too loose: "help" alone would match many questions).
_MATCH_THRESHOLD = 0.5


@dataclasses.dataclass(frozen=True)
class ChecklistNote:
    """An answer the employee has already written, shown under a question as a reminder."""

    field_id: str
    label: str
    text: str
    shared: bool


@dataclasses.dataclass(frozen=True)
class ChecklistQuestion:
    question: str
    notes: tuple[ChecklistNote, ...] = ()


@dataclasses.dataclass(frozen=True)
class ChecklistAction:
    what: str
    status: str
    review_on: dt.date | None


@dataclasses.dataclass(frozen=True)
class Checklist:
    """Everything the printable checklist shows, in order."""

    title: str
    prepared_on: dt.date
    questions: tuple[ChecklistQuestion, ...]
    other_notes: tuple[ChecklistNote, ...]
    actions: tuple[ChecklistAction, ...]
    private_notes: str
    organisations: tuple[SupportOrganisation, ...]
    reminders: tuple[str, ...] = dataclasses.field(default_factory=reminders)
    private_mark: str = dataclasses.field(default_factory=private_mark)
    #: The language of its words (None: the process's), so its text and PDF say the rest in the same one.
    language: str | None = None

    def text(self) -> str:
        """The checklist as plain text (for a preview, or printing from a terminal)."""
        lang = self.language
        out = [self.title, self.private_mark, ""]
        for number, question in enumerate(self.questions, 1):
            out.append(f"[ ] {number}. {question.question}")
            for note in question.notes:
                says = (say(N_("Your passport says: {text}"), lang) if note.shared
                        else say(N_("Your passport says (private): {text}"), lang))
                out.append("      " + says.format(text=note.text))
        if self.other_notes:
            out += ["", say(N_("Also in your passport:"), lang)]
            out += [f"  - {n.label}: {n.text}" for n in self.other_notes]
        if self.actions:
            out += ["", say(N_("Agreed actions to talk about:"), lang)]
            out += ["  - " + self._action_line(a) for a in self.actions]
        if self.private_notes:
            out += ["", say(N_("Your private notes:"), lang), self.private_notes]
        if self.organisations:
            out += ["", say(N_("Where else to get support:"), lang)]
            out += [f"  - {o.name}" + (f": {o.what}" if o.what else "") + (f" ({o.contact})" if o.contact else "")
                    for o in self.organisations]
        out += ["", say(N_("Remember:"), lang)] + [f"  - {r}" for r in self.reminders]
        return "\n".join(out)

    def _action_line(self, action: ChecklistAction) -> str:
        if action.review_on is None:
            # Translators: an agreed action and where it stands, "Work from home on Fridays (Agreed)".
            return say(N_("{what} ({status})"), self.language).format(what=action.what, status=action.status)
        # Translators: as above, with the action's review date.
        return say(N_("{what} ({status}, review {date})"), self.language).format(
            what=action.what, status=action.status, date=readable_date(action.review_on, self.language))


def build_checklist(template: Template, passport: Passport, *, today: dt.date,
                    language: str | None = None) -> Checklist:
    """The checklist for ``passport`` under ``template``, its own words in ``language`` (the process's by
    default; pass ``template.translated(language)`` for the questions in the same language).

    Each preparation question gets as notes the current answers whose question says the same thing (by
    shared words; each answer is used once); answers that match no preparation question are listed
    after the questions, so nothing written is left out.
    """
    answered = [f for f in template.employee_fields() if passport.answer(f.id).text.strip()]
    used: set[str] = set()
    questions = []
    for question in template.preparation_questions:
        match = _best_field(question, [f for f in answered if f.id not in used])
        notes: tuple[ChecklistNote, ...] = ()
        if match is not None:
            used.add(match.id)
            notes = (_note(match, passport),)
        questions.append(ChecklistQuestion(question, notes))
    other = tuple(_note(f, passport) for f in answered if f.id not in used)
    live = (ActionStatus.PROPOSED, ActionStatus.AGREED, ActionStatus.IN_PLACE)
    statuses = ACTION_STATUS_LABELS.speaking(language)
    actions = tuple(ChecklistAction(a.what, statuses[a.status], a.review_on)
                    for a in passport.actions if a.status in live)
    return Checklist(title=checklist_title(language), prepared_on=today, questions=tuple(questions),
                     other_notes=other, actions=actions, private_notes=passport.private_notes.strip(),
                     organisations=template.support_organisations, reminders=reminders(language),
                     private_mark=private_mark(language), language=language)


def _note(field: Field, passport: Passport) -> ChecklistNote:
    answer = passport.answer(field.id)
    return ChecklistNote(field.id, field.label, answer.text.strip(), answer.shared)


def _words(text: str) -> set[str]:
    return {_SAME_WORD.get(w, w) for w in (_stem(w) for w in re.findall(r"[a-z]+", text.lower())
                                           if w not in _STOPWORDS)}


def _stem(word: str) -> str:
    """Crude plural/verb folding so "responsibilities" meets "responsibility" and "affects" meets "affect"."""
    for suffix, repl in (("ies", "y"), ("es", "e"), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            return word[: -len(suffix)] + repl
    return word


def _best_field(question: str, fields: list[Field]) -> Field | None:
    wanted = _words(question)
    if not wanted:
        return None
    best: Field | None = None
    best_score = 0.0
    for field in fields:
        score = len(wanted & (_words(field.label) | _words(field.prompt))) / len(wanted)
        if score > best_score:
            best, best_score = field, score
    return best if best_score > _MATCH_THRESHOLD else None

"""Words kept now and said later, in the language of whoever reads them: a log entry, a version's label.

A log entry written while the app spoke English is read later by someone who chose Welsh, so the vault
keeps what was said (:class:`Said`: a catalogue msgid and its arguments) rather than the words it came out
as. ``Said(N_("Restored revision {number}"), number=3)`` is stored as JSON (:meth:`Said.to_json`) and
translated when shown (:meth:`Said.text`); :meth:`Said.english` gives the English words, for the log's
``summary`` column and for the older readers that know only it.

An argument is plain text or a number (said as it is: a name, a file, a date as recorded), another
:class:`Said` (a phrase that is itself translated), a :class:`Question` (a question of the passport, named by
the form the reader has now, in the reader's language), a :class:`When` (a date, said in the reader's words)
or a :class:`Listed` (phrases joined into one).

The JSON is read back with care: a stored entry that does not parse is shown by the caller in its stored
English (:func:`shown`), never raised as the reader's fault.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from typing import Any, Union

from carerpassport.domain.dates import readable_iso
from carerpassport.domain.wording import catalogue, current_language

Arg = Union[str, int, "Said", "Question", "Listed", "When"]


def N_plural(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802 (the N_ family: marked, not said)
    """Mark a msgid with its plural for the catalogue; the ``count`` argument picks the form when said."""
    return singular, plural


@dataclasses.dataclass(frozen=True)
class Question:
    """A question of the passport, by its id: shown by the reader's form's title for it (``english`` when the
    form no longer has it)."""

    field_id: str
    english: str


@dataclasses.dataclass(frozen=True)
class When:
    """A date or a time, in ISO form as the vault keeps them: said in the reader's words ("1 Rhagfyr 2026")."""

    iso: str


@dataclasses.dataclass(frozen=True)
class Listed:
    """Phrases said as one: joined by ``separator``, the first letter capitalised when ``capitalise``."""

    items: tuple[Arg, ...]
    separator: str = ", "
    capitalise: bool = False


class Said:
    """A msgid (or a singular and plural pair, chosen by the ``count`` argument) and its arguments."""

    __slots__ = ("args", "msgid")

    def __init__(self, msgid: str | tuple[str, str], /, **args: Arg) -> None:
        if isinstance(msgid, tuple) and "count" not in args:
            raise TypeError("a plural Said needs a count argument")
        self.msgid = msgid
        self.args: Mapping[str, Arg] = args

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Said) and (self.msgid, dict(self.args)) == (other.msgid, dict(other.args))

    def __hash__(self) -> int:
        return hash((self.msgid, tuple(sorted(self.args))))

    def __repr__(self) -> str:
        return f"Said({self.msgid!r}, **{dict(self.args)!r})"

    def english(self) -> str:
        """The English words (the source text), whatever the process speaks."""
        return self.text("en")

    def text(self, language: str | None = None, questions: Mapping[str, str] | None = None) -> str:
        """The words in ``language`` (the process's when ``None``); ``questions`` maps a question's id to its
        title in the reader's form (a question not in it is named as it was when said)."""
        words = catalogue(language or current_language())
        if isinstance(self.msgid, tuple):
            count = self.args["count"]
            pattern = words.ngettext(self.msgid[0], self.msgid[1], count if isinstance(count, int) else 2)
        elif self.msgid:
            pattern = words.gettext(self.msgid)
        else:
            return ""  # gettext("") is the catalogue's header, not an empty text
        if not self.args:
            return pattern  # said as it is: no {field} to fill (and any brace is the text's own)
        values = {name: _said_arg(value, language, questions) for name, value in self.args.items()}
        return pattern.format(**values)

    def to_json(self) -> dict[str, Any]:
        return {"m": list(self.msgid) if isinstance(self.msgid, tuple) else self.msgid,
                "a": {name: _arg_json(value) for name, value in self.args.items()}}

    @classmethod
    def from_json(cls, data: Any) -> Said:
        """A :class:`Said` from :meth:`to_json`'s form; ``ValueError`` for anything else."""
        if not isinstance(data, dict) or not isinstance(data.get("a", {}), dict):
            raise ValueError("not a stored Said")
        msgid = data.get("m")
        if isinstance(msgid, list) and len(msgid) == 2 and all(isinstance(m, str) for m in msgid):
            key: str | tuple[str, str] = (msgid[0], msgid[1])
        elif isinstance(msgid, str):
            key = msgid
        else:
            raise ValueError("a stored Said without its msgid")
        return cls(key, **{str(name): _arg_from_json(value) for name, value in data.get("a", {}).items()})

    def dumps(self) -> str:
        """:meth:`to_json` as one line of JSON (a version's label column holds this)."""
        return json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def shown(stored: Any, fallback: str, language: str | None = None,
          questions: Mapping[str, str] | None = None) -> str:
    """What a stored :meth:`Said.to_json` says in ``language``; ``fallback`` (the English stored beside it, or
    the text an older version stored) when there is none or it cannot be read or said."""
    if stored is None:
        return fallback
    try:
        return Said.from_json(stored).text(language, questions)
    except (ValueError, TypeError, KeyError, IndexError):
        # A catalogue whose translation drops or renames a {field} (tests/unit/test_languages.py checks every
        # one) or an entry from a later version: the stored English is still true.
        return fallback


def shown_label(label: str, language: str | None = None, questions: Mapping[str, str] | None = None) -> str:
    """A version's label as stored (a :meth:`Said.dumps`, or the English words versions before it stored)."""
    if not label.startswith("{"):
        return label
    try:
        data = json.loads(label)
    except ValueError:
        return label
    try:
        english = Said.from_json(data).english()
    except (ValueError, TypeError, KeyError, IndexError):
        return label
    return shown(data, english, language, questions)


def _said_arg(value: Arg, language: str | None, questions: Mapping[str, str] | None) -> str:
    if isinstance(value, Said):
        return value.text(language, questions)
    if isinstance(value, Question):
        if language == "en":
            return value.english
        return (questions or {}).get(value.field_id, value.english)
    if isinstance(value, When):
        return readable_iso(value.iso, language)
    if isinstance(value, Listed):
        text = value.separator.join(_said_arg(item, language, questions) for item in value.items)
        return text[:1].upper() + text[1:] if value.capitalise else text
    return str(value)


def _arg_json(value: Arg) -> Any:
    if isinstance(value, Said):
        return {"said": value.to_json()}
    if isinstance(value, Question):
        return {"question": value.field_id, "english": value.english}
    if isinstance(value, When):
        return {"when": value.iso}
    if isinstance(value, Listed):
        return {"listed": [_arg_json(item) for item in value.items], "separator": value.separator,
                "capitalise": value.capitalise}
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise TypeError("a Said argument must be text, a number, a Said, a Question, a When or a Listed, "
                        f"not {value!r}")
    return value


def _arg_from_json(value: Any) -> Arg:
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return value
    if isinstance(value, dict):
        if "said" in value:
            return Said.from_json(value["said"])
        if isinstance(value.get("question"), str) and isinstance(value.get("english"), str):
            return Question(value["question"], value["english"])
        if isinstance(value.get("when"), str):
            return When(value["when"])
        if isinstance(value.get("listed"), list) and isinstance(value.get("separator", ", "), str):
            return Listed(tuple(_arg_from_json(item) for item in value["listed"]), value.get("separator", ", "),
                          bool(value.get("capitalise", False)))
    raise ValueError("a stored Said with an argument it cannot read")

"""JSON from files we did not write, parsed within fixed bounds.

The standard library's parser recurses once per nesting level (a deeply nested file raises
``RecursionError``), converts integers of any length (a 20,000-digit number raises ``ValueError`` in
CPython 3.11's conversion guard, or costs seconds below it) and accepts ``NaN``/``Infinity`` and lone
surrogates that RFC 8785 then refuses. Every importer goes through :func:`loads_bounded`, so each of those
becomes one :class:`~carerpassport.domain.errors.ValidationError` with a sentence, never a traceback.
There is no well-kept library that bounds depth and number size for ``json``; these checks are a few
lines on top of the standard parser's own hooks, written here for that reason.
"""

from __future__ import annotations

import json
import re
from typing import Any

from carerpassport.domain.errors import PassportError, ValidationError
from carerpassport.domain.wording import gettext as _

#: Deeper than anything we write (a passport is about 6 levels deep) and far below Python's recursion limit.
MAX_DEPTH = 32
#: Digits in one number: more than any count, size or date we store.
MAX_NUMBER_CHARS = 40

_SURROGATE = re.compile(r"[\ud800-\udfff]")


class JsonLimitError(ValidationError):
    """JSON that breaks one of the bounds (too deep, a huge number, NaN, a lone surrogate, not UTF-8)."""


def loads_bounded(raw: bytes | str, *, what: str, max_bytes: int | None = None,
                  error: type[PassportError] = JsonLimitError) -> Any:
    """Parse ``raw`` as strict JSON within the module's bounds; ``what`` names the file in the message.

    Raises ``error`` (by default :class:`JsonLimitError`) with a sentence naming ``what`` and the cause.
    """
    if max_bytes is not None and len(raw) > max_bytes:
        raise error(_("{what} is too large ({count:,} bytes; at most {max_bytes:,}).").format(
                        what=what, count=len(raw), max_bytes=max_bytes))
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError:
        raise error(_("{what} is not valid UTF-8 text.").format(what=what)) from None
    _check_depth(text, what, error)
    try:
        value = json.loads(text, parse_constant=_refuse_constant, parse_int=_bounded_int,
                           parse_float=_bounded_float)
    except _Refused as exc:
        raise error(_("{what} contains {args}, which a passport file never has.").format(
                        what=what, args=exc.args[0])) from None
    except json.JSONDecodeError as exc:  # where it stopped, so a person can find the mistake in an editor
        raise error(_("{what} is not valid JSON at line {lineno}, column {colno} ({msg}).").format(
                        what=what, lineno=exc.lineno, colno=exc.colno, msg=exc.msg)) from None
    except ValueError as exc:
        raise error(_("{what} is not valid JSON ({reason}).").format(
                        what=what, reason=str(exc).split(':')[0])) from None
    if _has_surrogate(value):
        raise error(_("{what} contains a broken character (a lone UTF-16 surrogate).").format(what=what))
    return value


class _Refused(Exception):
    pass


def _refuse_constant(name: str) -> Any:
    raise _Refused(name)


def _bounded_int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise _Refused(_("a number {count:,} digits long").format(count=len(text)))
    return int(text)


def _bounded_float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise _Refused(_("a number {count:,} characters long").format(count=len(text)))
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise _Refused(_("a number too large to represent"))
    return value


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def _check_depth(text: str, what: str, error: type[PassportError]) -> None:
    """Refuse nesting deeper than :data:`MAX_DEPTH` before the recursive parser sees it."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    depth = 0
    for char in brackets:
        depth += 1 if char in "[{" else -1
        if depth > MAX_DEPTH:
            raise error(_("{what} is nested more than {max_depth} levels deep, which a passport file never is.").format(
                            what=what, max_depth=MAX_DEPTH))


def _has_surrogate(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False

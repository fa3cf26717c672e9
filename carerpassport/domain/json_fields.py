"""Checked readers for the fields of a JSON-ready dict: each failure is one sentence naming the place.

Shared by the passport model and the sharing agreement (which the model holds, so it cannot import the
model's own helpers without a cycle).

Pure Python: no Qt, no SQL, no files.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, TypeVar

from carerpassport.domain.errors import ValidationError
from carerpassport.domain.wording import gettext as _

E = TypeVar("E", bound=enum.StrEnum)


def mapping(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ValidationError(_("{where} must be an object.").format(where=where))
    return value


def no_unknown(data: Mapping[str, Any], known: set[str], where: str) -> None:
    extra = sorted(set(data) - known)
    if extra:
        raise ValidationError(_("{where} has unexpected entries: {entries}.").format(
                                  where=where, entries=', '.join(map(str, extra))))


def text(value: Any, where: str, limit: int) -> str:
    if not isinstance(value, str):
        raise ValidationError(_("{where} must be text.").format(where=where))
    if len(value) > limit:
        raise ValidationError(_("{where} is too long ({count:,} characters; at most {limit:,}).").format(
                                  where=where, count=len(value), limit=limit))
    if "\x00" in value:
        raise ValidationError(_("{where} contains a NUL character.").format(where=where))
    return value


def boolean(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(_("{where} must be true or false.").format(where=where))
    return value


def enum_value(kind: type[E], value: Any, where: str) -> E:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(m.value for m in kind)
        raise ValidationError(_("{where} must be one of: {allowed} (got {value!r}).").format(
                                  where=where, allowed=allowed, value=str(value)[:40])) from None

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

E = TypeVar("E", bound=enum.StrEnum)


def mapping(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ValidationError(f"{where} must be an object.")
    return value


def no_unknown(data: Mapping[str, Any], known: set[str], where: str) -> None:
    extra = sorted(set(data) - known)
    if extra:
        raise ValidationError(f"{where} has unexpected entries: {', '.join(map(str, extra))}.")


def text(value: Any, where: str, limit: int) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"{where} must be text.")
    if len(value) > limit:
        raise ValidationError(f"{where} is too long ({len(value):,} characters; at most {limit:,}).")
    if "\x00" in value:
        raise ValidationError(f"{where} contains a NUL character.")
    return value


def boolean(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(f"{where} must be true or false.")
    return value


def enum_value(kind: type[E], value: Any, where: str) -> E:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(m.value for m in kind)
        raise ValidationError(f"{where} must be one of: {allowed} (got {str(value)[:40]!r}).") from None

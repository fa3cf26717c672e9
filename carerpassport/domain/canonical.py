"""Canonical JSON (RFC 8785) and the content hash.

The same passport always gives the same bytes, so its SHA-256 identifies exactly one content: the
revision chain, the signed PDF's embedded ``passport.json`` and the manifest of a bundle all rely on it.
"""

from __future__ import annotations

import hashlib
from typing import Any

import rfc8785

from carerpassport.domain.bounded_json import loads_bounded
from carerpassport.domain.errors import ValidationError
from carerpassport.domain.wording import N_
from carerpassport.domain.wording import gettext as _

#: Refuse canonical documents bigger than this when reading them back (a hostile file).
MAX_CANONICAL_BYTES = 8 * 1024 * 1024


def canonical_bytes(data: Any) -> bytes:
    """RFC 8785 canonical form of a JSON-ready value."""
    return rfc8785.dumps(data)


def content_hash(data: Any) -> str:
    """Lower-case hex SHA-256 of the canonical form."""
    return hashlib.sha256(canonical_bytes(data)).hexdigest()


def sha256_hex(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def load_canonical(raw: bytes, *, require_canonical: bool = True, what: str = N_("The passport data")) -> Any:
    """Parse JSON bytes within :mod:`bounded_json`'s bounds; with ``require_canonical`` refuse anything not
    already in canonical form. ``what`` starts the sentence of a :class:`ValidationError`."""
    what = _(what)  # a name given in English is told in the reader's language
    if len(raw) > MAX_CANONICAL_BYTES:
        raise ValidationError(_("{what} is too large to be from this app ({count:,} bytes).").format(
                                  what=what, count=len(raw)))
    value = loads_bounded(raw, what=what, error=ValidationError)
    if require_canonical:
        try:
            canonical = canonical_bytes(value)
        except rfc8785.CanonicalizationError as exc:
            # A number RFC 8785 cannot represent exactly (an integer beyond 2^53): we never write one.
            raise ValidationError(_("{what} holds a value canonical JSON cannot represent ({exc}); it was not "
                                    "made by this app.").format(what=what, exc=exc)) from None
        if canonical != raw:
            raise ValidationError(_("{what} is not in canonical form; it was altered or not made by this app.").format(
                                      what=what))
    return value

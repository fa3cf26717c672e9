"""Canonical JSON (RFC 8785) and the content hash.

The same passport always gives the same bytes, so its SHA-256 identifies exactly one content: the
revision chain, the signed PDF's embedded ``passport.json`` and the manifest of a bundle all rely on it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import rfc8785

from carerpassport.domain.errors import ValidationError

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


def load_canonical(raw: bytes, *, require_canonical: bool = True) -> Any:
    """Parse JSON bytes; with ``require_canonical`` refuse anything not already in canonical form."""
    if len(raw) > MAX_CANONICAL_BYTES:
        raise ValidationError("The passport data is too large to be a passport.")
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(f"The passport data is not valid JSON ({exc}).") from None
    if require_canonical and canonical_bytes(value) != raw:
        raise ValidationError("The passport data is not in canonical form; it was altered or not made by this app.")
    return value

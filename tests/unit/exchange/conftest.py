"""Fixtures for the bundle and backup tests: identities (made once: RSA key generation is slow) and a
small shared passport with a placeholder PDF, so the bundle format is tested without the PDF exporter."""

from __future__ import annotations

import uuid

import pytest

from carerpassport.domain.canonical import canonical_bytes
from carerpassport.exchange.identity import Identity, generate_identity


@pytest.fixture(scope="session")
def bundle_sender() -> Identity:
    return generate_identity("Siân Jones")


@pytest.fixture(scope="session")
def bundle_recipient() -> Identity:
    return generate_identity("Bob Smith")


@pytest.fixture(scope="session")
def bundle_stranger() -> Identity:
    return generate_identity("Mallory Stranger")


@pytest.fixture
def bundle_payload() -> tuple[bytes, bytes]:
    """(passport.json, placeholder passport.pdf)."""
    shared = {"format": 1, "id": str(uuid.uuid4()), "employee": {"name": "Siân Jones"},
              "answers": {"caring.responsibilities": {"text": "I look after my father."}}}
    return canonical_bytes(shared), b"%PDF-1.7\n% placeholder signed PDF for format tests\n%%EOF\n"

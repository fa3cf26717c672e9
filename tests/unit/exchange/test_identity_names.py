"""A signing identity can be made for any name a person has, however many bytes it takes in UTF-8."""

from __future__ import annotations

import pytest
from cryptography.x509.oid import NameOID

from carerpassport.domain.display_text import display_name
from carerpassport.exchange.identity import COMMON_NAME_BYTES, common_name, generate_identity


@pytest.mark.parametrize("name", [
    "ł" * 40,                      # 80 bytes, 40 characters
    "陈" * 30,                      # 90 bytes
    "Siân Angharad Llewelyn-Prydderch ap Gruffydd Ŵŷ" * 2,
    "a" * 63 + "é",                # the cut falls inside a two-byte character
    "👩🏽‍🦱" * 12,                    # four-byte characters and a joiner
])
def test_a_long_name_in_any_script_makes_a_certificate_whose_name_fits(name: str) -> None:
    identity = generate_identity(name)
    shown = identity.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    assert isinstance(shown, str)
    assert len(shown.encode()) <= COMMON_NAME_BYTES
    assert shown.endswith("…") and display_name(name).startswith(shown[:-1])


def test_a_name_that_fits_is_kept_whole() -> None:
    assert common_name("Łukasz Nowak") == "Łukasz Nowak"
    assert common_name("ł" * 32) == "ł" * 32  # exactly 64 bytes
    assert common_name("  ") == "Carer's Passport user"

"""Each cause the importer fuzz runs found, pinned by one small test: the reader refuses with a typed error
and one sentence instead of a traceback (tarfile, json and rfc8785 errors; pyrage's multi-line reasons)."""

from __future__ import annotations

import io
import os
import tarfile
from pathlib import Path

import pytest

from carerpassport.domain.canonical import load_canonical
from carerpassport.domain.errors import ValidationError
from carerpassport.exchange import age_files
from carerpassport.exchange.backup import _check_keyslots, _parse_manifest
from carerpassport.exchange.errors import NotAPassportFileError, TamperedDocumentError
from carerpassport.exchange.identity_card import InvalidCardError, parse_card
from carerpassport.exchange.strict_archive import UnsafeArchiveError, read_archive, write_archive
from carerpassport.input_files import InputFileError, read_input_file, read_input_head

LIMITS = {"a.json": 10_000, "b.bin": 10_000}


def _read(data: bytes) -> dict[str, bytes]:
    return read_archive(data, limits=LIMITS, required=list(LIMITS), max_total=20_000, what="test archive")


def _pax(records: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as archive:
        info = tarfile.TarInfo("a.json")
        info.size = 2
        info.pax_headers = records
        archive.addfile(info, io.BytesIO(b"{}"))
    return out.getvalue()


@pytest.mark.english
def test_archive_cut_inside_a_member_is_refused_not_a_traceback() -> None:
    archive = write_archive([("a.json", b"{}"), ("b.bin", b"x" * 3000)])
    for cut in (600, 1024, 1536, 2000, 3000):
        with pytest.raises(UnsafeArchiveError, match="cut short|damaged|has no"):
            _read(archive[:cut])


@pytest.mark.parametrize("records", [
    {"GNU.sparse.map": "0,5,10,x", "GNU.sparse.size": "10"},  # ValueError inside tarfile
    {"GNU.sparse.major": "1", "GNU.sparse.minor": "0", "GNU.sparse.realsize": "9" * 20_000},
    {"size": "9" * 20_000},  # 20,000 digits: int() refuses them
    {"path": "../a.json"},
])
@pytest.mark.english
def test_pax_headers_are_refused_before_tarfile_reads_them(records: dict[str, str]) -> None:
    with pytest.raises(UnsafeArchiveError, match="pax extended header.*not a plain file"):
        _read(_pax(records))


@pytest.mark.english
def test_gnu_long_names_and_odd_size_fields_are_refused() -> None:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.GNU_FORMAT) as archive:
        info = tarfile.TarInfo("x" * 300)
        archive.addfile(info, io.BytesIO(b""))
    with pytest.raises(UnsafeArchiveError, match="GNU long-name header"):
        _read(out.getvalue())
    archive_bytes = bytearray(write_archive([("a.json", b"{}"), ("b.bin", b"x")]))
    archive_bytes[124:136] = b"\x80" + b"\xff" * 11  # base-256: a size of 2^88
    archive_bytes[148:156] = b" " * 8
    archive_bytes[148:156] = b"%06o\0" % sum(archive_bytes[:512]) + b" "
    with pytest.raises(UnsafeArchiveError, match="size of 'a.json' is not a plain number"):
        _read(bytes(archive_bytes))


@pytest.mark.parametrize("raw, words", [
    (b"[" * 5000 + b"]" * 5000, "nested more than"),
    (b"9" * 20_000, "20,000 digits"),
    (b"1e999999", "too large to represent"),
    (b"NaN", "NaN"),
    (b'"\\ud800"', "lone UTF-16 surrogate"),
    (b"9007199254740993", "canonical JSON cannot represent"),  # 2^53 + 1: rfc8785 refuses it
])
@pytest.mark.english
def test_load_canonical_turns_every_parser_error_into_a_sentence(raw: bytes, words: str) -> None:
    with pytest.raises(ValidationError, match=words) as caught:
        load_canonical(raw, what="The test file")
    assert str(caught.value).startswith("The test file") and "\n" not in str(caught.value)


@pytest.mark.parametrize("raw", [b"[" * 5000 + b"]" * 5000, b'{"format":1e999999}', b'{"a":"\\udfff"}',
                                 b"9" * 20_000, b'{"version":9007199254740993}'])
@pytest.mark.english
def test_hostile_cards_and_manifests_are_refused(raw: bytes) -> None:
    with pytest.raises(InvalidCardError, match="not an identity card"):
        parse_card(raw)
    with pytest.raises(TamperedDocumentError, match="backup's manifest"):
        _parse_manifest(raw)
    with pytest.raises(TamperedDocumentError, match="key file"):
        _check_keyslots(raw, "vault-id")


@pytest.mark.english
def test_backup_manifest_values_must_have_the_right_kind() -> None:
    from carerpassport.domain.canonical import canonical_bytes

    good = {"format": "carerpassport-backup", "version": 1, "vault_id": "v", "created": "2026-01-01T00:00:00+00:00",
            "method": "recovery-code", "schema_version": 3, "identity_fingerprint": "f", "counts": {"revisions": 1},
            "members": {"vault.db": {"sha256": "0" * 64, "size": 1}, "keyslots.json": {"sha256": "0" * 64, "size": 1}}}
    assert _parse_manifest(canonical_bytes(good)).schema_version == 3
    bool_size = {"vault.db": {"sha256": "0", "size": True}, "keyslots.json": {"sha256": "0", "size": 1}}
    for change in ({"method": "other"}, {"schema_version": "3"}, {"counts": {"revisions": -1}}, {"vault_id": 5},
                   {"members": bool_size}):
        with pytest.raises(TamperedDocumentError, match="malformed"):
            _parse_manifest(canonical_bytes({**good, **change}))


def test_pyrage_reasons_are_shown_on_one_line() -> None:
    data = b"age-encryption.org/v1\n-> X25519 AAAA\nAAAA\n--- AAAA\n" + b"\0" * 100
    with pytest.raises(TamperedDocumentError) as caught:
        age_files.decrypt(data, identities=[age_files.derived_x25519_identity(b"k" * 16, "test")])
    assert "\n" not in str(caught.value)


def test_read_input_head_refuses_what_read_input_file_refuses(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/zero"), tmp_path):
        with pytest.raises(InputFileError):
            read_input_head(path, 64, what="a passport file")
    ok = tmp_path / "ok"
    ok.write_bytes(b"age-encryption.org/v1\n" + b"x" * 1000)
    assert read_input_head(ok, 22, what="a passport file") == b"age-encryption.org/v1\n"


@pytest.mark.english
def test_read_input_file_can_name_the_too_large_case(tmp_path: Path) -> None:
    big = tmp_path / "big"
    big.write_bytes(b"x" * 11)
    with pytest.raises(age_files.FileTooLargeError, match="at most 10 bytes"):
        read_input_file(big, max_bytes=10, what="a test", error=InputFileError, too_large=age_files.FileTooLargeError)
    with pytest.raises(NotAPassportFileError, match="not an ordinary file"):
        age_files.read_limited(Path("/dev/zero"), 10, "identity card")

"""The archive inside a bundle is read strictly: odd members, paths, duplicates and sizes are refused."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import tarfile

import pytest

from carerpassport.exchange.bundle import pack_archive, verify_archive
from carerpassport.exchange.pdf_limits import MAX_PDF_BYTES
from carerpassport.exchange.strict_archive import UnsafeArchiveError, read_archive, write_archive


def _tar(*members: tarfile.TarInfo | tuple[str, bytes], fmt: int = tarfile.USTAR_FORMAT) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=fmt) as archive:
        for member in members:
            if isinstance(member, tarfile.TarInfo):
                archive.addfile(member)
            else:
                info = tarfile.TarInfo(member[0])
                info.size = len(member[1])
                archive.addfile(info, io.BytesIO(member[1]))
    return out.getvalue()


def _real(sender, payload) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    archive = pack_archive(sender, passport_json=payload[0], pdf=payload[1], revision=1,
                           created=dt.datetime.now(dt.UTC), recipients=[], passphrase=True)
    limits = {"manifest.json": 10**6, "passport.json": 10**6, "passport.pdf": 10**6}
    return read_archive(archive, limits=limits, required=list(limits), max_total=10**7, what="t")


@pytest.mark.english
def test_extra_member_refused(bundle_sender, bundle_payload) -> None:  # type: ignore[no-untyped-def]
    m = _real(bundle_sender, bundle_payload)
    with pytest.raises(UnsafeArchiveError, match="unexpected file 'notes.txt'"):
        verify_archive(_tar(*m.items(), ("notes.txt", b"hi")))


@pytest.mark.english
def test_fourth_member_with_a_known_name_is_a_duplicate(bundle_sender, bundle_payload) -> None:  # type: ignore[no-untyped-def]
    m = _real(bundle_sender, bundle_payload)
    with pytest.raises(UnsafeArchiveError, match="'passport.pdf' twice"):
        verify_archive(_tar(*m.items(), ("passport.pdf", b"%PDF-1.7 other")))


@pytest.mark.english
@pytest.mark.parametrize("name", ["../passport.pdf", "/etc/passport.pdf", "sub/passport.pdf", "..\\passport.pdf"])
def test_path_traversal_refused(name: str) -> None:
    with pytest.raises(UnsafeArchiveError, match="path in its name"):
        verify_archive(_tar((name, b"x")))


@pytest.mark.english
@pytest.mark.parametrize("kind", [tarfile.SYMTYPE, tarfile.LNKTYPE, tarfile.DIRTYPE, tarfile.FIFOTYPE, tarfile.CHRTYPE])
def test_links_folders_devices_refused(kind: bytes) -> None:
    info = tarfile.TarInfo("passport.pdf")
    info.type = kind
    info.linkname = "/etc/passwd"
    with pytest.raises(UnsafeArchiveError, match="not a plain file"):
        verify_archive(_tar(info))


@pytest.mark.english
def test_missing_member_refused(bundle_sender, bundle_payload) -> None:  # type: ignore[no-untyped-def]
    m = _real(bundle_sender, bundle_payload)
    del m["passport.pdf"]
    with pytest.raises(UnsafeArchiveError, match="has no passport.pdf"):
        verify_archive(_tar(*m.items()))


@pytest.mark.english
def test_member_over_its_limit_refused_before_reading() -> None:
    info = tarfile.TarInfo("passport.pdf")
    info.size = MAX_PDF_BYTES + 1
    header = info.tobuf(tarfile.USTAR_FORMAT)  # a header claiming a huge size, with no content behind it
    with pytest.raises(UnsafeArchiveError, match="over the"):
        verify_archive(header + b"\0" * 1024)


@pytest.mark.english
def test_total_limit() -> None:
    limits = {"a": 100, "b": 100}
    with pytest.raises(UnsafeArchiveError, match="more than 150 bytes"):
        read_archive(write_archive([("a", b"x" * 100), ("b", b"y" * 100)]), limits=limits, required=[],
                     max_total=150, what="t")


@pytest.mark.english
def test_too_many_members_refused() -> None:
    limits = {"a": 10}
    with pytest.raises(UnsafeArchiveError, match="'a' twice"):
        read_archive(write_archive([("a", b"1"), ("a", b"2")]), limits=limits, required=[], max_total=100, what="t")


@pytest.mark.parametrize("data", [b"", b"not a tar at all" * 40, gzip.compress(b"x" * 2000)])
def test_not_a_plain_tar(data: bytes) -> None:
    with pytest.raises(UnsafeArchiveError):
        verify_archive(data)


def test_compressed_tar_refused(bundle_sender, bundle_payload) -> None:  # type: ignore[no-untyped-def]
    m = _real(bundle_sender, bundle_payload)
    with pytest.raises(UnsafeArchiveError):
        verify_archive(gzip.compress(_tar(*m.items())))


def test_pax_tar_with_same_members_still_reads(bundle_sender, bundle_payload) -> None:  # type: ignore[no-untyped-def]
    # Someone re-packing with GNU/pax tar (as with the age CLI interop) is fine if the members are the same.
    m = _real(bundle_sender, bundle_payload)
    assert verify_archive(_tar(*m.items(), fmt=tarfile.PAX_FORMAT)).pdf == bundle_payload[1]


def test_write_archive_is_private_and_deterministic() -> None:
    one = write_archive([("a", b"1")], mtime=5)
    assert one == write_archive([("a", b"1")], mtime=5)
    info = tarfile.open(fileobj=io.BytesIO(one)).getmember("a")
    assert info.mode == 0o600 and info.uname == "" and info.mtime == 5

"""The classifier that tells a disk problem from a damaged vault and from a bug of ours."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
import sqlcipher3

from carerpassport.storage_errors import DiskFullError, DiskIOError, ReadOnlyFolderError, StorageError
from carerpassport.vault import disk_faults
from carerpassport.vault.db import connect
from carerpassport.vault.disk_faults import storage_error, storage_fault


class FakeSqliteError(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(f"code {code}")
        self.sqlite_errorcode = code


@pytest.fixture
def healthy_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(disk_faults, "probe", lambda folder: None)
    monkeypatch.setattr(disk_faults, "_nearly_full", lambda folder: None)


@pytest.mark.parametrize(("number", "fault"), [(errno.ENOSPC, "full"), (errno.EDQUOT, "quota"),
                                               (errno.EROFS, "read-only"), (errno.EACCES, "denied"),
                                               (errno.EPERM, "denied"), (errno.EIO, "failing"),
                                               (errno.ENOENT, None), (errno.ENAMETOOLONG, None)])
def test_errnos(tmp_path: Path, number: int, fault: str | None) -> None:
    assert storage_fault(OSError(number, "x"), tmp_path) == fault


@pytest.mark.parametrize(("code", "fault"), [(13, "full"), (8, "read-only"), (8 | 6 << 8, "read-only"), (3, "denied"),
                                             (10 | 3 << 8, "failing"), (10 | 1 << 8, "failing"), (14, None),
                                             (19, None), (1, None), (5, None), (11, None)])
def test_sqlite_codes_when_the_probe_finds_nothing(tmp_path: Path, healthy_disk: None, code: int,
                                                   fault: str | None) -> None:
    assert storage_fault(FakeSqliteError(code), tmp_path) == fault


def test_the_probe_decides_over_sqlites_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(disk_faults, "probe", lambda folder: "full")
    assert storage_fault(FakeSqliteError(10 | 3 << 8), tmp_path) == "full"  # IOERR_WRITE on a full disk
    assert storage_fault(FakeSqliteError(14), tmp_path) == "full"  # CANTOPEN
    assert storage_fault(FakeSqliteError(10 | 1 << 8), tmp_path) == "failing"  # a read failed: no write probe


def test_nearly_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(disk_faults, "probe", lambda folder: None)
    monkeypatch.setattr(disk_faults, "_nearly_full", lambda folder: "full")
    assert storage_fault(FakeSqliteError(10 | 12 << 8), tmp_path) == "full"


@pytest.mark.english
def test_sentences(tmp_path: Path) -> None:
    error = storage_error(OSError(errno.ENOSPC, "No space"), tmp_path, failed="passport.pdf was not written",
                          kept="Nothing was written there.")
    assert isinstance(error, DiskFullError) and isinstance(error, OSError)
    assert str(error) == (f"passport.pdf was not written: the disk that holds {tmp_path} is full. Nothing was "
                          "written there. Free some space on that disk (or choose another folder), then try again.")
    retold = error.retold("Your passphrase was not changed", "The old one still works.")
    assert isinstance(retold, DiskFullError) and str(retold).startswith("Your passphrase was not changed: the disk")
    assert isinstance(storage_error(OSError(errno.EROFS, "ro"), tmp_path, failed="f", kept="k"), ReadOnlyFolderError)
    assert isinstance(storage_error(OSError(errno.EIO, "io"), tmp_path, failed="f", kept="k"), DiskIOError)
    assert storage_error(ValueError("ours"), tmp_path, failed="f", kept="k") is None
    assert storage_fault(error, tmp_path) == "full"  # told once, never re-diagnosed


def test_a_bug_of_ours_stays_ours(tmp_path: Path) -> None:
    conn = connect(tmp_path / "vault.db", b"k" * 32, create=True)
    try:
        conn.execute("CREATE TABLE t (x UNIQUE)")
        conn.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(sqlcipher3.IntegrityError):
            conn.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(sqlcipher3.OperationalError, match="no such table"):
            conn.execute("SELECT * FROM missing")
    finally:
        conn.close()
    assert not issubclass(StorageError, sqlcipher3.Error)

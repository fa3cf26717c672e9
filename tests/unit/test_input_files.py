"""read_input_file: regular files only, size checked before reading."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from carerpassport.input_files import InputFileError, read_input_file


@pytest.mark.english
def test_refuses_devices_fifos_folders_and_big_files(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"x" * 101)
    for path, words in [(Path("/dev/zero"), "not an ordinary file"), (fifo, "not an ordinary file"),
                        (tmp_path, "is a folder"), (big, "at most 100 bytes"), (tmp_path / "none", "does not exist")]:
        with pytest.raises(InputFileError, match=words):
            read_input_file(path, max_bytes=100, what="a passport PDF")


def test_reads_a_regular_file(tmp_path: Path) -> None:
    ok = tmp_path / "ok.pdf"
    ok.write_bytes(b"%PDF-1.7")
    assert read_input_file(ok, max_bytes=100, what="a passport PDF") == b"%PDF-1.7"

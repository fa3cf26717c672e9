"""Random mutations of real countersigned PDFs: the importer only ever refuses with our typed errors,
never hangs, and never leaves a partial write in the vault."""

from __future__ import annotations

import random
import shutil
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.errors import PassportError
from tests.countersign_support import countersigned_by_app, poppler_countersign, vault_snapshot

CASES = 520
SEED = 20261123
HANG_SECONDS = 5


class Hang(Exception):
    """One case ran longer than HANG_SECONDS."""


@contextmanager
def hang_guard(seconds: int) -> Iterator[None]:
    """Raise :class:`Hang` in this thread if the block runs longer than ``seconds`` (Unix timers)."""
    def _alarm(signum: int, frame: object) -> None:
        raise Hang()

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _flip(data: bytearray, rng: random.Random) -> str:
    at = rng.randrange(len(data))
    data[at] ^= 1 << rng.randrange(8)
    return f"flip@{at}"


def _truncate(data: bytearray, rng: random.Random) -> str:
    at = rng.randrange(1, len(data))
    del data[at:]
    return f"truncate@{at}"


def _insert(data: bytearray, rng: random.Random) -> str:
    at = rng.randrange(len(data))
    junk = bytes(rng.choice(b"0123456789 <>[]()/RobjendstreamxrefR\n%") for _ in range(rng.randrange(1, 40)))
    data[at:at] = junk
    return f"insert@{at}"


def _delete(data: bytearray, rng: random.Random) -> str:
    at = rng.randrange(len(data))
    del data[at:at + rng.randrange(1, 200)]
    return f"delete@{at}"


def _duplicate(data: bytearray, rng: random.Random) -> str:
    at = rng.randrange(len(data))
    chunk = data[at:at + rng.randrange(1, 500)]
    to = rng.randrange(len(data))
    data[to:to] = chunk
    return f"duplicate@{at}->{to}"


def _number(data: bytearray, rng: random.Random) -> str:
    """Change a number token (offsets, lengths, object numbers, byte ranges) to a nearby or absurd value."""
    digits = [i for i in range(1, len(data) - 1) if 48 <= data[i] <= 57 and not 48 <= data[i - 1] <= 57]
    at = rng.choice(digits)
    end = at
    while end < len(data) and 48 <= data[end] <= 57:
        end += 1
    value = int(data[at:end])
    new = rng.choice([0, value + 1, max(0, value - 1), value * 10, 2**31, 10**12])
    data[at:end] = str(new).encode()
    return f"number@{at}:{value}->{new}"


MUTATIONS: list[Callable[[bytearray, random.Random], str]] = [_flip, _truncate, _insert, _delete, _duplicate, _number]


@pytest.mark.slow
def test_mutated_countersigned_pdfs_never_crash_hang_or_half_write(filled_app: PassportApp, tmp_path: Path) -> None:
    export, signed, manager = countersigned_by_app(tmp_path, filled_app)
    manager.close()
    originals = [signed.read_bytes(), export.read_bytes()]
    if all(shutil.which(tool) for tool in ("pdfsig", "certutil", "pk12util")):
        # A poppler countersignature exercises the lenient parser and the "signed externally" checks.
        originals.append(poppler_countersign(tmp_path, export, tmp_path / "poppler.pdf").read_bytes())
    rng = random.Random(SEED)
    target = tmp_path / "case.pdf"
    outcomes: dict[str, int] = {}
    for case in range(CASES):
        # Mostly the app's countersigned copy; every fifth case the bare export, every fifth the poppler copy.
        data = bytearray(originals[{0: 1, 1: 2}.get(case % 5, 0) % len(originals)])
        steps = [rng.choice(MUTATIONS)(data, rng) for _ in range(rng.choice([1, 1, 1, 2, 3]))]
        target.write_bytes(bytes(data))
        before = vault_snapshot(filled_app)
        try:
            with hang_guard(HANG_SECONDS):
                filled_app.import_countersigned(target, trust_new_manager=True, accept_external=True)
        except Hang:
            pytest.fail(f"case {case} ({', '.join(steps)}) ran longer than {HANG_SECONDS} s")
        except PassportError as exc:
            assert vault_snapshot(filled_app) == before, f"case {case} ({steps}) changed the vault: {exc}"
            assert str(exc) and "\n" not in str(exc), f"case {case}: unclear message {exc!r}"
            outcomes[type(exc).__name__] = outcomes.get(type(exc).__name__, 0) + 1
        else:
            # A mutation in bytes nothing depends on (e.g. signature padding) leaves a valid file: it is
            # then recorded completely (one revision, one stored copy, one log entry) or not at all.
            after = vault_snapshot(filled_app)
            assert len(after[0]) == len(before[0]) + 1 and len(after[2]) == len(before[2]) + 1
            outcomes["accepted"] = outcomes.get("accepted", 0) + 1
    assert sum(outcomes.values()) == CASES
    assert len(outcomes) >= 3, outcomes  # the mutations reached several different checks
    filled_app.repo.verify_chain()

"""Shared machinery for the importer fuzz runs (tests/security/test_fuzz_*.py).

A *case* is the bytes of one hostile file (or a special file: ``/dev/zero``, a FIFO, a folder...). Each
case is run through the real command line, in-process through :func:`tests.cli_runner.run_cli` for speed,
and :class:`Invariant` checks after every case what DESIGN promises for bad input:

- no exception escapes ``main`` (that would be a traceback for a user);
- no case runs longer than :data:`HANG_SECONDS` (a per-case ``SIGALRM`` timer);
- the exit code is 0 or 1 (the arguments are always valid, so 2, a usage error, would be wrong too);
- on exit 1, stderr is exactly one line, ``carerpassport: <sentence>``; on exit 0, stderr is empty;
- on exit 1, every file in the watched folders (the vault, and its parent for stray temp folders) is
  byte-identical to before the case.

A smaller sample of the same cases runs as real ``python -m carerpassport`` processes
(:func:`run_real_processes`), to prove that no traceback reaches a real stderr either.

Failures are collected rather than raised at the first one, and reported with a count per cause, so one
run shows everything that is wrong.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import os
import random
import resource
import signal
import subprocess
import sys
import tarfile
import traceback
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.cli_runner import Result, run_cli

#: The hang rule: a case that takes longer than this is a failure.
HANG_SECONDS = 10
#: A fresh process also pays for starting Python and importing pyHanko; this is the hang rule for it.
PROCESS_TIMEOUT = 60


class Hang(Exception):
    """One case ran longer than HANG_SECONDS."""


@contextmanager
def hang_guard(seconds: float) -> Iterator[None]:
    """Raise :class:`Hang` in the main thread if the block runs longer than ``seconds``."""
    def _alarm(signum: int, frame: object) -> None:
        raise Hang()

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def memoise_key_derivation(monkeypatch: Any) -> None:
    """Remember Argon2id results within one test: every in-process case unlocks the same vault with the
    same passphrase, and 0.1-0.3 s of identical derivation per case would be most of the run. The function
    is deterministic, so the vault is opened exactly as without the memo (real processes still derive)."""
    from carerpassport.vault import keyslots

    original = getattr(keyslots, "derive", None)
    if original is None:
        return  # renamed: the run is slower, not wrong
    remembered: dict[str, Any] = {}

    def derive(*args: Any, **kwargs: Any) -> Any:
        # Any signature: the arguments (bytes as hex, dicts sorted) are the memo key.
        key = json.dumps([[a.hex() if isinstance(a, bytes | bytearray) else a for a in args], kwargs],
                         sort_keys=True, default=repr)
        if key not in remembered:
            remembered[key] = original(*args, **kwargs)
        return remembered[key]

    monkeypatch.setattr(keyslots, "derive", derive)


# --- cases --------------------------------------------------------------------------------------

SPECIALS = ("dev-zero", "dev-urandom", "fifo", "folder", "symlink-to-device", "empty", "missing")


@dataclasses.dataclass(frozen=True)
class Case:
    """One hostile input: ``data`` to write, or one of :data:`SPECIALS`."""

    name: str
    data: bytes | None = None
    special: str | None = None


#: Specials that a reader without a size bound reads forever in one C call (no alarm can stop it, and the
#: memory grows until the machine's OOM killer acts): they run only as real processes, under a memory limit.
ENDLESS = ("dev-zero", "dev-urandom", "symlink-to-device")
#: The address-space limit of a real process run (far above what the app needs, far below the machine).
PROCESS_MEMORY_BYTES = 1024**3


def special_cases() -> list[Case]:
    return [Case(f"special:{kind}", special=kind) for kind in SPECIALS]


def in_process(cases: Sequence[Case]) -> list[Case]:
    """The cases safe to run inside the test process (all but :data:`ENDLESS`)."""
    return [case for case in cases if case.special not in ENDLESS]


def place(case: Case, folder: Path, suffix: str) -> Path:
    """Put ``case`` on disk in ``folder`` (emptied first) and return the path to give the command."""
    folder.mkdir(parents=True, exist_ok=True)
    for child in folder.iterdir():
        if child.is_dir() and not child.is_symlink():
            child.rmdir()
        else:
            child.unlink()
    path = folder / f"case{suffix}"
    if case.special is None:
        assert case.data is not None
        path.write_bytes(case.data)
    elif case.special == "dev-zero":
        return Path("/dev/zero")
    elif case.special == "dev-urandom":
        return Path("/dev/urandom")
    elif case.special == "fifo":
        os.mkfifo(path)
    elif case.special == "folder":
        path.mkdir()
    elif case.special == "symlink-to-device":
        path.symlink_to("/dev/zero")
    elif case.special == "empty":
        path.write_bytes(b"")
    elif case.special != "missing":
        raise AssertionError(case.special)
    return path


# --- the invariant ------------------------------------------------------------------------------

def folder_state(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (recursively) with the SHA-256 of its bytes; folders as ``<dir>``."""
    state: dict[str, str] = {}
    if not folder.exists():
        return state
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            state[os.path.relpath(os.path.join(root, name), folder)] = "<dir>"
        for name in files:
            full = os.path.join(root, name)
            if os.path.islink(full) or not os.path.isfile(full):
                state[os.path.relpath(full, folder)] = "<special>"
                continue
            with open(full, "rb") as handle:
                state[os.path.relpath(full, folder)] = hashlib.sha256(handle.read()).hexdigest()
    return state


@dataclasses.dataclass
class Invariant:
    """Runs cases and collects every broken promise, with a count per cause."""

    importer: str
    watched: Sequence[Path]
    failures: list[str] = dataclasses.field(default_factory=list)
    causes: Counter[str] = dataclasses.field(default_factory=Counter)
    outcomes: Counter[str] = dataclasses.field(default_factory=Counter)
    accepted: list[str] = dataclasses.field(default_factory=list)
    hang_seconds: float = HANG_SECONDS

    def run(self, case: Case, command: Callable[[], Result],
            on_success: Callable[[Result], None] | None = None) -> None:
        before = [folder_state(folder) for folder in self.watched]
        try:
            with hang_guard(self.hang_seconds):
                result = command()
        except Hang:
            self._fail(case, "hang", f"ran longer than {self.hang_seconds} s")
            return
        except BaseException as exc:  # noqa: B036 - anything escaping main is what this test looks for
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            where = f"{Path(frame.filename).name}:{frame.lineno}"
            self._fail(case, f"traceback {type(exc).__name__} at {where}", f"{type(exc).__name__}: {exc!s:.200}")
            return
        self.check_result(case, result, before, on_success)

    def check_result(self, case: Case, result: Result, before: list[dict[str, str]],
                     on_success: Callable[[Result], None] | None) -> None:
        if "Traceback" in result.err:
            self._fail(case, "traceback on stderr", result.err[-300:])
            return
        if result.code not in (0, 1):
            self._fail(case, f"exit code {result.code}", result.err[:300])
            return
        if result.code == 0:
            if result.err:
                self._fail(case, "stderr on success", result.err[:300])
            self.outcomes["accepted"] += 1
            self.accepted.append(case.name)
            if on_success is not None:
                on_success(result)
            return
        lines = result.err.splitlines()
        if len(lines) != 1 or not lines[0].startswith("carerpassport: ") or len(lines[0]) < 30:
            self._fail(case, "stderr not one sentence", result.err[:300])
            return
        after = [folder_state(folder) for folder in self.watched]
        if after != before:
            self._fail(case, "files changed on refusal", f"{lines[0][:200]} / {_difference(before, after)}")
            return
        self.outcomes[_first_words(lines[0])] += 1

    def _fail(self, case: Case, cause: str, detail: str) -> None:
        self.causes[cause] += 1
        self.failures.append(f"{case.name}: {cause}: {detail}")

    def report(self) -> str:
        total = sum(self.causes.values())
        lines = [f"{self.importer}: {total} of {total + sum(self.outcomes.values())} cases broke the invariant"]
        lines += [f"  {count:4d} x {cause}" for cause, count in self.causes.most_common()]
        lines += ["  e.g. " + failure for failure in self.failures[:25]]
        return "\n".join(lines)

    def assert_clean(self, minimum_cases: int, kinds: int = 4) -> None:
        ran = sum(self.outcomes.values()) + sum(self.causes.values())
        print(f"{self.importer}: {ran} cases; outcomes: {dict(self.outcomes.most_common())}; "
              f"accepted: {self.accepted}")  # shown with -rP
        assert ran >= minimum_cases, f"{self.importer}: only {ran} cases ran"
        assert not self.failures, self.report()
        # The mutations reached several different checks, not only the first one.
        assert len(self.outcomes) >= kinds, self.outcomes


def _difference(before: list[dict[str, str]], after: list[dict[str, str]]) -> str:
    changed: list[str] = []
    for old, new in zip(before, after, strict=True):
        changed += sorted(set(old.items()) ^ set(new.items()))[:4]  # type: ignore[arg-type]
    return repr(changed)[:200]


def _first_words(line: str) -> str:
    return " ".join(line.removeprefix("carerpassport: ").split()[:6])


def run_in_process(*args: str, passphrase: str | None = None) -> Callable[[], Result]:
    return lambda: run_cli(*args, passphrase=passphrase)


def run_real_processes(invariant: Invariant, cases: Sequence[Case], argv: Callable[[Path], list[str]],
                       folder: Path, suffix: str, env: dict[str, str],
                       on_success: Callable[[Result], None] | None = None) -> None:
    """Run ``cases`` as real ``python -m carerpassport`` processes, with the same invariant."""
    full_env = {**os.environ, **env}
    for case in cases:
        path = place(case, folder, suffix)
        before = [folder_state(watched) for watched in invariant.watched]
        try:
            proc = subprocess.run([sys.executable, "-m", "carerpassport", *argv(path)], capture_output=True,
                                  text=True, env=full_env, timeout=PROCESS_TIMEOUT, stdin=subprocess.DEVNULL,
                                  preexec_fn=_limit_memory)
        except subprocess.TimeoutExpired:
            invariant._fail(case, "process hang", f"ran longer than {PROCESS_TIMEOUT} s")
            continue
        invariant.check_result(case, Result(proc.returncode, proc.stdout, proc.stderr), before, on_success)


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (PROCESS_MEMORY_BYTES, PROCESS_MEMORY_BYTES))


def sample(cases: Sequence[Case], count: int) -> list[Case]:
    """``count`` cases spread over the whole list, always with the special files."""
    specials = [case for case in cases if case.special is not None]
    others = [case for case in cases if case.special is None]
    step = max(1, len(others) // max(1, count - len(specials)))
    return (specials + others[::step])[:count]


# --- byte mutations -----------------------------------------------------------------------------

def flip(data: bytes, rng: random.Random, start: int = 0, end: int | None = None) -> tuple[str, bytes]:
    out = bytearray(data)
    at = rng.randrange(start, end if end is not None else len(out))
    out[at] ^= 1 << rng.randrange(8)
    return f"flip@{at}", bytes(out)


def truncate(data: bytes, at: int) -> tuple[str, bytes]:
    return f"truncate@{at}", data[:at]


def insert(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    at = rng.randrange(len(data))
    junk = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 40)))
    return f"insert@{at}", data[:at] + junk + data[at:]


def delete(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    at = rng.randrange(len(data))
    return f"delete@{at}", data[:at] + data[at + rng.randrange(1, 200):]


def duplicate(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    at, to = rng.randrange(len(data)), rng.randrange(len(data))
    return f"duplicate@{at}->{to}", data[:to] + data[at:at + rng.randrange(1, 500)] + data[to:]


def byte_mutations(prefix: str, data: bytes, rng: random.Random, count: int) -> list[Case]:
    """``count`` cases: truncations spread over the whole file, then random flips, inserts, deletes."""
    cases: list[Case] = []
    cuts = max(1, count // 3)
    for i in range(cuts):
        at = 1 + (len(data) - 2) * i // cuts
        name, out = truncate(data, at)
        cases.append(Case(f"{prefix}:{name}", out))
    while len(cases) < count:
        kind = rng.choice([flip, flip, insert, delete, duplicate])
        name, out = kind(data, rng)
        cases.append(Case(f"{prefix}:{name}", out))
    return cases


# --- hostile JSON -------------------------------------------------------------------------------

#: Raw JSON fragments a parser must survive, each named.
HOSTILE_JSON: dict[str, bytes] = {
    "nested-list": b"[" * 50_000 + b"]" * 50_000,
    "nested-object": b'{"a":' * 20_000 + b"1" + b"}" * 20_000,
    "nested-unclosed": b"[" * 100_000,
    "huge-int": b"9" * 20_000,
    "huge-negative-int": b"-" + b"1" * 5_000,
    "huge-exponent": b"1e999999",
    "negative-huge-exponent": b"-1e999999",
    "tiny-exponent": b"1e-999999",
    "long-float": b"0." + b"3" * 10_000,
    "nan": b"NaN",
    "infinity": b"Infinity",
    "minus-infinity": b"-Infinity",
    "lone-surrogate": b'"\\ud800"',
    "lone-low-surrogate": b'"x\\udfff"',
    "surrogate-key": b'{"\\ud83d":1}',
    "bad-escape": b'"\\x41"',
    "control-char": b'"a\x01b"',
    "invalid-utf8": b'"\xff\xfe"',
    "overlong-utf8": b'"\xc0\xaf"',
    "big-string": b'"' + b"A" * 200_000 + b'"',
    "null": b"null",
    "true": b"true",
    "zero": b"0",
    "negative": b"-1",
    "float": b"1.5",
    "empty-object": b"{}",
    "empty-list": b"[]",
    "duplicate-keys": b'{"a":1,"a":2}',
}

_HOLE = "\u2603HOSTILE\u2603"


def with_hostile_value(document: dict[str, Any], path: Sequence[str], fragment: bytes) -> bytes:
    """``document`` as compact sorted JSON with the value at ``path`` replaced by the raw ``fragment``."""
    copy = json.loads(json.dumps(document))
    target = copy
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = _HOLE
    text = json.dumps(copy, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return text.replace(json.dumps(_HOLE, ensure_ascii=False).encode("utf-8"), fragment)


def leaf_paths(document: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every key path in a JSON object (objects only; lists are leaves)."""
    paths: list[tuple[str, ...]] = []
    if isinstance(document, dict):
        for key, value in document.items():
            paths.append((*prefix, key))
            paths += leaf_paths(value, (*prefix, key))
    return paths


def hostile_documents(prefix: str, document: dict[str, Any], rng: random.Random, count: int) -> list[Case]:
    """``count`` variants of ``document``: every hostile fragment at least once, at random key paths,
    and whole-document replacements."""
    paths = leaf_paths(document)
    cases = [Case(f"{prefix}:whole:{name}", fragment) for name, fragment in HOSTILE_JSON.items()]
    names = list(HOSTILE_JSON)
    i = 0
    while len(cases) < count:
        name = names[i % len(names)]
        path = rng.choice(paths)
        cases.append(Case(f"{prefix}:{'.'.join(path)}={name}", with_hostile_value(document, path, HOSTILE_JSON[name])))
        i += 1
    return cases


# --- hostile tar archives -----------------------------------------------------------------------

def tar_of(members: Sequence[tuple[tarfile.TarInfo, bytes]], fmt: int = tarfile.USTAR_FORMAT) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=fmt) as archive:
        for info, data in members:
            if info.isreg():
                info.size = len(data)
                archive.addfile(info, io.BytesIO(data))
            else:
                archive.addfile(info)
    return out.getvalue()


def member(name: str, kind: bytes = tarfile.REGTYPE, **fields: Any) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.mode = 0o600
    for key, value in fields.items():
        setattr(info, key, value)
    return info


def with_checksum(block: bytearray) -> bytearray:
    """A 512-byte tar header block with its checksum recomputed (so the parser reads on)."""
    block[148:156] = b" " * 8
    block[148:156] = b"%06o\0" % sum(block) + b" "
    return block


def pax_header(records: dict[str, bytes]) -> bytes:
    """A raw pax extended header member (type ``x``) carrying ``records`` (values as raw bytes)."""
    body = b"".join(_pax_record(key.encode(), value) for key, value in records.items())
    info = tarfile.TarInfo("././@PaxHeader")
    info.type = tarfile.XHDTYPE
    info.size = len(body)
    return info.tobuf(tarfile.USTAR_FORMAT) + body + b"\0" * (-len(body) % 512)


def _pax_record(key: bytes, value: bytes) -> bytes:
    payload = b" " + key + b"=" + value + b"\n"
    length = len(payload) + 1
    while len(str(length)) + len(payload) != length:
        length = len(str(length)) + len(payload)
    return str(length).encode() + payload


def raw_member(name: str, data: bytes) -> bytes:
    """One ustar member (header + padded data), no end-of-archive blocks."""
    info = member(name)
    info.size = len(data)
    return info.tobuf(tarfile.USTAR_FORMAT) + data + b"\0" * (-len(data) % 512)


END_OF_ARCHIVE = b"\0" * 1024


def hostile_archives(members: Sequence[tuple[str, bytes]], rng: random.Random) -> list[tuple[str, bytes]]:
    """Archives built around the real ``members`` (name, data) that a strict reader must refuse (or read
    correctly): links, devices, paths, pax and GNU headers, wrong and swapped members, broken headers."""
    names = [name for name, _ in members]
    real = dict(members)
    first, second = names[0], names[1]

    def with_member(extra: bytes, at: int = 0) -> bytes:
        parts = [raw_member(n, d) for n, d in members]
        parts.insert(at, extra)
        return b"".join(parts) + END_OF_ARCHIVE

    def regular(name: str, data: bytes) -> tuple[tarfile.TarInfo, bytes]:
        return member(name), data

    out: list[tuple[str, bytes]] = []
    for kind, label in ((tarfile.SYMTYPE, "symlink"), (tarfile.LNKTYPE, "hardlink"), (tarfile.DIRTYPE, "dir"),
                        (tarfile.CHRTYPE, "chardev"), (tarfile.BLKTYPE, "blockdev"), (tarfile.FIFOTYPE, "fifo"),
                        (tarfile.CONTTYPE, "contiguous"), (tarfile.GNUTYPE_SPARSE, "gnu-sparse-type")):
        info = member(first, kind, linkname="/etc/passwd" if label.endswith("link") else "")
        rest = [regular(n, d) for n, d in members[1:]]
        out.append((f"{label}-member", tar_of([(info, b""), *rest], tarfile.GNU_FORMAT)))
    for bad_name in (f"/{first}", f"../{first}", f"sub/{first}", f"./{first}", f"{first}/", "..", "",
                     f"C:\\{first}", f"{first}\0hidden", "a" * 99):
        renamed = [(bad_name, real[first]), *members[1:]]
        try:
            out.append((f"name {bad_name[:20]!r}", tar_of([regular(n, d) for n, d in renamed], tarfile.GNU_FORMAT)))
        except (ValueError, tarfile.TarError):
            pass
    long_name = "x" * 5_000
    out.append(("gnu-longname", tar_of([regular(long_name, b"x"), *[regular(n, d) for n, d in members]],
                                       tarfile.GNU_FORMAT)))
    out.append(("pax-longname", tar_of([regular(long_name, b"x"), *[regular(n, d) for n, d in members]],
                                       tarfile.PAX_FORMAT)))
    pax_records: list[tuple[str, dict[str, bytes]]] = [
        ("pax GNU.sparse 0.1", {"GNU.sparse.numblocks": b"1", "GNU.sparse.offset": b"0",
                                "GNU.sparse.numbytes": b"10", "GNU.sparse.size": b"10"}),
        ("pax GNU.sparse map", {"GNU.sparse.map": b"0,5,10,x", "GNU.sparse.size": b"10"}),
        ("pax GNU.sparse huge size", {"GNU.sparse.map": b"0,5", "GNU.sparse.size": b"9" * 20_000}),
        ("pax GNU.sparse 1.0", {"GNU.sparse.major": b"1", "GNU.sparse.minor": b"0",
                                "GNU.sparse.name": first.encode(), "GNU.sparse.realsize": b"10"}),
        ("pax GNU.sparse 1.0 bad", {"GNU.sparse.major": b"1", "GNU.sparse.minor": b"0",
                                    "GNU.sparse.realsize": b"9" * 20_000}),
        ("pax GNU.sparse bad numblocks", {"GNU.sparse.numblocks": b"abc", "GNU.sparse.size": b"1"}),
        ("pax huge size", {"size": b"9" * 20_000}),
        ("pax size 1e9", {"size": b"1000000000"}),
        ("pax negative size", {"size": b"-5"}),
        ("pax bad size", {"size": b"ten"}),
        ("pax float size", {"size": b"1.5"}),
        ("pax huge mtime", {"mtime": b"9" * 20_000}),
        ("pax nan mtime", {"mtime": b"nan"}),
        ("pax huge uid", {"uid": b"9" * 20_000}),
        ("pax bad uid", {"uid": b"x"}),
        ("pax path traversal", {"path": b"../" + first.encode()}),
        ("pax absolute path", {"path": b"/" + first.encode()}),
        ("pax long path", {"path": b"p" * 100_000}),
        ("pax rename to other", {"path": second.encode()}),
        ("pax linkpath", {"linkpath": b"/etc/passwd"}),
        ("pax bad utf-8 path", {"path": b"\xff\xfe"}),
        ("pax hdrcharset binary", {"hdrcharset": b"BINARY", "path": b"\xff" + first.encode()}),
        ("pax many records", {f"k{i}": b"v" for i in range(2_000)}),
    ]
    for label, records in pax_records:
        out.append((label, with_member(pax_header(records))))
        out.append((label + " (second member)", with_member(pax_header(records), 1)))
    out.append(("pax bad length", with_member(b"".join([
        bytearray(member("././@PaxHeader", tarfile.XHDTYPE, size=12).tobuf()), b"99 size=1\n\0\0" + b"\0" * 500]))))
    out.append(("pax zero length", with_member(b"".join([
        bytearray(member("././@PaxHeader", tarfile.XHDTYPE, size=12).tobuf()), b"0 size=1\n\0\0\0" + b"\0" * 500]))))
    out.append(("pax huge length", with_member(b"".join([
        bytearray(member("././@PaxHeader", tarfile.XHDTYPE, size=30).tobuf()),
        b"9" * 25 + b" a=\n" + b"\0" + b"\0" * 482]))))
    out.append(("global pax", with_member(b"".join([
        bytearray(member("pax_global_header", tarfile.XGLTYPE, size=16).tobuf()),
        b"16 path=/x/yyy\n\0" + b"\0" * 496]))))
    for label, kind in (("gnu longname huge", tarfile.GNUTYPE_LONGNAME),
                        ("gnu longlink huge", tarfile.GNUTYPE_LONGLINK)):
        header = bytearray(member("././@LongLink", kind).tobuf(tarfile.GNU_FORMAT))
        header[124:136] = b"%011o\0" % (8 * 1024 * 1024 * 1024 - 1)
        out.append((label, with_member(bytes(with_checksum(header)))))
    # Raw header fields, checksums fixed so the parser believes them.
    for label, offset, value in (("size base-256 huge", 124, b"\x80" + b"\xff" * 11),
                                 ("size base-256 negative", 124, b"\xff" * 12),
                                 ("size octal huge", 124, b"77777777777\0"),
                                 ("size not octal", 124, b"9999999999x\0"),
                                 ("mtime base-256", 136, b"\x80" + b"\x7f" * 11),
                                 ("type unknown", 156, b"Z"),
                                 ("type pax global", 156, b"g"),
                                 ("magic gnu", 257, b"ustar  \0"),
                                 ("magic garbage", 257, b"abcdefgh"),
                                 ("prefix traversal", 345, b"../../etc\0"),
                                 ("name unterminated", 0, b"n" * 100)):
        for index in (0, 1):
            archive = bytearray(b"".join(raw_member(n, d) for n, d in members) + END_OF_ARCHIVE)
            start = sum(512 + len(d) + (-len(d) % 512) for _, d in members[:index])
            block = archive[start:start + 512]
            block[offset:offset + len(value)] = value
            archive[start:start + 512] = with_checksum(block)
            out.append((f"{label} (member {index})", bytes(archive)))
    # Wrong, missing, extra, duplicated and swapped members.
    out.append(("missing first", tar_of([regular(n, d) for n, d in members[1:]])))
    out.append(("missing last", tar_of([regular(n, d) for n, d in members[:-1]])))
    out.append(("only one", tar_of([regular(first, real[first])])))
    out.append(("empty archive", END_OF_ARCHIVE))
    out.append(("no end blocks", b"".join(raw_member(n, d) for n, d in members)))
    out.append(("extra member", tar_of([*[regular(n, d) for n, d in members], regular("extra.txt", b"x")])))
    out.append(("duplicate member", tar_of([*[regular(n, d) for n, d in members], regular(first, b"{}")])))
    out.append(("duplicate same bytes", tar_of([*[regular(n, d) for n, d in members], regular(first, real[first])])))
    out.append(("reversed order", tar_of([regular(n, d) for n, d in reversed(members)])))
    for a in range(len(names)):
        for b in range(a + 1, len(names)):
            swapped = dict(real)
            swapped[names[a]], swapped[names[b]] = real[names[b]], real[names[a]]
            out.append((f"swapped {names[a]}<->{names[b]}", tar_of([regular(n, swapped[n]) for n in names])))
    out.append(("renamed case", tar_of([regular(first.upper(), real[first]),
                                        *[regular(n, d) for n, d in members[1:]]])))
    out.append(("pax format", tar_of([regular(n, d) for n, d in members], tarfile.PAX_FORMAT)))
    out.append(("gnu format", tar_of([regular(n, d) for n, d in members], tarfile.GNU_FORMAT)))
    junk = bytes(rng.randrange(256) for _ in range(700))
    out.append(("trailing junk", tar_of([regular(n, d) for n, d in members]) + junk))
    out.append(("second archive appended", tar_of([regular(n, d) for n, d in members]) * 2))
    out.append(("not a tar", b"hello, this is not a tar archive at all" * 20))
    out.append(("gzip", b"\x1f\x8b\x08\x00" + b"\0" * 600))
    out.append(("zeros", b"\0" * 4096))
    return out


def archive_truncations(archive: bytes, count: int) -> list[tuple[str, bytes]]:
    """``count`` cuts of ``archive``: inside the first headers, at block edges, inside data, before the end."""
    points = sorted({1, 100, 257, 511, 512, 513, 1023, 1024, 1536, len(archive) - 1024, len(archive) - 1,
                     *range(1, len(archive), max(1, len(archive) // max(1, count - 11)))})
    return [(f"tar cut@{at}", archive[:at]) for at in points if 0 < at < len(archive)][:count]


def archive_header_flips(archive: bytes, rng: random.Random, count: int, fix_checksum: bool) -> list[tuple[str, bytes]]:
    """Byte flips inside tar header blocks (the ones a parser interprets), checksum fixed or not."""
    headers: list[int] = []
    at = 0
    while at + 512 <= len(archive) and archive[at:at + 512] != b"\0" * 512:
        headers.append(at)
        size = int(archive[at + 124:at + 135].strip(b"\0 ") or b"0", 8)
        at += 512 + size + (-size % 512)
    out: list[tuple[str, bytes]] = []
    for _ in range(count):
        start = rng.choice(headers)
        offset = rng.randrange(512)
        data = bytearray(archive)
        block = data[start:start + 512]
        block[offset] = rng.randrange(256)
        if fix_checksum:
            block = with_checksum(block)
        data[start:start + 512] = block
        out.append((f"header {start}+{offset}{' (checksum fixed)' if fix_checksum else ''}", bytes(data)))
    return out


def age_header_cases(data: bytes) -> list[Case]:
    """Changes to an age file's plain-text header: work factors, stanzas, armour, the MAC line."""
    header_end = data.find(b"\n---") + 1
    header, rest = data[:header_end], data[header_end:]
    cases = [
        Case("age:scrypt work factor 40", b"age-encryption.org/v1\n-> scrypt c2FsdHNhbHRzYWx0c2FsdA 40\nAAAA\n" + rest),
        Case("age:scrypt work factor huge",
             b"age-encryption.org/v1\n-> scrypt c2FsdA " + b"9" * 20_000 + b"\nAA\n" + rest),
        Case("age:scrypt no factor", b"age-encryption.org/v1\n-> scrypt\n" + rest),
        Case("age:scrypt negative", b"age-encryption.org/v1\n-> scrypt c2FsdA -1\nAA\n" + rest),
        Case("age:no stanza", b"age-encryption.org/v1\n" + rest),
        Case("age:no mac line", header),
        Case("age:header only magic", b"age-encryption.org/v1\n"),
        Case("age:huge header", b"age-encryption.org/v1\n" + b"-> X25519 " + b"A" * 200_000 + b"\n" + rest),
        Case("age:many stanzas", b"age-encryption.org/v1\n" + b"-> X25519 AAAA\nAAAA\n" * 5_000 + rest),
        Case("age:unknown stanza", b"age-encryption.org/v1\n-> unknown-type a b c\n\n" + rest),
        Case("age:stanza body not base64", header.replace(b"\n-> X25519", b"\n-> X25519 !!!", 1) + rest),
        Case("age:armour no end", b"-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n"),
        Case("age:armour not base64", b"-----BEGIN AGE ENCRYPTED FILE-----\n!!!!\n-----END AGE ENCRYPTED FILE-----\n"),
        Case("age:armour of junk", b"-----BEGIN AGE ENCRYPTED FILE-----\nYWJj\n-----END AGE ENCRYPTED FILE-----\n"),
        Case("age:magic only, junk", b"age-encryption.org/v1\n" + b"\xff" * 1_000),
        Case("age:payload cut", header + rest[:len(rest) // 2]),
        Case("age:payload doubled", header + rest + rest),
        Case("age:no payload", header + rest[:rest.find(b"\n") + 1]),
    ]
    import base64
    armoured = (b"-----BEGIN AGE ENCRYPTED FILE-----\n" + base64.encodebytes(data)
                + b"-----END AGE ENCRYPTED FILE-----\n")
    cases.append(Case("age:armoured real file", armoured))
    cases.append(Case("age:armoured cut", armoured[: len(armoured) // 2] + b"\n-----END AGE ENCRYPTED FILE-----\n"))
    return cases

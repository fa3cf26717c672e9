"""The fuzz runs' invariant can fail: each broken promise it looks for is reported."""

from __future__ import annotations

import time
from pathlib import Path

from tests.cli_runner import Result
from tests.security.fuzz_support import Case, Invariant


def test_the_invariant_reports_each_broken_promise(tmp_path: Path) -> None:
    watched = tmp_path / "vault"
    watched.mkdir()
    (watched / "vault.db").write_bytes(b"before")
    invariant = Invariant("self-test", [watched], hang_seconds=0.2)
    case = Case("c", b"")

    def crash() -> Result:
        raise RecursionError("deep")

    def write_and_refuse() -> Result:
        (watched / "vault.db").write_bytes(b"after")
        return Result(1, "", "carerpassport: This file was refused for a good reason.\n")

    def hang() -> Result:
        time.sleep(5)
        return Result(0, "", "")

    invariant.run(case, crash)
    invariant.run(case, hang)
    invariant.run(case, lambda: Result(2, "", "usage\n"))
    invariant.run(case, lambda: Result(1, "", "carerpassport: first line of a refusal, long enough.\nsecond\n"))
    invariant.run(case, lambda: Result(1, "", "Traceback (most recent call last):\n"))
    invariant.run(case, lambda: Result(0, "", "a warning\n"))
    invariant.run(case, write_and_refuse)
    invariant.run(case, lambda: Result(1, "", "carerpassport: This file was refused for a good reason.\n"))
    causes = set(invariant.causes)
    assert any(cause.startswith("traceback RecursionError at test_fuzz_support.py:") for cause in causes), causes
    causes = {cause for cause in causes if not cause.startswith("traceback RecursionError")}
    assert causes == {"hang", "exit code 2",
                      "stderr not one sentence", "traceback on stderr", "stderr on success",
                      "files changed on refusal"}, causes
    assert sum(invariant.outcomes.values()) == 2  # the warning case counts as accepted, and the clean refusal

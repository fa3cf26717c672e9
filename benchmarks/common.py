"""Timing helpers shared by the benchmarks."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ["CARERPASSPORT_NO_KEYRING"] = "1"

PASSPHRASE = "benchmark passphrase"

#: ``CARERPASSPORT_BENCH_SMOKE=1`` (tests/test_benchmarks_smoke.py): every bench runs one tiny iteration,
#: to show that it still runs; its figures mean nothing then.
SMOKE = os.environ.get("CARERPASSPORT_BENCH_SMOKE") == "1"


def scaled(full: int, smoke: int = 1) -> int:
    """``full`` (a count of iterations, revisions, sessions...) or, in a smoke run, ``smoke``."""
    return smoke if SMOKE else full


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    """Milliseconds for each of ``repeat`` calls (one call in a smoke run)."""
    out = []
    for _ in range(scaled(repeat)):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def summary(samples: list[float], prefix: str) -> dict[str, float]:
    """min, median (p50), p99 and max of ``samples`` in ms, named ``{prefix}_min_ms`` and so on."""
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return {f"{prefix}_min_ms": round(ordered[0], 3), f"{prefix}_p50_ms": round(statistics.median(ordered), 3),
            f"{prefix}_p99_ms": round(p99, 3), f"{prefix}_max_ms": round(ordered[-1], 3)}


def spread(samples: list[float], name: str, digits: int = 2) -> dict[str, float]:
    """The median of ``samples`` as ``name`` (what a target names), with its min and max beside it
    (``open_ms`` → ``open_min_ms``, ``open_max_ms``; ``rss_mb`` → ``rss_min_mb``, ``rss_max_mb``)."""
    base, unit = name.rsplit("_", 1)
    return {name: round(statistics.median(samples), digits), f"{base}_min_{unit}": round(min(samples), digits),
            f"{base}_max_{unit}": round(max(samples), digits)}


def rss_mb() -> float:
    """Resident memory of this process (Linux /proc)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    return -1.0


def scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="cp-bench-"))

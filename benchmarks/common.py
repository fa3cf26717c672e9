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


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    """Milliseconds for each of ``repeat`` calls."""
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def summary(samples: list[float], prefix: str) -> dict[str, float]:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return {f"{prefix}_p50_ms": round(statistics.median(ordered), 3), f"{prefix}_p99_ms": round(p99, 3)}


def rss_mb() -> float:
    """Resident memory of this process (Linux /proc)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    return -1.0


def scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="cp-bench-"))

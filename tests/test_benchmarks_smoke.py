"""Every benchmark module still imports and runs (a benchmark broke unnoticed once).

One fresh process runs each ``benchmarks/bench_*.py``'s ``run()`` with ``CARERPASSPORT_BENCH_SMOKE=1``:
one tiny iteration of each measurement, fixtures built small in a temp folder. Nothing here looks at a
timing; it checks that each bench returned its figures, with every target naming a figure it reported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.security.key_kill_harness import TEST_ONLY_WEAK_KDF

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
#: Needs Xvfb and KeePassXC and measures real start-ups; it is imported here but run only by ``make bench``.
IMPORT_ONLY = {"startup_x11"}

CHILD = """
import importlib, json, sys
sys.path.insert(0, sys.argv[1])
from carerpassport.vault import keyslots
# TEST ONLY: vaults made here derive their key slots cheaply (figures mean nothing in a smoke run anyway);
# the key slot records its KDF, so the benches' own child processes open them cheaply too.
keyslots.DEFAULT_KDF = json.loads(sys.argv[2])
import_only = json.loads(sys.argv[3])
out = {}
for name in sys.argv[4:]:
    module = importlib.import_module("bench_" + name)
    out[name] = None if name in import_only else module.run()
print(json.dumps(out))
"""


def test_every_benchmark_imports_and_runs_one_tiny_iteration(tmp_path: Path) -> None:
    names = sorted(p.stem.removeprefix("bench_") for p in BENCHMARKS.glob("bench_*.py"))
    assert {"gui", "scale", "vault"} <= set(names)
    env = {**os.environ, "CARERPASSPORT_BENCH_SMOKE": "1", "CARERPASSPORT_BENCH_FIXTURES": str(tmp_path / "fixtures"),
           "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-c", CHILD, str(BENCHMARKS), json.dumps(TEST_ONLY_WEAK_KDF),
                           json.dumps(sorted(IMPORT_ONLY)), *names], capture_output=True, text=True,
                          env=env, timeout=300, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(done.stdout.strip().splitlines()[-1])
    assert sorted(results) == names
    for name, figures in results.items():
        if name in IMPORT_ONLY:
            continue
        assert isinstance(figures, dict) and "error" not in figures, (name, figures)
        reported = set(figures) - {"targets"}
        assert reported, name
        missing = set(figures.get("targets", {})) - reported
        assert not missing, f"bench_{name}: targets name figures it did not report: {sorted(missing)}"

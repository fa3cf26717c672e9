"""Scale figures: a manager's vault holding 500 received passports, and an employee's vault after five
simulated years (``five_years.py``: ~2,000 versions at the editing-session grouping, 100+ exports, 10
reviews, 10 countersigned copies stored), against a new vault in the same run.

* Manager: opening the vault with the keyring's key and listing the received passports (target < 200 ms),
  and the list alone (what the page's refresh reads).
* Five years: the vault's size on disk after each simulated year (target < 20 MB a year), opening it with
  the key + the passport + its history, and a signed export, each beside the same on a new vault holding
  the same answers and actions in one version (``…_ratio``: five-year over new, in this run); then a
  fresh process unlocks it in the window and shows every page (``bench_gui``'s child, on this vault):
  resident memory after unlock (< 150 MB) and the GUI-thread figures.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

import five_years
from common import PASSPHRASE, SMOKE, scaled, scratch, spread, summary, timed

from carerpassport.app import PassportApp
from carerpassport.vault.store import Vault, VaultPaths

HERE = Path(__file__).resolve().parent
SMOKE_YEARS = {"years": 1, "sessions_per_year": 4, "saves_per_session": 2, "exports_per_year": 1,
               "reviews_per_year": 1}


class _KeyOnly:
    """Hands back the vault's raw key, as the OS keyring would."""

    def __init__(self, key: bytes) -> None:
        self.key = key

    def get(self, vault_id: str) -> bytes:
        return self.key


def _raw_key(folder: Path) -> bytes:
    app = PassportApp.open(folder, passphrase=PASSPHRASE)
    key = app.vault._key
    app.close()
    return key


def _open_with_key(folder: Path, key: bytes) -> PassportApp:
    return PassportApp(Vault.open(VaultPaths(folder), keyring=_KeyOnly(key)), None)  # type: ignore[arg-type]


def manager_figures() -> dict[str, object]:
    folder, facts = five_years.manager_vault(received=scaled(500, 3))
    key = _raw_key(folder)

    def open_and_list() -> None:
        app = _open_with_key(folder, key)
        app.countersigning.received_passports()
        app.close()

    figures: dict[str, object] = {"manager_received": facts["received"]}
    figures.update(spread(timed(open_and_list, 11), "manager_open_and_list_500_ms", 1))
    app = _open_with_key(folder, key)
    figures.update(summary(timed(app.countersigning.received_passports, 20), "manager_list_500"))
    app.close()
    return figures


def _open_history(folder: Path, key: bytes) -> None:
    app = _open_with_key(folder, key)
    app.editing.passport()
    app.editing.history()
    app.close()


def _new_vault(like: Path) -> Path:
    """A new vault holding what the five-year vault holds now (the same answers and actions), in one
    version: the same export, without the years behind it."""
    old = PassportApp.open(like, passphrase=PASSPHRASE)
    now = old.editing.passport()
    old.close()
    folder = scratch() / "vault"
    app = PassportApp.create(folder, employee_name="Bench Mark", manager_name="Bench Manager",
                             passphrase=PASSPHRASE).app
    passport = app.editing.passport()
    passport.answers, passport.actions = dict(now.answers), list(now.actions)
    app.editing.save(passport)
    app.close()
    return folder


def five_year_figures() -> dict[str, object]:
    old, facts = five_years.employee_vault(**(SMOKE_YEARS if SMOKE else {}))
    new = _new_vault(old)
    sizes = [int(x) for x in facts["size_after_each_year_bytes"]]  # type: ignore[attr-defined]
    per_year = [b - a for a, b in zip([0, *sizes], sizes, strict=False)]
    figures: dict[str, object] = {
        "five_year_versions": facts["versions"], "five_year_exports": facts["exports"],
        "five_year_reviews": facts["reviews"], "five_year_countersigned_copies": facts["countersigned"],
        "five_year_build_s": facts["build_s"],
        "five_year_vault_mb": round(sizes[-1] / 2**20, 2),
        "five_year_growth_per_year_mb": [round(b / 2**20, 2) for b in per_year],
        "five_year_largest_year_mb": round(max(per_year) / 2**20, 2),
    }
    keys = {"old": _raw_key(old), "new": _raw_key(new)}
    opened = {name: timed(lambda f=folder, k=keys[name]: _open_history(f, k), 11)  # type: ignore[misc]
              for name, folder in (("new", new), ("old", old))}
    figures.update(spread(opened["new"], "new_open_plus_history_ms", 2))
    figures.update(spread(opened["old"], "five_year_open_plus_history_ms", 2))
    figures["five_year_open_plus_history_ratio"] = round(
        statistics.median(opened["old"]) / statistics.median(opened["new"]), 2)
    exports = {}
    for name, folder in (("new", new), ("old", old)):
        app = _open_with_key(folder, keys[name])
        out = folder.parent / "export.pdf"
        app.pdfs.export_signed_pdf(out)  # warm up: fonts, imports
        exports[name] = timed(lambda a=app, o=out: a.pdfs.export_signed_pdf(o), 10)  # type: ignore[misc]
        app.close()
    figures.update(summary(exports["new"], "new_export_signed_pdf"))
    figures.update(summary(exports["old"], "five_year_export_signed_pdf"))
    figures["five_year_export_ratio"] = round(statistics.median(exports["old"]) / statistics.median(exports["new"]), 2)
    figures.update(_window_on(old))
    return figures


def _window_on(folder: Path) -> dict[str, object]:
    """``bench_gui``'s fresh-process unlock-and-show-every-page, on ``folder``: memory and GUI-thread figures."""
    runs = []
    for _ in range(scaled(3)):
        done = subprocess.run([sys.executable, str(HERE / "bench_gui.py"), "--after-unlock", str(folder)],
                              capture_output=True, text=True, timeout=300, check=True,
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                   "XDG_CONFIG_HOME": str(folder.parent / "config")})
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    figures: dict[str, object] = {}
    for key in ("rss_after_unlock_mb", "rss_after_warm_up_mb", "unlock_show_passport_ms",
                "unlock_cards_slowest_turn_ms", "first_show_history_ms", "first_show_slowest_page_ms", "lock_ms"):
        figures.update(spread([run[key] for run in runs], f"five_year_{key}", 1))
    return figures


def run() -> dict[str, object]:
    figures = manager_figures()
    figures.update(five_year_figures())
    figures["targets"] = {"manager_open_and_list_500_ms": 200, "manager_list_500_p99_ms": 50,
                          "five_year_largest_year_mb": 20, "five_year_open_plus_history_ms": 100,
                          "five_year_export_signed_pdf_p50_ms": 150, "five_year_rss_after_unlock_mb": 150,
                          "five_year_rss_after_warm_up_mb": 150,
                          "five_year_unlock_show_passport_ms": 50, "five_year_unlock_cards_slowest_turn_ms": 50,
                          "five_year_first_show_slowest_page_ms": 50}
    return figures


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))

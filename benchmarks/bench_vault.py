"""Vault figures: unlock (keyring key path and passphrase path), save one edit, 1,000 revisions, memory."""

from __future__ import annotations

import subprocess
import sys

from common import PASSPHRASE, rss_mb, scratch, spread, summary, timed

from carerpassport.app import PassportApp
from carerpassport.vault.store import Vault, VaultPaths


def run() -> dict[str, object]:
    figures: dict[str, object] = {}
    folder = scratch() / "vault"
    created = PassportApp.create(folder, employee_name="Bench Mark", passphrase=PASSPHRASE)
    app = created.app
    key = app.vault._key  # the raw key, as the OS keyring would hand it back

    class _KeyOnly:
        def get(self, vault_id: str) -> bytes:
            return key

    def open_with_key() -> None:
        Vault.open(VaultPaths(folder), keyring=_KeyOnly()).close()  # type: ignore[arg-type]

    def open_with_passphrase() -> None:
        Vault.open(VaultPaths(folder), passphrase=PASSPHRASE).close()

    figures.update(spread(timed(open_with_key, 30), "unlock_raw_key_ms", 3))
    figures.update(spread(timed(open_with_passphrase, 5), "unlock_passphrase_ms", 1))

    counter = iter(range(10**9))
    figures.update(summary(timed(lambda: app.editing.set_answer("caring.responsibilities", f"edit {next(counter)}"),
                                 1000),
                           "save_edit"))
    figures["revisions"] = len(app.editing.history())
    app.close()

    def open_and_history() -> None:
        opened = PassportApp(Vault.open(VaultPaths(folder), keyring=_KeyOnly()), None)  # type: ignore[arg-type]
        opened.editing.history()
        opened.editing.passport()
        opened.close()

    figures.update(spread(timed(open_and_history, 11), "open_plus_history_1000_ms", 3))
    figures["rss_after_open_mb"] = rss_mb()
    cold = subprocess.run([sys.executable, "-c", "import time; t=time.perf_counter(); import carerpassport.app; "
                           "print((time.perf_counter()-t)*1000)"], capture_output=True, text=True, check=True)
    figures["import_app_module_ms"] = round(float(cold.stdout.strip()), 1)
    figures["targets"] = {"unlock_raw_key_ms": 50, "save_edit_p99_ms": 5, "open_plus_history_1000_ms": 100,
                          "rss_after_open_mb": 150}
    return figures

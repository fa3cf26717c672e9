"""The OS keyring: a real Secret Service (gnome-keyring under dbus-run-session), never a fake.

``make test`` runs pytest inside ``.ci/with-session``, which starts one. Insecure backends are refused.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest

from carerpassport.app import PassportApp
from carerpassport.vault.errors import LockedError
from carerpassport.vault.keyring_store import KeyringStore, choose_backend
from tests.conftest import IN_CI, PASSPHRASE


def real_keyring() -> KeyringStore:
    store = KeyringStore()
    if not store.available() or "SecretService" not in type(store.backend).__module__:
        message = (f"no Secret Service here (backend {store.describe()}); run under .ci/with-session")
        if IN_CI or os.environ.get("CARERPASSPORT_TEST_KEYRING"):
            pytest.fail(message)
        pytest.skip(message)
    return store


@pytest.mark.keyring
def test_vault_opens_silently_with_the_keyring_key(data_dir: Path) -> None:
    store = real_keyring()
    created = PassportApp.create(data_dir, employee_name="K", passphrase=PASSPHRASE, keyring=store)
    assert created.keyring_used
    vault_id = created.app.vault.vault_id
    created.app.close()
    assert keyring.get_password(store.service, f"vault:{vault_id}")  # really in the Secret Service
    app = PassportApp.open(data_dir, keyring=store)
    assert app.vault.unlocked.method == "keyring"
    app.keys.use_keyring(False)
    app.close()
    with pytest.raises(LockedError):
        PassportApp.open(data_dir, keyring=store)
    app = PassportApp.open(data_dir, keyring=store, passphrase=PASSPHRASE)  # lost keyring: passphrase still works
    assert app.vault.unlocked.method == "passphrase"
    assert app.keys.use_keyring(True)
    app.close()
    PassportApp.open(data_dir, keyring=store).close()
    store.delete(vault_id)


@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()])
def test_insecure_backends_are_refused(backend: object, data_dir: Path) -> None:
    store = KeyringStore(backend=backend)  # type: ignore[arg-type]
    assert not store.available()
    assert store.put("v", bytes(32)) is False
    created = PassportApp.create(data_dir, passphrase=PASSPHRASE, keyring=store)  # works without a keyring
    assert not created.keyring_used
    created.app.close()
    PassportApp.open(data_dir, keyring=store, passphrase=PASSPHRASE).close()


@pytest.mark.keyring
def test_unlocking_through_the_keyring_starts_no_program(data_dir: Path, tmp_path: Path) -> None:
    """The backend is chosen directly: the keyring library's discovery ran ldconfig, gcc and ld (the macOS
    backend's find_library) on every unlock. A fresh process opens the vault with the key from the real
    Secret Service alone, under strace, and starts no program."""
    store = real_keyring()
    if shutil.which("strace") is None:
        if IN_CI:
            pytest.fail("strace is not installed (see .ci/system-packages)")
        pytest.skip("strace is not installed")
    created = PassportApp.create(data_dir, employee_name="Exec", passphrase=PASSPHRASE, keyring=store)
    assert created.keyring_used
    vault_id = created.app.vault.vault_id
    created.app.close()
    env = {k: v for k, v in os.environ.items()
           if k not in ("CARERPASSPORT_PASSPHRASE", "CARERPASSPORT_NO_KEYRING", "PYTHON_KEYRING_BACKEND")}
    try:
        for args in (["--help"], ["--data-dir", str(data_dir), "show"]):
            trace = tmp_path / "execve.txt"
            done = subprocess.run(["strace", "-f", "-qq", "-e", "trace=execve", "-o", str(trace),
                                   sys.executable, "-m", "carerpassport", *args],
                                  capture_output=True, text=True, env=env, timeout=120, check=False)
            assert done.returncode == 0, done.stderr  # "show" needs the key: it came from the keyring
            started = [line for line in trace.read_text().splitlines() if "execve(" in line]
            assert len(started) == 1, started  # only the interpreter itself
    finally:
        store.delete(vault_id)


def test_the_backend_is_chosen_without_the_library_discovery(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)

    def no_discovery() -> None:
        raise AssertionError("keyring.get_keyring() probes every backend")

    monkeypatch.setattr(keyring, "get_keyring", no_discovery)
    backend = choose_backend()
    assert type(backend).__module__ in ("keyring.backends.SecretService", "keyring.backends.kwallet",
                                        "keyring.backends.fail")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    explicit = KeyringStore(backend=choose_backend())  # the user's explicit choice, still refused when insecure
    assert type(explicit.backend).__module__ == "keyring.backends.null" and not explicit.available()

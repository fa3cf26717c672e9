"""The OS keyring: a real Secret Service (gnome-keyring under dbus-run-session), never a fake.

``make test`` runs pytest inside ``.ci/with-session``, which starts one. Insecure backends are refused.
"""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest

from carerpassport.app import PassportApp
from carerpassport.vault.errors import LockedError
from carerpassport.vault.keyring_store import KeyringStore
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
    app.use_keyring(False)
    app.close()
    with pytest.raises(LockedError):
        PassportApp.open(data_dir, keyring=store)
    app = PassportApp.open(data_dir, keyring=store, passphrase=PASSPHRASE)  # lost keyring: passphrase still works
    assert app.vault.unlocked.method == "passphrase"
    assert app.use_keyring(True)
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

"""The log and the history are shown in the reader's language, whichever language was spoken when each entry
was made: an employee who worked in English and then chose Welsh reads every entry in Welsh, and entries an
older version stored as English words are shown as they were stored.

Each step is a fresh ``python -m carerpassport`` process with its own HOME and data folder.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE

V1 = Path(__file__).parents[1] / "data" / "vault_v1"
V1_PASSPHRASE = "schema one passphrase"


def carerpassport(home: Path, vault: Path, language: str, *args: str,
                  passphrase: str = PASSPHRASE) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, HOME=str(home), CARERPASSPORT_LANGUAGE=language, CARERPASSPORT_PASSPHRASE=passphrase,
               CARERPASSPORT_NO_KEYRING="1")
    done = subprocess.run([sys.executable, "-m", "carerpassport", f"--data-dir={vault}", *args], capture_output=True,
                          text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done


def test_entries_made_in_english_are_read_in_welsh(tmp_path: Path) -> None:
    home, vault = tmp_path / "home", tmp_path / "vault"
    carerpassport(home, vault, "en", "init", "--name", "Siân Jones", "--manager", "Bob Smith")
    carerpassport(home, vault, "en", "set", "caring.responsibilities", "I care for my father.", "--share")
    carerpassport(home, vault, "en", "action", "add", "--what", "Phone on in meetings")
    carerpassport(home, vault, "en", "export", "pdf", str(tmp_path / "copy.pdf"))

    english_log = carerpassport(home, vault, "en", "log").stdout
    assert "Vault created" in english_log and "Signed PDF of revision" in english_log
    welsh_log = carerpassport(home, vault, "cy", "log").stdout
    assert "Claddgell wedi'i chreu" in welsh_log
    assert "Cod adfer wedi'i greu" in welsh_log
    assert "PDF wedi'i lofnodi o fersiwn" in welsh_log and "ar gyfer Bob Smith" in welsh_log
    for english in ("Vault created", "Recovery code created", "Signed PDF", " for Bob Smith"):
        assert english not in welsh_log

    welsh_history = carerpassport(home, vault, "cy", "history").stdout
    # The question by the Welsh form's title, the action counted in Welsh, the first letter a capital.
    assert "Newidiwyd: Beth yw eich cyfrifoldebau gofalu?" in welsh_history
    assert "Ychwanegwyd cam" in welsh_history
    assert "Changed" not in welsh_history and "added" not in welsh_history.lower()
    # Scripts read the English label, whatever the process speaks.
    labels = [r["label"] for r in json.loads(carerpassport(home, vault, "cy", "history", "--json").stdout)]
    assert "Changed: What are your caring responsibilities?" in labels
    assert "Added an action" in labels


def test_entries_an_older_version_stored_in_english_are_shown_as_stored(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    shutil.copytree(V1, vault)
    welsh_log = carerpassport(tmp_path / "home", vault, "cy", "log", passphrase=V1_PASSPHRASE).stdout
    lines = welsh_log.splitlines()
    assert any(line.rstrip().endswith("Vault created") for line in lines), welsh_log  # schema 1's own words
    # Opening it made its signing identity (schema 1 had none): that entry, new, is in Welsh.
    assert any("Hunaniaeth llofnodi wedi'i chreu" in line for line in lines), welsh_log

"""A passport countersigned in a real Okular 22.12 (tests/data/golden/okular/) imports as countersigned.

The employee runs as fresh ``python -m carerpassport`` processes on a copy of the golden vault; only
``--trust-manager`` is needed (no "accept external" step), as for a copy countersigned in manager mode.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.exchange.countersign_policy import READER_WIDGET_KEYS
from carerpassport.exchange.pdf_reading import open_pdf
from tests.cli_runner import run_process
from tests.countersign_support import reader_extra_keys

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "golden" / "okular"
PASSPHRASE = "correct horse battery staple"
COMMENT = "Happy to support the 10:00 start on Tuesdays. Review in June."


def employee(tmp_path: Path) -> tuple[list[str], dict[str, str], Path]:
    vault = tmp_path / "vault"
    shutil.copytree(GOLDEN / "employee-vault", vault)
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           "CARERPASSPORT_PASSPHRASE": PASSPHRASE, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return [f"--data-dir={vault}"], env, vault


@pytest.mark.english
def test_an_okular_countersignature_imports_with_trust_manager_only(tmp_path: Path) -> None:
    args, env, vault = employee(tmp_path)
    copy = tmp_path / "countersigned-in-okular.pdf"
    shutil.copyfile(GOLDEN / "countersigned-in-okular.pdf", copy)

    untrusted = run_process(*args, "import", str(copy), env=env)
    assert untrusted.code == 1
    assert len(untrusted.err.strip().splitlines()) == 1 and "--trust-manager" in untrusted.err
    assert "--accept-external" not in untrusted.err and "check before accepting" not in untrusted.err

    done = run_process(*args, "import", str(copy), "--trust-manager", env=env)
    assert done.code == 0, done.err
    assert "agreed by both" in done.out
    shown = run_process(*args, "show", "--json", env=env)
    assert shown.code == 0, shown.err
    data = json.loads(shown.out)
    assert data["review"]["last_agreed"] == "2026-12-01"
    status = data["status"]  # where it stands now: agreed with the certificate's name, on the form's day
    assert (status["state"], status["manager_name"], status["agreed_on"]) == ("agreed", "Robert Smith", "2026-12-01")
    assert status["next_review"] == data["review"]["next_review"]
    assert status["sentence"].startswith("Agreed with Robert Smith on 1 December 2026")

    app = PassportApp.open(vault, passphrase=PASSPHRASE)
    try:
        [stored] = app.countersigning.countersigned_copies()
        assert stored.details["manager_name"] == "Robert Smith"
        assert stored.details["comment"] == COMMENT
        assert stored.details["manager_date"] == "2026-12-01"
        assert stored.details["state"] == "needs_trust" and stored.details["external_reason"] == ""
        assert [(p.name, p.fingerprint) for p in app.repo.pins()] == [("Robert Smith", stored.details[
            "manager_fingerprint"])]
    finally:
        app.close()


@pytest.mark.english
def test_verify_reports_the_okular_copy_as_countersigned(tmp_path: Path) -> None:
    args, env, _vault = employee(tmp_path)
    verified = run_process(*args, "verify", str(GOLDEN / "countersigned-in-okular.pdf"), env=env)
    assert verified.code == 0, verified.err
    assert "Countersigned:  yes, by Robert Smith (covers the whole file)" in verified.out


def test_the_policy_allows_exactly_the_keys_okular_writes() -> None:
    """READER_WIDGET_KEYS is what Okular 22.12 adds to each manager field: nothing broader."""
    pdf = (GOLDEN / "countersigned-in-okular.pdf").read_bytes()
    assert open_pdf(pdf).lenient, "Okular's update needs pyHanko's lenient reader"
    assert reader_extra_keys((GOLDEN / "countersigned-in-okular.pdf").read_bytes(), 1) == dict(READER_WIDGET_KEYS)

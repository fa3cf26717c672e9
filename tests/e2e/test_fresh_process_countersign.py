"""The manager countersigns in a freshly started process, with a several-word comment.

Each person is their own ``python -m carerpassport`` process with its own HOME and data folder; only the
PDF passes between them. Countersigning once failed here ("no afm found for faceName=...") because the
embedded font was registered only by an earlier export in the same process.
"""

from __future__ import annotations

from pathlib import Path

from tests.cli_runner import run_process


def person(tmp_path: Path, who: str) -> tuple[list[str], dict[str, str]]:
    home = tmp_path / who
    home.mkdir()
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           "CARERPASSPORT_PASSPHRASE": f"{who} passphrase for tests", "PYTHON_KEYRING_BACKEND":
           "keyring.backends.fail.Keyring"}
    return [f"--data-dir={home / 'vault'}"], env


def test_countersign_in_a_fresh_process(tmp_path: Path) -> None:
    emp, emp_env = person(tmp_path, "employee")
    mgr, mgr_env = person(tmp_path, "manager")
    assert run_process(*emp, "init", "--name", "Siân Jones", "--manager", "Łukasz Nowak", env=emp_env).code == 0
    assert run_process(*emp, "set", "caring.effect_on_work", "I may need to leave at short notice.", "--share",
                       env=emp_env).code == 0
    exported = tmp_path / "passport.pdf"
    assert run_process(*emp, "export", "pdf", str(exported), env=emp_env).code == 0
    assert run_process(*mgr, "init", "--name", "Łukasz Nowak", env=mgr_env).code == 0
    signed = tmp_path / "countersigned.pdf"
    result = run_process(*mgr, "countersign", str(exported), str(signed), "--comment",
                         "Zgoda — happy to support this arrangement, Siân.", env=mgr_env)
    assert result.code == 0, result.err
    assert "no afm" not in result.err
    verified = run_process(*emp, "verify", str(signed), env=emp_env)
    assert verified.code == 0, verified.err
    assert "Łukasz Nowak" in verified.out

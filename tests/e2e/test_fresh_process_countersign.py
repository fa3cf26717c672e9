"""The manager countersigns in a freshly started process, with a several-word comment.

Each person is their own ``python -m carerpassport`` process with its own HOME and data folder; only the
PDF passes between them. Countersigning once failed here ("no afm found for faceName=...") because the
embedded font was registered only by an earlier export in the same process.
"""

from __future__ import annotations

from pathlib import Path

from tests.e2e.support import person


def test_countersign_in_a_fresh_process(tmp_path: Path) -> None:
    emp = person(tmp_path, "employee")
    mgr = person(tmp_path, "manager")
    assert emp.run("init", "--name", "Siân Jones", "--manager", "Łukasz Nowak").code == 0
    assert emp.run("set", "caring.effect_on_work", "I may need to leave at short notice.", "--share").code == 0
    exported = tmp_path / "passport.pdf"
    assert emp.run("export", "pdf", str(exported)).code == 0
    assert mgr.run("init", "--name", "Łukasz Nowak").code == 0
    signed = tmp_path / "countersigned.pdf"
    result = mgr.run("countersign", str(exported), str(signed), "--comment",
                     "Zgoda — happy to support this arrangement, Siân.")
    assert result.code == 0, result.err
    assert "no afm" not in result.err
    verified = emp.run("verify", str(signed))
    assert verified.code == 0, verified.err
    assert "Łukasz Nowak" in verified.out

"""The manager countersigns in a freshly started process, with a several-word comment.

Each person is their own ``python -m carerpassport`` process with its own HOME and data folder; only the
PDF passes between them. Countersigning once failed here ("no afm found for faceName=...") because the
embedded font was registered only by an earlier export in the same process.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from carerpassport.domain.dates import readable_date
from carerpassport.domain.review import default_next_review
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


def test_show_prints_the_outcome_after_a_fresh_process_import(tmp_path: Path) -> None:
    """Employee exports, manager countersigns (typing a shorter name than their certificate's), employee
    imports: each a fresh process. ``show`` then says who agreed (the certificate's name) and when the next
    review is; one more ``set`` of a shared answer turns it into "changed since"."""
    emp = person(tmp_path, "employee")
    mgr = person(tmp_path, "manager")
    emp.ok("init", "--name", "Siân Jones", "--manager", "Łukasz Nowak")
    emp.ok("set", "caring.effect_on_work", "I may need to leave at short notice.", "--share")
    assert "Not agreed with a manager yet — when you are ready" in emp.ok("show").out
    exported = tmp_path / "passport.pdf"
    emp.ok("export", "pdf", str(exported))
    assert "Not agreed with a manager yet — you exported a copy on" in emp.ok("show").out
    mgr.ok("init", "--name", "Łukasz Nowak")
    signed = tmp_path / "countersigned.pdf"
    mgr.ok("countersign", str(exported), str(signed), "--comment", "Happy to support this.", "--name", "Lukasz N.")
    emp.ok("import", str(signed), "--trust-manager")

    shown = emp.ok("show").out
    line = re.search(r"^Agreed with (.+) on (\d+ \w+ \d{4}) — next review by (\d+ \w+ \d{4})\.$", shown, re.M)
    assert line is not None, shown
    assert line[1] == "Łukasz Nowak"  # the certificate's name, not the "Lukasz N." typed on the form
    agreed_on = dt.datetime.strptime(line[2], "%d %B %Y").date()
    assert line[3] == readable_date(default_next_review(agreed_on))

    emp.ok("set", "caring.effect_on_work", "I may need to leave at short notice, twice a month.")
    shown = emp.ok("show").out
    assert (f"Changed since you last agreed it — export again when you are ready (last agreed with Łukasz Nowak "
            f"on {line[2]}).") in shown
    assert "Agreed with" not in shown.split("\n\n")[1]

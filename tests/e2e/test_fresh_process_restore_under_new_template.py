"""An employee answers under version 1 of their employer's form, imports version 2, then restores a version
of their passport written under version 1; every step is a fresh process with its own HOME (issue 18 item 4).

The command line lists History (``history``) but has no command to restore a version: restoring is the
app's History page, so that step is its own ``python -c`` process calling the facade method the page calls
(``app.editing.restore_revision``), the vault and its template read from disk like every other step.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.e2e.support import Person, person
from tests.pdf_support import pdf_text

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "templates" / "examples"
DROPPED = "support.society_support"  # asked by version 1 only
SITTER = "The Carers' Network found me a sitter for Tuesdays."
CARING = "I look after my father three evenings a week."

#: What History's Restore does, in a process of its own.
RESTORE = """
import os, sys
from pathlib import Path
from carerpassport.app import PassportApp
app = PassportApp.open(Path(sys.argv[1]), passphrase=os.environ["CARERPASSPORT_PASSPHRASE"])
try:
    print(app.editing.restore_revision(int(sys.argv[2])).number)
finally:
    app.close()
"""


def restore(emp: Person, number: int) -> None:
    done = subprocess.run([sys.executable, "-c", RESTORE, str(emp.data_dir), str(number)], capture_output=True,
                          text=True, env={**os.environ, **emp.env}, timeout=120)
    assert done.returncode == 0, done.stderr


def exported_text(emp: Person, out: Path) -> str:
    emp.ok("export", "pdf", str(out))
    return " ".join(pdf_text(out).split())


def test_a_version_restored_from_before_the_upgrade_stays_on_version_2_with_the_dropped_answer_private(
        tmp_path: Path) -> None:
    emp = person(tmp_path, "employee")
    emp.ok("init", "--name", "Siân Llŷr", "--manager", "Alex Boyd")
    emp.ok("template", "import", str(EXAMPLES / "northbridge-building-society-v1.json"))
    emp.ok("set", "caring.responsibilities", CARING, "--share")
    emp.ok("set", DROPPED, SITTER, "--share")
    under_version_1 = json.loads(emp.ok("history", "--json").out)[-1]["number"]
    emp.ok("template", "import", str(EXAMPLES / "northbridge-building-society-v2.json"))
    emp.ok("set", "caring.responsibilities", "Changed under version 2.", "--share")

    restore(emp, under_version_1)

    shown = json.loads(emp.ok("show", "--json").out)
    assert shown["template"] == {"id": "uk.example.northbridge-bs.carers-passport", "version": 2}
    assert {k: a["text"] for k, a in shown["answers"].items()} == {"caring.responsibilities": CARING,
                                                                    DROPPED: SITTER}
    assert shown["answers"]["caring.responsibilities"]["shared"] is True
    assert shown["answers"][DROPPED]["shared"] is False
    former = emp.ok("template", "show").out
    assert "Have you considered the support available to carers within the Society?" in former

    text = exported_text(emp, tmp_path / "restored.pdf")
    assert "Form: Northbridge Building Society" in text and "version 2" in text
    assert CARING in text and SITTER not in text

    emp.ok("set", DROPPED, "--share")  # ticked again by the employee
    text = exported_text(emp, tmp_path / "shared-again.pdf")
    assert SITTER in text and "No longer on the employer's form" in text

"""An employee's vault moves from version 1 to version 2 of an employer's template, each step a fresh
``python -m carerpassport`` process (Must hold of issue 18: the upgrade keeps every answer), then exports: the
PDF names the employer and the template version and both pyHanko and poppler validate it."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.support import pdfsig, person, pyhanko_signatures
from tests.pdf_support import pdf_text

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "templates" / "examples"


def test_upgrade_from_version_1_to_2_keeps_every_answer_and_the_pdf_names_the_form(tmp_path: Path) -> None:
    emp = person(tmp_path, "employee")
    emp.ok("init", "--name", "Siân Llŷr", "--manager", "Alex Boyd")
    emp.ok("template", "import", str(EXAMPLES / "cwm-tawel-council-v1.json"))
    v1 = json.loads((EXAMPLES / "cwm-tawel-council-v1.json").read_text(encoding="utf-8"))
    written: dict[str, str] = {}
    for section in v1["sections"]:
        for field in section["fields"]:
            if field.get("filled_by") == "manager":
                continue
            text = field["choices"][0] if field.get("kind") == "choice" else f"Siân's answer to {field['id']}"
            emp.ok("set", field["id"], text, "--share")
            written[field["id"]] = text

    upgrade = emp.ok("template", "import", str(EXAMPLES / "cwm-tawel-council-v2.json"))
    assert "removed: How are you managing at the moment? (your answer is kept" in upgrade.out
    shown = json.loads(emp.ok("show", "--json").out)
    assert shown["template"] == {"id": "uk.example.cwmtawel.carers-passport", "version": 2}
    assert {k: a["text"] for k, a in shown["answers"].items()} == written  # every answer, by field id
    assert shown["answers"]["caring.how_managing"]["shared"] is False  # dropped by version 2: private now
    assert all(a["shared"] for k, a in shown["answers"].items() if k != "caring.how_managing")
    assert "No longer on your employer's form" in emp.ok("show").out

    out = tmp_path / "passport.pdf"
    emp.ok("export", "pdf", str(out))
    text = " ".join(pdf_text(out).split())
    assert "Form: Cwm Tawel County Borough Council: Carer's Passport, version 2" in text
    assert "reviewed at least every 6 months" in text
    assert "Siân's answer to caring.how_managing" not in text  # not chosen again: never exported
    assert "Siân's answer to caring.responsibilities" in text
    assert "Carer's leave" in text and "gofalwyr@cwmtawel.example" in text  # the employer's policies and contacts
    checks = pyhanko_signatures(out)
    employee = next(c for c in checks if c.field == "EmployeeSignature")
    assert employee.intact and employee.valid
    assert "Signature Validation: Signature is Valid." in pdfsig(out)

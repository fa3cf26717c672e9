"""Signed PDF figures: export (render + certify + atomic write + log) and verify, on a typical passport."""

from __future__ import annotations

import datetime as dt

from common import PASSPHRASE, scratch, summary, timed

from carerpassport.app import PassportApp
from carerpassport.exchange.pdf_report import inspect_passport_pdf

ANSWERS = {
    "caring.responsibilities": "I look after my father, who has dementia, three evenings a week and most weekends. "
                               "My sister helps when she can.",
    "caring.effect_on_work": "I sometimes need to leave at short notice when the day centre calls, and I cannot "
                             "start before 9:30 on Tuesdays. " * 3,
    "caring.future_changes": "His needs are likely to increase over the next year.",
    "support.workplace_support": "Flexible start on Tuesdays; being able to take calls from the care team.",
    "emergency.arrangements": "I will text my manager; Sam covers urgent calls; my handover notes are on the "
                              "team drive.",
}


def run() -> dict[str, object]:
    folder = scratch()
    app = PassportApp.create(folder / "vault", employee_name="Siân Jones", manager_name="Łukasz Żółć",
                             passphrase=PASSPHRASE).app
    for field_id, text in ANSWERS.items():
        app.editing.set_answer(field_id, text, shared=True)
    app.editing.set_answer("caring.how_managing", "Private: tired.", shared=False)
    app.editing.add_action("Start at 10:00 on Tuesdays", kind="flexible_working", owner="Łukasz Żółć", status="agreed",
                   review_on=dt.date(2027, 5, 1))
    app.editing.add_action("Use carer's leave for hospital appointments", kind="leave", status="proposed")
    out = folder / "export.pdf"
    app.pdfs.export_signed_pdf(out)  # warm up: fonts, imports
    figures: dict[str, object] = {}
    figures.update(summary(timed(lambda: app.pdfs.export_signed_pdf(out), 20), "export_signed_pdf"))
    data = out.read_bytes()
    figures["pdf_kb"] = round(len(data) / 1024, 1)
    figures.update(summary(timed(lambda: inspect_passport_pdf(data), 20), "verify"))
    figures.update(summary(timed(lambda: app.pdfs.verify_file(out), 20), "verify_file"))
    app.close()
    figures["targets"] = {"export_signed_pdf_p50_ms": 150, "verify_p50_ms": 100}
    return figures

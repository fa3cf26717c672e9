"""Countersigning figures: manager mode (check + fill + sign + write) and importing the countersigned copy
(all checks, then recording it). Targets from DESIGN.md: countersign < 150 ms, import < 200 ms."""

from __future__ import annotations

from common import PASSPHRASE, scratch, summary, timed

from carerpassport.app import PassportApp


def run() -> dict[str, object]:
    folder = scratch()
    employee = PassportApp.create(folder / "employee", employee_name="Bench Employee", manager_name="Bench Manager",
                                  passphrase=PASSPHRASE).app
    employee.editing.set_answer("caring.responsibilities", "I care for my mother most evenings. " * 20, shared=True)
    employee.editing.set_answer("caring.effect_on_work", "Occasional short-notice leave. " * 10, shared=True)
    employee.editing.add_action("Start at 10:00 on Tuesdays", kind="flexible_working", status="agreed")
    export = folder / "export.pdf"
    employee.pdfs.export_signed_pdf(export)
    manager = PassportApp.create(folder / "manager", employee_name="Bench Manager", passphrase=PASSPHRASE).app

    counter = iter(range(10**6))

    def countersign() -> None:
        manager.countersigning.countersign(manager.countersigning.inspect_received(export),
                                           folder / f"signed-{next(counter)}.pdf",
                            comment="Agreed; review in a year.")

    figures: dict[str, object] = {}
    figures.update(summary(timed(countersign, 20), "countersign"))
    countersign()  # one copy more than the imports below use (a smoke run times a single countersigning)
    signed = (folder / "signed-0.pdf").read_bytes()
    figures.update(summary(timed(lambda: employee.countersigning.inspect_countersigned(signed, "signed.pdf"), 20),
                           "import_check"))

    copies = iter(range(1, 10**6))

    def import_one() -> None:
        # Each import needs a distinct countersigned copy (the same copy twice is refused).
        employee.countersigning.import_countersigned(folder / f"signed-{next(copies)}.pdf", trust_new_manager=True)

    figures.update(summary(timed(import_one, 15), "import_countersigned"))
    figures["pdf_kb"] = round(len(signed) / 1024, 1)
    manager.close()
    employee.close()
    figures["targets"] = {"countersign_p50_ms": 150, "import_countersigned_p50_ms": 200, "import_check_p50_ms": 200}
    return figures

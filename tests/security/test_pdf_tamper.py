"""A signed passport PDF cannot be altered unnoticed, and never carries what the employee kept private."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.domain.canonical import canonical_bytes
from carerpassport.exchange.errors import ExchangeError, NotAPassportFileError, TamperedDocumentError
from carerpassport.exchange.pdf_reading import attachment_at
from carerpassport.exchange.pdf_report import inspect_passport_pdf
from tests.pdf_support import (
    byte_ranges,
    employee_status,
    pdf_text,
    uncompressed,
    with_extra_page_content,
    with_swapped_attachment,
    without_employee_signature,
)

FLIPS = 240


@pytest.fixture
def exported(filled_app: PassportApp, tmp_path: Path) -> bytes:
    return filled_app.pdfs.export_signed_pdf(tmp_path / "exported.pdf").path.read_bytes()


def detected(data: bytes) -> bool:
    """Whether the app's verifier refuses the file or reports a problem with it."""
    try:
        report = inspect_passport_pdf(data)
    except ExchangeError:
        return True
    return not report.ok


def test_the_untouched_export_passes(exported: bytes) -> None:
    assert not detected(exported)


def test_every_single_byte_flip_in_the_signed_ranges_is_detected(exported: bytes) -> None:
    ranges = byte_ranges(exported)
    assert ranges[0][0] == 0 and ranges[1][1] == len(exported)  # the signature covers the whole file
    rng = random.Random(20261123)
    positions = sorted({rng.randrange(start, end) for start, end in ranges for _ in range(FLIPS // 2)})
    # Always include the edges of both ranges and the header.
    positions = sorted(set(positions) | {0, 5, ranges[0][1] - 1, ranges[1][0], ranges[1][1] - 1})
    assert len(positions) >= 200
    missed = []
    for position in positions:
        tampered = bytearray(exported)
        tampered[position] ^= 1 << rng.randrange(8)
        if not detected(bytes(tampered)):
            missed.append(position)
    assert missed == [], f"flips not detected at {missed[:10]}"


def test_appended_page_content_is_detected_with_a_reason(exported: bytes) -> None:
    report = inspect_passport_pdf(with_extra_page_content(exported))
    assert report.intact  # the signed revision itself is untouched...
    assert any("added or changed after the employee signed" in p for p in report.problems)  # ...but not the file
    with pytest.raises(TamperedDocumentError):
        report.raise_for_problems()


def test_appended_bytes_are_detected_with_a_reason(exported: bytes) -> None:
    report = inspect_passport_pdf(exported + b"\n% a comment added later\n")
    assert any("appended" in p for p in report.problems)
    with pytest.raises(NotAPassportFileError, match="damaged"):  # a fake end of file breaks the structure
        inspect_passport_pdf(exported + b"\n%%EOF\n% more\n")


def test_swapped_attachment_is_detected_and_the_signed_one_is_still_reported(filled_app: PassportApp,
                                                                             exported: bytes) -> None:
    evil = canonical_bytes({"format": 1, "id": filled_app.editing.passport().id, "answers": {}})
    tampered = with_swapped_attachment(exported, evil)
    report = inspect_passport_pdf(tampered)
    assert any("attachment was replaced" in p for p in report.problems)
    assert report.passport_json == canonical_bytes(filled_app.editing.passport().shared_dict())
    reader, _ = employee_status(tampered)
    assert attachment_at(reader) == evil  # what a naive reader would have taken


def test_removed_signature_is_detected_with_a_reason(exported: bytes) -> None:
    with pytest.raises(TamperedDocumentError, match="no employee signature"):
        inspect_passport_pdf(without_employee_signature(exported))
    first_revision_end = exported.index(b"%%EOF") + len(b"%%EOF\n")
    with pytest.raises(TamperedDocumentError, match="no employee signature"):
        inspect_passport_pdf(exported[:first_revision_end])  # cut back to before it was signed


def test_private_content_never_reaches_the_pdf(app: PassportApp, tmp_path: Path, unique: str) -> None:
    private_answer, private_note, private_action = f"{unique}-answer", f"{unique}-note", f"{unique}-action"
    shared_answer = f"{unique}-SHARED"
    app.editing.set_answer("caring.responsibilities", shared_answer, shared=True)
    app.editing.set_answer("caring.how_managing", private_answer, shared=False)
    app.editing.set_answer("notes.private", private_note)
    app.editing.add_action(private_action, shared=False)
    chosen = app.pdfs.export_signed_pdf(tmp_path / "chosen.pdf", fields=["caring.effect_on_work"])
    flagged = app.pdfs.export_signed_pdf(tmp_path / "flagged.pdf")
    for result in (chosen, flagged):
        raw = result.path.read_bytes()
        flat = uncompressed(result.path, tmp_path / f"flat-{result.path.name}")
        text = unicodedata.normalize("NFKC", pdf_text(result.path))
        for secret in (private_answer, private_note, private_action):
            for haystack in (raw, flat, text.encode("utf-8"), result.passport_json):
                for encoding in ("utf-8", "utf-16-be", "utf-16-le"):
                    assert secret.encode(encoding) not in haystack, f"{secret} leaked into {result.path.name}"
    # The checks above can see text: the shared answer is found by the very same means.
    flagged_flat = uncompressed(flagged.path, tmp_path / "flat-check.pdf")
    assert shared_answer in pdf_text(flagged.path) and shared_answer.encode() in flagged_flat
    assert shared_answer not in pdf_text(chosen.path)

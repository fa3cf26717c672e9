"""One file, one verdict: ``verify``, manager-mode ``countersign``, ``import`` and a bundle holding the file
all read it through the same reader and validator, so each refuses a bad file with the same sentence,
and no refused file changes a byte of either person's vault.

The table is real files: the app's own export and countersignature, poppler's ``pdfsig -sign``, and
damaged, foreign, rolled-back and hostile copies of them (2,000 empty incremental updates, 6,000 objects,
/dev/zero, /dev/urandom, a FIFO, a folder).
"""

from __future__ import annotations

import dataclasses
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from carerpassport.app import PassportApp
from carerpassport.exchange import bundle
from carerpassport.exchange.pdf_report import inspect_passport_pdf
from tests.cli_runner import Result, run_cli, run_process
from tests.countersign_support import MANAGER_PASSPHRASE, poppler_countersign
from tests.pdf_hostile import with_empty_updates, with_flipped_signed_byte, with_many_objects

EMPLOYEE_PASSPHRASE = "the employee's own long passphrase"
OK = "ok"
#: Entry points, each run as the person who would use it.
VERIFY, COUNTERSIGN, IMPORT, BUNDLE = "verify", "countersign", "import", "bundle"
NOT_COUNTERSIGNED = "This PDF has only your signature"
ALREADY = "This passport is already countersigned"
NEW_CERTIFICATE = "certificate is new to this vault"
TAMPERED = "The file was changed after the employee signed it"
TOO_MANY = "separate updates"


@dataclasses.dataclass
class World:
    """The employee's and the manager's vaults and the table's files."""

    root: Path
    employee_dir: Path
    manager_dir: Path
    files: dict[str, Path]
    bundles: dict[str, Path]


@dataclasses.dataclass(frozen=True)
class Row:
    name: str
    #: What each entry point says: OK, or the start of the one-line refusal.
    expect: dict[str, str]
    #: Extra flags for ``import`` (so a file reaches the decision this row is about).
    import_flags: tuple[str, ...] = ()
    #: A file-level refusal: every entry point must give exactly the same sentence.
    same_sentence: bool = True


def _all(sentence: str, *, bundle: bool = True) -> dict[str, str]:
    every = {VERIFY: sentence, COUNTERSIGN: sentence, IMPORT: sentence}
    return {**every, BUNDLE: sentence} if bundle else every


ROWS = [
    Row("fresh export", {VERIFY: OK, COUNTERSIGN: OK, IMPORT: NOT_COUNTERSIGNED, BUNDLE: NOT_COUNTERSIGNED},
        same_sentence=False),
    Row("countersigned by the app", {VERIFY: OK, COUNTERSIGN: ALREADY, IMPORT: "Bob Smith's " + NEW_CERTIFICATE,
                                     BUNDLE: "Bob Smith's " + NEW_CERTIFICATE}, same_sentence=False),
    # poppler's pdfsig update is understood (exchange/countersign_policy.py): countersigned, exactly like
    # the app's own copy, everywhere; the import only asks to trust the new certificate.
    Row("countersigned by poppler", {VERIFY: OK, COUNTERSIGN: ALREADY, IMPORT: "Bob Smith's " + NEW_CERTIFICATE,
                                     BUNDLE: "Bob Smith's " + NEW_CERTIFICATE}, same_sentence=False),
    Row("tampered (one flipped byte in the signed range)", _all(TAMPERED)),
    Row("truncated", _all("This PDF is cut short (truncated)")),
    Row("foreign (another vault's passport)", {VERIFY: OK, COUNTERSIGN: ALREADY,
                                               IMPORT: "This passport was signed by Someone Else"},
        same_sentence=False),
    Row("rolled back (cut to the employee's revision)", {VERIFY: OK, COUNTERSIGN: OK, IMPORT: NOT_COUNTERSIGNED,
                                                         BUNDLE: NOT_COUNTERSIGNED}, same_sentence=False),
    Row("not a PDF", _all("This file is not a PDF", bundle=False)),
    Row("2,000 empty incremental updates", _all("This PDF was changed in more than 16 " + TOO_MANY)),
    Row("6,000 objects in one update", _all("This PDF holds more than 5,000 objects")),
    Row("/dev/zero", _all("zero is not an ordinary file", bundle=False)),
    Row("/dev/urandom", _all("urandom is not an ordinary file", bundle=False)),
    Row("a FIFO", _all("fifo.pdf is not an ordinary file", bundle=False)),
    Row("a folder", _all("folder.pdf is a folder, not a passport PDF.", bundle=False)),
]


def _vault(folder: Path, name: str, passphrase: str) -> PassportApp:
    return PassportApp.create(folder, employee_name=name, manager_name="Bob Smith", passphrase=passphrase).app


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("one-verdict")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("CARERPASSPORT_NO_KEYRING", "1")
        employee = _vault(root / "employee", "Siân Jones", EMPLOYEE_PASSPHRASE)
        employee.editing.set_answer("caring.responsibilities", "I look after my father three evenings a week.",
                                    shared=True)
        manager = _vault(root / "manager", "Bob Smith", MANAGER_PASSPHRASE)
        stranger = _vault(root / "stranger", "Someone Else", "a third person's passphrase")
        files = root / "files"
        files.mkdir()
        export = employee.pdfs.export_signed_pdf(files / "export.pdf").path
        signed = files / "countersigned.pdf"
        manager.countersigning.countersign(manager.countersigning.inspect_received(export), signed, comment="Agreed.",
                                           name="Bob Smith")
        foreign_export = stranger.pdfs.export_signed_pdf(files / "foreign-export.pdf").path
        foreign = files / "foreign.pdf"
        manager.countersigning.countersign(manager.countersigning.inspect_received(foreign_export), foreign,
                                           comment="", name="Bob Smith")
        poppler = poppler_countersign(root, export, files / "poppler.pdf") if shutil.which("pdfsig") else None
        data = signed.read_bytes()
        made = {
            "fresh export": export,
            "countersigned by the app": signed,
            "countersigned by poppler": poppler,
            "tampered (one flipped byte in the signed range)": _write(files / "tampered.pdf",
                                                                      with_flipped_signed_byte(data)),
            # cut in the middle of the manager's update, far from any %%EOF (two thirds of the file
            # once landed just after the export's own %%EOF: a whole export with some bytes appended)
            "truncated": _write(files / "truncated.pdf", data[:(len(export.read_bytes()) + len(data)) // 2]),
            "foreign (another vault's passport)": foreign,
            "rolled back (cut to the employee's revision)": _write(files / "rolled-back.pdf",
                                                                   data[:len(export.read_bytes())]),
            "not a PDF": _write(files / "letter.pdf", "Dear Siân, my comments are below.\n".encode() * 40),
            "2,000 empty incremental updates": _write(files / "updates.pdf", with_empty_updates(data, 2000)),
            "6,000 objects in one update": _write(files / "objects.pdf", with_many_objects(data, 6000)),
            "/dev/zero": Path("/dev/zero"),
            "/dev/urandom": Path("/dev/urandom"),
            "a FIFO": files / "fifo.pdf",
            "a folder": files / "folder.pdf",
        }
        os.mkfifo(files / "fifo.pdf")
        (files / "folder.pdf").mkdir()
        # The manager sends each PDF back in an encrypted bundle too (the sender is not trusted yet).
        passport_json = inspect_passport_pdf(export.read_bytes()).passport_json
        to_employee = [employee.identity().age_recipient]
        sealed = {}
        for name, path in made.items():
            row = next(r for r in ROWS if r.name == name)
            if BUNDLE in row.expect and path is not None:
                sealed[name] = _write(files / f"bundle-{len(sealed)}.passport.age", bundle.seal_bundle(
                    manager.identity(), passport_json=passport_json, pdf=path.read_bytes(), revision=1,
                    recipients=to_employee))
        for app in (employee, manager, stranger):
            app.close()
        yield World(root, root / "employee", root / "manager", {k: v for k, v in made.items() if v}, sealed)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _vault_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _message(result: Result) -> str:
    if result.code == 0:
        return OK
    line = result.err.strip().splitlines()[0] if result.err.strip() else f"(exit {result.code}, nothing on stderr)"
    return line.removeprefix("carerpassport: ")


def _commands(world: World, row: Row, path: Path) -> dict[str, tuple[Path, str, list[str]]]:
    """Each entry point as (vault, passphrase, arguments)."""
    out = world.root / "out" / f"{abs(hash(row.name))}.pdf"
    out.parent.mkdir(exist_ok=True)
    commands = {
        VERIFY: (world.employee_dir, EMPLOYEE_PASSPHRASE, ["verify", str(path)]),
        COUNTERSIGN: (world.manager_dir, MANAGER_PASSPHRASE, ["countersign", str(path), str(out), "--no-keep"]),
        IMPORT: (world.employee_dir, EMPLOYEE_PASSPHRASE, ["import", str(path), *row.import_flags]),
    }
    if row.name in world.bundles:
        commands[BUNDLE] = (world.employee_dir, EMPLOYEE_PASSPHRASE,
                            ["import", str(world.bundles[row.name]), "--trust-sender", *row.import_flags])
    return commands


def _run_everywhere(world: World, row: Row, runner: Callable[[Path, str, list[str]], Result]) -> dict[str, str]:
    path = world.files[row.name]
    said = {}
    for entry, (vault, passphrase, args) in _commands(world, row, path).items():
        before = (_vault_bytes(world.employee_dir), _vault_bytes(world.manager_dir))
        said[entry] = _message(runner(vault, passphrase, args))
        if said[entry] != OK:
            assert (_vault_bytes(world.employee_dir), _vault_bytes(world.manager_dir)) == before, (
                f"{row.name}: {entry} refused the file but changed a vault")
    return said


def _in_process(vault: Path, passphrase: str, args: list[str]) -> Result:
    return run_cli(*args, data_dir=vault, passphrase=passphrase)


@pytest.mark.english
@pytest.mark.parametrize("row", ROWS, ids=[r.name for r in ROWS])
def test_every_entry_point_gives_the_file_the_same_verdict(world: World, row: Row) -> None:
    if row.name not in world.files:
        pytest.skip("poppler's pdfsig is not installed")
    said = _run_everywhere(world, row, _in_process)
    for entry, expected in row.expect.items():
        if expected == OK:
            assert said[entry] == OK, f"{entry}: {said[entry]}"
        else:
            assert said[entry].startswith(expected), f"{entry}: {said[entry]}"
            assert "Traceback" not in said[entry] and "Something went wrong inside" not in said[entry]
    if row.same_sentence:
        assert len(set(said.values())) == 1, said
    if row.name == "countersigned by poppler":
        verified = run_cli("verify", str(world.files[row.name]), data_dir=world.employee_dir,
                           passphrase=EMPLOYEE_PASSPHRASE)
        assert "Countersigned:  yes, by Bob Smith (covers the whole file)" in verified.out, verified.out


CROSS_PROCESS = ["tampered (one flipped byte in the signed range)", "2,000 empty incremental updates", "a FIFO"]


@pytest.mark.english
@pytest.mark.parametrize("name", CROSS_PROCESS)
def test_a_fresh_process_gives_the_same_verdict(world: World, name: str) -> None:
    """Each person as a fresh ``python -m carerpassport``: nothing depends on what ran before in a process."""
    row = next(r for r in ROWS if r.name == name)

    def fresh(vault: Path, passphrase: str, args: list[str]) -> Result:
        home = world.root / f"home-{vault.name}"
        home.mkdir(exist_ok=True)
        return run_process(f"--data-dir={vault}", *args,
                           env={"HOME": str(home), "CARERPASSPORT_PASSPHRASE": passphrase,
                                "CARERPASSPORT_NO_KEYRING": "1"})

    said = _run_everywhere(world, row, fresh)
    assert set(said) >= {VERIFY, COUNTERSIGN, IMPORT}
    expected = row.expect[VERIFY]
    for entry, message in said.items():
        assert message.startswith(expected), f"{entry}: {message}"
    assert len(set(said.values())) == 1, said

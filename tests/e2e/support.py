"""What the end-to-end journeys share: people as separate processes, and independent checks of the files.

Each :class:`Person` is one user on their own computer: every command they run is a fresh
``python -m carerpassport`` process with their own HOME, XDG folders and ``--data-dir``. Only files pass
between people. No test touches a real keyring (``keyring.backends.fail.Keyring``); the vault opens
with the person's passphrase from ``CARERPASSPORT_PASSPHRASE``.

The checks here are independent of the app: pyHanko's validator, poppler's ``pdfsig`` and the ``age``
CLI look at the files the app wrote, so a journey cannot pass because the app agrees with itself.
"""

from __future__ import annotations

import dataclasses
import io
import os
import subprocess
import sys
from pathlib import Path

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from tests.cli_runner import Result, run_process
from tests.conftest import require_tool

#: The manager's comment in every journey: several words, a dash, accents and Polish letters, so a font,
#: an encoding or a field-length bug anywhere between the two computers shows.
COMMENT = "Zgoda — Łukasz Żółć is happy to support Siân's arrangement."
EMPLOYEE_NAME = "Siân Jones"
MANAGER_NAME = "Łukasz Żółć"
ANSWER = "I look after my mother, who has dementia; I may need to leave at short notice."
NO_KEYRING = "keyring.backends.fail.Keyring"


@dataclasses.dataclass(frozen=True)
class Person:
    """One person on their own computer; every :meth:`run` is a new process."""

    who: str
    home: Path
    env: dict[str, str]

    @property
    def data_dir(self) -> Path:
        return self.home / "vault"

    def run(self, *args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> Result:
        """``carerpassport --data-dir=... ARGS`` as a fresh process; the caller checks the result."""
        return run_process(f"--data-dir={self.data_dir}", *args, env={**self.env, **(env or {})}, stdin=stdin)

    def ok(self, *args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> Result:
        """:meth:`run`, and fail the test with the command's stderr unless it exited 0."""
        result = self.run(*args, stdin=stdin, env=env)
        assert result.code == 0, f"{self.who}: carerpassport {' '.join(args)} exited {result.code}:\n{result.err}"
        return result


#: Set by ``make frozen-test`` to the frozen GUI driver (packaging/pyinstaller/carerpassport.spec), so the GUI
#: journeys drive the frozen app's code; unset, they run tests/e2e/gui_driver.py with this interpreter.
ENV_GUI_DRIVER = "CARERPASSPORT_TEST_GUI_DRIVER"
GUI_DRIVER = Path(__file__).with_name("gui_driver.py")


def gui_driver() -> list[str]:
    """The command that starts the GUI driver as a new process (see :data:`ENV_GUI_DRIVER`)."""
    frozen = os.environ.get(ENV_GUI_DRIVER)
    return [frozen] if frozen else [sys.executable, str(GUI_DRIVER)]


def person(tmp_path: Path, who: str) -> Person:
    """A new person with their own HOME (and XDG folders inside it), passphrase and data folder."""
    home = tmp_path / who
    home.mkdir()
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_CACHE_HOME": str(home / "cache"), "CARERPASSPORT_PASSPHRASE": f"{who} passphrase for tests",
           "PYTHON_KEYRING_BACKEND": NO_KEYRING}
    return Person(who, home, env)


def recovery_code(init_output: str) -> str:
    """The recovery code ``init`` prints once (the indented line after its heading)."""
    lines = init_output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Your recovery code"))
    return next(line.strip() for line in lines[start + 1:] if line.strip())


def employee_with_answers(tmp_path: Path, who: str = "employee") -> Person:
    """An employee whose vault exists and holds one shared answer and one shared agreed action."""
    employee = person(tmp_path, who)
    created = employee.ok("init", "--name", EMPLOYEE_NAME, "--manager", MANAGER_NAME)
    (employee.home / "recovery-code.txt").write_text(recovery_code(created.out), encoding="utf-8")
    employee.ok("set", "caring.effect_on_work", ANSWER, "--share")
    employee.ok("action", "add", "--what", "Start at 10:00 on Tuesdays", "--kind", "flexible_working",
                "--status", "proposed")
    return employee


def manager(tmp_path: Path, who: str = "manager") -> Person:
    """A line manager with their own vault (manager mode)."""
    boss = person(tmp_path, who)
    boss.ok("init", "--name", MANAGER_NAME)
    return boss


def age_key_file(someone: Person) -> Path:
    """``someone``'s age secret key in a file, as ``age -i`` reads it, taken from their vault by a separate
    process (the key never leaves the vault through the app's own commands)."""
    path = someone.home / "age-key.txt"
    script = ("import os, sys; from pathlib import Path; from carerpassport.app import PassportApp;"
              "app = PassportApp.open(Path(sys.argv[1]), passphrase=os.environ['CARERPASSPORT_PASSPHRASE']);"
              "Path(sys.argv[2]).write_text(app.identity().age_secret + '\\n'); app.close()")
    done = subprocess.run([sys.executable, "-c", script, str(someone.data_dir), str(path)], capture_output=True,
                          text=True, env={**os.environ, **someone.env}, timeout=60)
    assert done.returncode == 0, done.stderr
    path.chmod(0o600)
    return path


# --- independent checks ---------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class SignatureCheck:
    """One signature as pyHanko's validator reports it (``modification``: what changed after it)."""

    field: str
    intact: bool
    valid: bool
    coverage: str
    modification: str | None
    signer: str


def pyhanko_signatures(path: Path) -> list[SignatureCheck]:
    """Every signature in ``path`` as pyHanko's validator sees it (self-signed: trusted as given)."""
    with open(path, "rb") as handle:
        reader = PdfFileReader(handle, strict=False)
        found = []
        for sig in reader.embedded_signatures:
            cert = sig.signer_cert
            status = validate_pdf_signature(sig, ValidationContext(trust_roots=[cert], allow_fetching=False))
            level = status.modification_level
            found.append(SignatureCheck(str(sig.field_name), bool(status.intact), bool(status.valid),
                                        status.coverage.name, level.name if level is not None else None,
                                        cert.subject.native.get("common_name", "")))
    return found


def assert_countersigned_file(path: Path) -> list[SignatureCheck]:
    """``path`` holds the employee's and the manager's signatures, both intact and valid for pyHanko and
    for poppler, and the manager's covers the whole file."""
    checks = pyhanko_signatures(path)
    assert [c.field for c in checks] == ["EmployeeSignature", "ManagerSignature"], checks
    assert all(c.intact and c.valid for c in checks), checks
    assert checks[1].coverage == "ENTIRE_FILE", checks
    report = pdfsig(path)
    assert report.count("Signature Validation: Signature is Valid.") == 2, report
    for field in ("EmployeeSignature", "ManagerSignature"):
        assert f"Signature Field Name: {field}" in report, report
    return checks


def pdfsig(path: Path) -> str:
    """poppler's report on every signature in ``path`` (no network: ``-no-ocsp``)."""
    require_tool("pdfsig")
    done = subprocess.run(["pdfsig", "-no-ocsp", str(path)], capture_output=True, text=True, timeout=60)
    return done.stdout + done.stderr


def age_decrypt(path: Path, identity_file: Path) -> bytes:
    """Decrypt ``path`` with the standard ``age`` CLI and the secret key in ``identity_file``."""
    require_tool("age")
    done = subprocess.run(["age", "--decrypt", "-i", str(identity_file), str(path)], capture_output=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    return done.stdout


# --- what a PDF reader does before it signs -------------------------------------------------------

def fill_like_a_reader(in_pdf: Path, out_pdf: Path, values: dict[str, str]) -> Path:
    """Fill text fields the way an ordinary PDF reader does, as its own incremental update: set each
    field's value and give its widget a new appearance stream (Helvetica, as readers default to), and
    nothing else. Written independently of the app's own form filling on purpose."""
    data = in_pdf.read_bytes()
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    missing = set(values)
    for field_ref in writer.root["/AcroForm"]["/Fields"]:
        field = field_ref.get_object()
        name = str(field.get("/T", ""))
        if name not in values:
            continue
        missing.discard(name)
        field["/V"] = generic.TextStringObject(values[name])
        widgets = [k.get_object() for k in field.get("/Kids", [])] or [field]
        for widget in widgets:
            widget["/AP"] = generic.DictionaryObject({generic.NameObject("/N"): _helvetica_text(writer, widget,
                                                                                                 values[name])})
            writer.update_container(widget)
        writer.update_container(field)
    assert not missing, f"no such text fields: {missing}"
    out = io.BytesIO()
    writer.write(out)
    out_pdf.write_bytes(out.getvalue())
    return out_pdf


def _helvetica_text(writer: IncrementalPdfFileWriter, widget: generic.DictionaryObject,
                    text: str) -> generic.IndirectObject:
    name = generic.NameObject
    x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
    width, height = abs(x2 - x1), abs(y2 - y1)
    shown = text.encode("cp1252", errors="replace").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    content = b"/Tx BMC q BT /Helv 9 Tf 2 %.2f Td (%s) Tj ET Q EMC" % (max(2.0, height - 11), shown)
    font = writer.add_object(generic.DictionaryObject({
        name("/Type"): name("/Font"), name("/Subtype"): name("/Type1"), name("/BaseFont"): name("/Helvetica"),
        name("/Encoding"): name("/WinAnsiEncoding")}))
    box = generic.ArrayObject([generic.FloatObject(v) for v in (0, 0, width, height)])
    resources = generic.DictionaryObject({name("/Font"): generic.DictionaryObject({name("/Helv"): font})})
    stream = generic.StreamObject({name("/Type"): name("/XObject"), name("/Subtype"): name("/Form"),
                                   name("/BBox"): box, name("/Resources"): resources}, stream_data=content)
    ref: generic.IndirectObject = writer.add_object(stream)
    return ref


def manager_fields(comment: str = COMMENT, name: str = MANAGER_NAME, date: str = "") -> dict[str, str]:
    """The manager's three text fields, as a manager fills them in a reader."""
    import datetime as dt

    return {"ManagerComment": comment, "ManagerName": name, "ManagerDate": date or dt.date.today().isoformat()}


def poppler_sign(folder: Path, in_pdf: Path, out_pdf: Path, p12: Path, p12_password: str = "p12-pass",
                 nick: str = "poppler-manager") -> Path:
    """Sign the empty ManagerSignature field of ``in_pdf`` with poppler's ``pdfsig`` and an NSS database
    made here from ``p12`` (what a manager using a poppler-based reader has in ``~/.pki/nssdb``)."""
    for tool in ("pdfsig", "certutil", "pk12util"):
        require_tool(tool)
    nss = folder / "nssdb"
    nss.mkdir(exist_ok=True)
    subprocess.run(["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True, capture_output=True)
    subprocess.run(["pk12util", "-i", str(p12), "-d", f"sql:{nss}", "-W", p12_password], check=True,
                   capture_output=True)
    subprocess.run(["pdfsig", "-nssdir", f"sql:{nss}", "-sign", "ManagerSignature", "-nick", nick,
                    "-reason", "Countersigned by the line manager", str(in_pdf), str(out_pdf)], check=True,
                   capture_output=True, timeout=60)
    return out_pdf

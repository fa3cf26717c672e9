"""Make the Okular golden files again (by hand, not in CI): a vault, its export, and Okular's countersigned copy.

Needs Debian's ``okular``, ``xdotool``, ``imagemagick`` (for screenshots), ``xvfb``, ``libnss3-tools`` and
``dbus``. Run from the repository root, into an empty folder, then compare and copy what you want::

    .venv/bin/python tests/data/golden/okular/make_okular_copy.py /tmp/okular-golden --display :63

Okular is driven by clicking at fixed places in a 1280x1024 window (Okular 22.12's layout; another
version may need other places): the screenshots written beside the files show each step, so a wrong
click is easy to see. Nothing here is imported by the tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))

from carerpassport.app import PassportApp  # noqa: E402

PASSPHRASE = "correct horse battery staple"
COMMENT = "Happy to support the 10:00 start on Tuesdays. Review in June."


def manager_p12(path: Path) -> None:
    """RSA-3072, self-signed, CN "Robert Smith", valid ten years (poppler's signer fails on EC keys)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Robert Smith")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"Robert Smith", key, cert, None, serialization.BestAvailableEncryption(b"p12-pass")))


def employee_export(out: Path) -> Path:
    app = PassportApp.create(out / "employee-vault", employee_name="Siân Jones", manager_name="Bob Smith",
                             passphrase=PASSPHRASE).app
    try:
        app.editing.set_answer("caring.responsibilities", "I look after my father three evenings a week.", shared=True)
        app.editing.add_action("Start at 10:00 on Tuesdays", kind="flexible_working", owner="Bob Smith",
                               status="agreed")
        app.pdfs.export_signed_pdf(out / "exported.pdf")
    finally:
        app.close()
    return out / "exported.pdf"


class Screen:
    def __init__(self, display: str, shots: Path) -> None:
        self.env = {**os.environ, "DISPLAY": display}
        self.shots = shots

    def xdo(self, *args: str) -> str:
        return subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, check=False).stdout

    def click(self, x: int, y: int, button: int = 1, pause: float = 1.0) -> None:
        self.xdo("mousemove", str(x), str(y), "click", str(button))
        time.sleep(pause)

    def shot(self, name: str) -> None:
        subprocess.run(["import", "-window", "root", str(self.shots / f"{name}.png")], env=self.env, check=True)


def drive_okular(screen: Screen, home: Path, pdf: Path, signed: Path) -> None:
    run = home / "run"
    run.mkdir(mode=0o700)
    env = {**screen.env, "HOME": str(home), "XDG_RUNTIME_DIR": str(run), "QT_QPA_PLATFORM": "xcb"}
    session = subprocess.Popen(["dbus-run-session", "--", "okular", str(pdf)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    okular_pid = 0
    try:
        time.sleep(8)
        window = screen.xdo("search", "--onlyvisible", "--class", "okular").split()[0]
        okular_pid = int(screen.xdo("getwindowpid", window) or 0)
        screen.xdo("windowsize", window, "1280", "1024")
        time.sleep(1)
        screen.shot("01-opened")
        screen.click(1255, 83)          # close the "embedded files" bar
        screen.click(90, 450)           # page 2 in the thumbnails
        screen.click(61, 9)             # View menu
        screen.shot("02-view-show-forms")
        screen.click(110, 305)          # View › Show Forms
        for button in (4, 4, 4, 5, 5, 5, 5):
            screen.click(700, 600, button, pause=0.2)
        for (x, y), text in (((961, 444), COMMENT), ((961, 561), "Robert Smith"), ((961, 629), "2026-12-01")):
            screen.click(x, y, pause=0.5)
            screen.xdo("type", "--delay", "25", text)
        screen.xdo("key", "Tab")
        time.sleep(1)
        screen.shot("03-filled")
        screen.click(961, 713, pause=2)  # the manager's signature box
        screen.shot("04-choose-certificate")
        screen.click(590, 496, pause=2)  # OK
        screen.shot("05-save-as")
        screen.xdo("key", "ctrl+a")
        screen.xdo("type", "--delay", "15", str(signed))
        screen.xdo("key", "Return")
        time.sleep(3)
        screen.shot("06-signed")
    finally:
        # Okular outlives its D-Bus session: end it by its own process id (the one that owns its window).
        if okular_pid:
            os.kill(okular_pid, signal.SIGTERM)
        session.terminate()
        session.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="an empty folder for the vault, the PDFs and the screenshots")
    parser.add_argument("--display", default=":63", help="an X display with Xvfb running (Xvfb :63 -screen 0 "
                        "1280x1024x24)")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=False)
    exported = employee_export(out)
    home = out / "manager-home"
    nss = home / ".pki" / "nssdb"
    nss.mkdir(parents=True)
    manager_p12(home / "robert.p12")
    subprocess.run(["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True)
    subprocess.run(["pk12util", "-i", str(home / "robert.p12"), "-d", f"sql:{nss}", "-W", "p12-pass"], check=True)
    shutil.copyfile(exported, home / "passport.pdf")
    shots = out / "screenshots"
    shots.mkdir()
    drive_okular(Screen(args.display, shots), home, home / "passport.pdf", out / "countersigned-in-okular.pdf")
    done = (out / "countersigned-in-okular.pdf").exists()
    print(f"{'Wrote' if done else 'Okular saved nothing; see the screenshots in'} {out}")
    return 0 if done else 1


if __name__ == "__main__":
    raise SystemExit(main())

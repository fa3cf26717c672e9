"""Build the Debian package from the PyInstaller folder: ``make package`` (``build/carerpassport_VERSION_ARCH.deb``).

The package is the frozen one-folder build under ``/opt/carerpassport`` (its own Python, Qt and libraries, so
it does not depend on the system's Python, which a carer's Debian or Ubuntu may not have at the version we
need), the two programs on the PATH through ``/usr/bin`` links, and the desktop entry, AppStream metainfo and
icon where desktops look for them. It has no maintainer scripts: dpkg's file triggers refresh the desktop
and icon caches, and removing the package removes every file it installed. The user's data folder is never
the package's.

Usage: ``python packaging/build_deb.py FROZEN_FOLDER OUT_DIR`` (``build/dist/carerpassport``, ``build``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from carerpassport import APP_ID, __version__  # noqa: E402

PACKAGE = "carerpassport"
PREFIX = Path("opt") / PACKAGE
PROGRAMS = ("carerpassport", "carerpassport-gui")
#: What the folder needs that no ELF file names: fontconfig reads its configuration and the desktop needs at
#: least one font (the PDF's fonts are bundled; the windows use the system's).
RUNTIME_DEPENDS = ("fontconfig-config", "fonts-dejavu-core")
#: Unlocking without typing the passphrase uses the Secret Service; without one the app asks every time.
RECOMMENDS = ("gnome-keyring",)
DESCRIPTION = """\
A carer's passport that belongs to the employee
 Carer's Passport records how caring affects your work and which
 flexibilities your manager agreed, so you need not renegotiate with every
 new manager. The passport stays on your computer in an encrypted database;
 you choose what to share and export a signed PDF for your manager, who can
 countersign it in this app or in any PDF reader that signs.
 .
 The app makes no network connections."""


def elf_files(folder: Path) -> list[Path]:
    files = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    files.append(path)
    return files


def needed_from_system(folder: Path) -> set[str]:
    """The shared libraries the folder's programs and libraries load that the folder does not carry.

    Written here rather than left to ``dpkg-shlibdeps``: that tool resolves the libraries PyInstaller bundled
    (Qt's, GTK's for the platform theme, X's) to the system's copies and so declares a hundred packages the
    folder never loads. PyInstaller leaves out only the libraries that must come from the system (libc, GL,
    the display's), and those are what this finds.
    """
    carried = {path.name for path in folder.rglob("*")}
    needed: set[str] = set()
    for path in elf_files(folder):
        dump = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=True).stdout
        needed.update(line.split()[1] for line in dump.splitlines() if line.strip().startswith("NEEDED"))
    return needed - carried


def debian_packages(sonames: set[str]) -> set[str]:
    """The Debian packages that ship ``sonames`` on this (the build) system, from ``ldconfig`` and ``dpkg -S``."""
    cache = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    paths: dict[str, str] = {}
    for line in cache.splitlines()[1:]:  # "\tlibc.so.6 (libc6,x86-64) => /lib/x86_64-linux-gnu/libc.so.6"
        name, _, path = line.strip().partition(" => ")
        soname, _, flags = name.partition(" (")
        if flags.startswith("libc6,x86-64") or os.uname().machine != "x86_64":
            paths.setdefault(soname, path)
    missing = sorted(soname for soname in sonames if soname not in paths)
    if missing:
        raise SystemExit(f"build_deb: no system library for {', '.join(missing)} (ldconfig -p); install it first")
    packages = set()
    for soname in sorted(sonames):
        real = os.path.realpath(paths[soname])
        owner = subprocess.run(["dpkg", "-S", real], capture_output=True, text=True)
        if owner.returncode:  # /lib is a link to /usr/lib on merged-/usr systems; dpkg knows one of the two
            alternative = real.replace("/usr/lib/", "/lib/", 1) if real.startswith("/usr/lib/") else "/usr" + real
            owner = subprocess.run(["dpkg", "-S", alternative], capture_output=True, text=True, check=True)
        packages.add(owner.stdout.split(":", 1)[0].strip())
    return packages


def install(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def stage(frozen: Path, root: Path) -> None:
    shutil.copytree(frozen, root / PREFIX, symlinks=True)
    for path in (root / PREFIX).rglob("*"):  # as dpkg expects: readable by all, written only by root
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or path.stat().st_mode & 0o100 else 0o644)
    for program in PROGRAMS:
        link = root / "usr" / "bin" / program
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(Path("..", "..", PREFIX, program))
    linux = ROOT / "packaging" / "linux"
    install(linux / f"{APP_ID}.desktop", root / "usr/share/applications" / f"{APP_ID}.desktop")
    install(linux / f"{APP_ID}.metainfo.xml", root / "usr/share/metainfo" / f"{APP_ID}.metainfo.xml")
    icons = root / "usr/share/icons/hicolor/scalable/apps"
    install(ROOT / "resources/icons" / f"{APP_ID}.svg", icons / f"{APP_ID}.svg")
    install(linux / "copyright", root / "usr/share/doc" / PACKAGE / "copyright")


def control(root: Path, architecture: str) -> str:
    depends = sorted(debian_packages(needed_from_system(root / PREFIX)) | set(RUNTIME_DEPENDS))
    size_kib = sum(path.lstat().st_size for path in root.rglob("*")) // 1024 + 1
    return (f"Package: {PACKAGE}\nVersion: {__version__}\nArchitecture: {architecture}\n"
            "Maintainer: Carer's Passport developers <carerpassport@example.org>\n"
            f"Installed-Size: {size_kib}\nDepends: {', '.join(depends)}\nRecommends: {', '.join(RECOMMENDS)}\n"
            f"Section: utils\nPriority: optional\nDescription: {DESCRIPTION}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("frozen", type=Path, help="the PyInstaller folder (build/dist/carerpassport)")
    parser.add_argument("out", type=Path, help="where the .deb is written")
    args = parser.parse_args(argv)
    for program in PROGRAMS:
        if not (args.frozen / program).is_file():
            raise SystemExit(f"build_deb: {args.frozen / program} is missing: build the PyInstaller folder first")
    architecture = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                                  check=True).stdout.strip()
    name = f"{PACKAGE}_{__version__}_{architecture}"
    root = args.out / "deb" / name
    shutil.rmtree(root, ignore_errors=True)
    stage(args.frozen, root)
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(control(root, architecture), encoding="utf-8")
    deb = args.out / f"{name}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(root), str(deb)], check=True)
    shutil.rmtree(root)
    print(deb)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Build the translations: ``.qm`` for the GUI, ``.mo`` for the other layers, and the pseudo-language.

    python packaging/build_translations.py            # build (make install, make test and make run do)
    python packaging/build_translations.py --update   # also add new English strings to the .ts/.po sources
    python packaging/build_translations.py --count    # how many strings each layer has, and how many are done

Sources (committed, one per language, for the translator): ``resources/i18n/carerpassport_<lang>.ts`` (the
GUI, Qt Linguist's format) and ``resources/i18n/carerpassport_<lang>.po`` (command line, errors, later the
PDF: gettext's format). Built (ignored by git): ``carerpassport_<lang>.qm`` beside the ``.ts``, and
``locale/<lang>/LC_MESSAGES/carerpassport.mo``.

The pseudo-language ``en-XA`` is made here from the English itself, every build, so it always covers every
string: each one is accented, about 40 % longer and bracketed, ``[Šéţţîñĝš ~~~]``. No library does this
for both Qt's ``.ts`` and gettext's catalogues (Qt Linguist has no pseudo-translation; translate-toolkit's
``podebug`` covers .po only and is a large dependency for forty lines), so it is written here.
"""

from __future__ import annotations

import argparse
import math
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
PACKAGE = ROOT / "carerpassport"
#: Where the GUI's strings are (``QCoreApplication.translate``); the rest of the package speaks through gettext.
GUI_SOURCES = PACKAGE / "ui"
#: The layers below the GUI that mark text with ``_()`` (domain/wording.py).
GETTEXT_SOURCES = [*(p for p in sorted(PACKAGE.glob("*.py")) if p.name != "__init__.py"), PACKAGE / "cli_commands",
                   PACKAGE / "domain", PACKAGE / "exchange", PACKAGE / "usecases", PACKAGE / "vault"]
PSEUDO = "en_XA"
LANGUAGES = ("cy",)  # every committed source language besides English

ACCENTS = dict(zip("abcdefghijklmnoprstuwyzABCDEGHIJKLNORSTUWYZ",
                   "åƀçđéƒĝĥîĵķļɱñöþŕšţûŵýžÅƁÇĐÉĜĤÎĴĶĻÑÖŔŠŢÛŴÝŽ", strict=True))
#: What pseudo-translation leaves alone: markup, entities, Qt's %1/%n, Python's {fields}, argparse's %s and
#: %(name)s, a doubled &&.
KEEP = re.compile(r"<[^>]*>|&[A-Za-z]+;|&#\d+;|%(?:\d+|n)|%(?:\(\w+\))?[sdr]|\{[^{}]*\}|&&")


def pseudo(text: str) -> str:
    """``text`` accented, about 40 % longer and bracketed; markup and placeholders unchanged."""
    if not text.strip():
        return text
    out, plain, last = [], 0, 0
    for match in KEEP.finditer(text):
        chunk = text[last:match.start()]
        out.append("".join(ACCENTS.get(ch, ch) for ch in chunk))
        plain += len(chunk)
        out.append(match.group())
        last = match.end()
    chunk = text[last:]
    out.append("".join(ACCENTS.get(ch, ch) for ch in chunk))
    plain += len(chunk)
    extra = max(1, math.ceil(plain * 0.4) - 2)  # the brackets count towards the 40 %
    # in words of up to five, so a long sentence can still wrap as a real translation would
    padding = " ".join("~" * min(5, extra - i) for i in range(0, extra, 5))
    body = "".join(out)
    # inside leading and trailing markup, so rich text shows "[<p>…" as "[…" in its first paragraph
    lead = len(re.match(r"\s*(?:<[^>]*>\s*)*", body).group())  # type: ignore[union-attr]
    tail = len(re.search(r"(?:\s*<[^>]*>)*\s*$", body[lead:]).group())  # type: ignore[union-attr]
    return f"{body[:lead]}[{body[lead:len(body) - tail]} {padding}]{body[len(body) - tail:]}"


def tool(name: str) -> str:
    """A PySide6 tool from this interpreter's environment (the wheel ships lupdate and lrelease)."""
    found = Path(sys.executable).parent / name
    if found.exists():
        return str(found)
    on_path = shutil.which(name)
    if on_path is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment (make install)")
    return on_path


def gui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in GUI_SOURCES.rglob("*.py"))


def lupdate(ts: Path, *, language: str) -> None:
    """Add the GUI's strings to ``ts`` (new ones unfinished) and drop the ones no longer in the code."""
    subprocess.run([tool("pyside6-lupdate"), *gui_sources(), "-locations", "relative", "-source-language", "en",
                    "-target-language", language, "-no-obsolete",
                    # no guessing from the same words elsewhere: "&Close" of one dialog is not another's (its
                    # mnemonic may clash there); a string left empty is one the translator still has to write
                    "-disable-heuristic", "sametext", "-disable-heuristic", "similartext", "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)


def write_pseudo_ts(template: Path, target: Path) -> int:
    """Fill every message of ``template`` (lupdate's output) with its pseudo-translation; returns how many."""
    tree = ET.parse(template)
    root = tree.getroot()
    root.set("language", PSEUDO)
    count = 0
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        translation.text = None
        for form in list(translation):
            translation.remove(form)
        if message.get("numerus") == "yes":
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
        count += 1
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return count


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def build_gui(update: bool) -> None:
    for language in LANGUAGES:
        ts = I18N / f"carerpassport_{language}.ts"
        if update or not ts.exists():
            lupdate(ts, language=language)
        lrelease(ts, I18N / f"carerpassport_{language}.qm")
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "carerpassport_en.ts"
        lupdate(template, language="en")
        pseudo_ts = Path(tmp) / f"carerpassport_{PSEUDO}.ts"
        write_pseudo_ts(template, pseudo_ts)
        lrelease(pseudo_ts, I18N / f"carerpassport_{PSEUDO}.qm")


def extract_gettext() -> object:
    """The catalogue of every ``_()`` string below the GUI, with its ``#:`` comments for the translator."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_file

    catalog = Catalog(project="Carer's Passport", domain="carerpassport")
    files: list[Path] = []
    for source in GETTEXT_SOURCES:
        files.extend(sorted(source.rglob("*.py")) if source.is_dir() else [source])
    for path in files:
        for lineno, message, comments, context in extract_from_file(
                "python", str(path), keywords={"_": None, "N_": None, "ngettext": (1, 2), "N_plural": (1, 2)},
                comment_tags=("Translators:",), strip_comment_tags=True):
            catalog.add(message, None, [(str(path.relative_to(ROOT)), lineno)], auto_comments=comments,
                        context=context)
    return catalog


def write_mo(catalog: object, language: str) -> None:
    from babel.messages.mofile import write_mo as babel_write_mo

    folder = I18N / "locale" / language / "LC_MESSAGES"
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "carerpassport.mo", "wb") as out:
        babel_write_mo(out, catalog)  # type: ignore[arg-type]


def build_gettext(update: bool) -> None:
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    template = extract_gettext()
    assert isinstance(template, Catalog)
    for language in LANGUAGES:
        po = I18N / f"carerpassport_{language}.po"
        if po.exists():
            with open(po, "rb") as source:
                catalog = read_po(source, locale=language)
        else:
            catalog = Catalog(locale=language, project="Carer's Passport", domain="carerpassport")
        if update or not po.exists():
            catalog.update(template, no_fuzzy_matching=True)
            catalog.fuzzy = False  # the header: a fuzzy one would be left out of the .mo, and its charset with it
            catalog.project, catalog.version = "Carer's Passport", "0.1"
            catalog.msgid_bugs_address = ""
            catalog.copyright_holder = "the Carer's Passport authors"
            with open(po, "wb") as out:
                write_po(out, catalog, width=116, omit_header=False)
        write_mo(catalog, language)
    pseudo_catalog = Catalog(locale="en", project="Carer's Passport", domain="carerpassport")
    for message in template:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            pseudo_catalog.add(message.id, tuple(pseudo(m) for m in message.id), context=message.context)
        else:
            pseudo_catalog.add(message.id, pseudo(message.id), context=message.context)
    write_mo(pseudo_catalog, PSEUDO)


def count() -> None:
    """Strings per layer and how many each language has finished: the plan for the next sessions."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po

    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "all.ts"
        lupdate(template, language="en")
        contexts: dict[str, int] = {}
        for context in ET.parse(template).getroot().iter("context"):
            contexts[context.findtext("name") or "?"] = len(context.findall("message"))
    print(f"GUI: {sum(contexts.values())} strings marked, by context: {contexts}")
    for language in LANGUAGES:
        translations = [t for m in ET.parse(I18N / f"carerpassport_{language}.ts").getroot().iter("message")
                        if (t := m.find("translation")) is not None and (t.text or "").strip()]
        # "unfinished" with a text: written, awaiting a reviewer's "accept" in Qt Linguist (docs/translation.md)
        accepted = sum(1 for t in translations if t.get("type") is None)
        print(f"GUI {language}: {len(translations)} translated, {accepted} of them accepted by a reviewer")
    catalog = extract_gettext()
    assert isinstance(catalog, Catalog)
    print(f"non-GUI: {len([m for m in catalog if m.id])} strings marked")
    for language in LANGUAGES:
        with open(I18N / f"carerpassport_{language}.po", "rb") as source:
            po = read_po(source)
        print(f"non-GUI {language}: {len([m for m in po if m.id and m.string and not m.fuzzy])} translated")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--update", action="store_true", help="add new English strings to the committed sources")
    parser.add_argument("--count", action="store_true", help="count the strings; build nothing")
    args = parser.parse_args(argv)
    if args.count:
        count()
        return 0
    build_gui(args.update)
    build_gettext(args.update)
    return 0


if __name__ == "__main__":
    sys.exit(main())

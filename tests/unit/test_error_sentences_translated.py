"""Every error sentence raised below the GUI is marked for translation where it is built.

A scan of the source (no import): in the domain, the vault, the exchange, the use cases and the top-level
modules, an exception made with a literal message (``raise XError("…")``, an f-string, ``"…".format(…)``,
literals joined with ``+``) must pass it through gettext's ``_()`` (``from carerpassport.domain.wording
import gettext as _``), so it comes out in the language of the person reading it. The only exceptions
are the few internal errors listed below, each with why nobody sees its words: what is not a
:class:`~carerpassport.domain.errors.PassportError` reaches a person only as the internal-error sentence
(``InternalError.from_bug``), which names its type and line, never its message.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "carerpassport"
SCANNED = [PACKAGE / "domain", PACKAGE / "vault", PACKAGE / "exchange", PACKAGE / "usecases",
           *(p for p in PACKAGE.glob("*.py") if p.name not in ("cli.py", "__main__.py", "__init__.py"))]

#: (file, the message's first words): why its words are never shown to anyone.
INTERNAL = {
    ("domain/flexible_working.py", "a date is not text"): "a TypeError for a caller's bug, never shown",
    ("domain/review_session.py", "expected text"): "a TypeError for a caller's bug",
    ("domain/review_session.py", "base_revision"): "a TypeError for a caller's bug",
    ("vault/db.py", "the vault key is"): "a ValueError for a caller's bug (a key of the wrong size)",
    ("vault/keyslots.py", "a recovery code holds"): "a ValueError for a caller's bug (a secret of the wrong size)",
    ("exchange/backup.py", "a recovery code secret is"): "a ValueError for a caller's bug",
    ("exchange/identity_card.py", "the vault's signing key is not"): "a TypeError: a key this app never makes",
    ("exchange/pdf_sign.py", "not an RSA key"): "a ValueError: a key this app never makes",
    ("exchange/pdf_sign.py", "a signing time needs"): "a ValueError for a caller's bug",
    ("exchange/request_pdf.py", "the signature box was not"): "a RuntimeError: our layout's bug",
    ("exchange/pdf_render.py", "signature boxes were not"): "a RuntimeError: our layout's bug",
    ("exchange/pdf_tags.py", "unknown structure type"): "a ValueError: our tagging code's bug",
    ("exchange/pdf_tags.py", "page "): "a RuntimeError: our tagging code's bug",
    ("output_files.py", "cannot tell whether another"): "an OSError its caller turns into its own sentence",
    ("domain/said.py", "a plural Said needs"): "a TypeError for a caller's bug",
    ("domain/said.py", "a Said argument must be"): "a TypeError for a caller's bug",
    ("domain/said.py", "not a stored Said"): "a ValueError its caller (said.shown) turns into the stored English",
    ("domain/said.py", "a stored Said with"): "a ValueError its caller (said.shown) turns into the stored English",
    ("vault/repository.py", "a version's label is a Said"): "a TypeError for a caller's bug",
    ("vault/repository.py", "a log entry's summary is a Said"): "a TypeError for a caller's bug",
    # A module's __getattr__ (the old constant names, now functions): Python's own AttributeError, for a programmer
    ("domain/checklist.py", "module "): "an AttributeError for a caller's bug",
    ("domain/review_session.py", "module "): "an AttributeError for a caller's bug",
    ("domain/shared_letters.py", "module "): "an AttributeError for a caller's bug",
    ("exchange/reminders.py", "module "): "an AttributeError for a caller's bug",
}


def _literal_message(node: ast.expr) -> str | None:
    """The text of a message built from literals only (or None): what must be wrapped in ``_()``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _literal_message(node.func.value)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _literal_message(node.left) or _literal_message(node.right)
    return None


def _exception_calls(tree: ast.AST) -> list[ast.Call]:
    """Calls that make an exception: every ``raise X(…)``, and any ``…Error(…)`` built to be raised later."""
    calls = [n.exc for n in ast.walk(tree) if isinstance(n, ast.Raise) and isinstance(n.exc, ast.Call)]
    calls += [n for n in ast.walk(tree) if isinstance(n, ast.Call)
              and ast.unparse(n.func).split(".")[-1].endswith(("Error", "Problem")) and n not in calls]
    # An error class that gives its own sentence: ``super().__init__("…")`` in a class named …Error or …Problem
    # (a Welsh leave page showed "Say where you work first …" in English: the scan above missed these).
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and (n.name.endswith(("Error", "Problem"))
                or any(ast.unparse(b).endswith(("Error", "Exception", "Problem")) for b in n.bases))):
        calls += [n for n in ast.walk(cls) if isinstance(n, ast.Call) and ast.unparse(n.func) == "super().__init__"
                  and n not in calls]
    return calls


def untranslated() -> list[str]:
    found = []
    for root in SCANNED:
        for path in [root] if root.is_file() else sorted(root.rglob("*.py")):
            for call in _exception_calls(ast.parse(path.read_text(encoding="utf-8"))):
                message = _literal_message(call.args[0]) if call.args else None
                if message is None or not message.strip():
                    continue
                where = path.relative_to(PACKAGE).as_posix()
                if any(where == f and message.lower().startswith(words.lower()) for f, words in INTERNAL):
                    continue
                found.append(f"{where}:{call.lineno}: {message[:70]!r}")
    return found


def test_every_error_sentence_below_the_gui_goes_through_gettext() -> None:
    missing = untranslated()
    assert not missing, ("error sentences not marked with _() (or list an internal one in INTERNAL, with why "
                         "nobody sees it):\n  " + "\n  ".join(missing))


def test_the_internal_list_names_only_errors_that_still_exist() -> None:
    texts = {}
    for root in SCANNED:
        for path in [root] if root.is_file() else sorted(root.rglob("*.py")):
            texts[path.relative_to(PACKAGE).as_posix()] = path.read_text(encoding="utf-8").lower()
    stale = [f"{f}: {w!r}" for f, w in INTERNAL if w.lower() not in texts.get(f, "")]
    assert not stale, "INTERNAL lists messages no longer in the source:\n  " + "\n  ".join(stale)

"""Search files for a planted canary string in plain text (UTF-8, UTF-16 LE/BE)."""

from __future__ import annotations

from pathlib import Path


def encodings_of(canary: str) -> list[bytes]:
    return [canary.encode("utf-8"), canary.encode("utf-16-le"), canary.encode("utf-16-be")]


def files_containing(canary: str, *roots: Path) -> list[Path]:
    """Every file under ``roots`` whose bytes contain the canary in any of the encodings."""
    needles = encodings_of(canary)
    hits = []
    for root in roots:
        if not root.exists():
            continue
        for path in [root] if root.is_file() else root.rglob("*"):
            if path.is_file() and not path.is_symlink():
                data = path.read_bytes()
                if any(n in data for n in needles):
                    hits.append(path)
    return hits

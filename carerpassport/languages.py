"""Which language the app speaks: the languages it has, and the choice from the environment, the settings
and the system locale. Qt-free and import-light: the GUI asks it before its first window paints, the
command line before it builds its parser. The text itself is translated per layer (``docs/translation.md``):
the GUI through Qt's ``.qm`` files (``ui/translation.py``), the other layers through gettext
(``domain/wording.py``).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path

#: Overrides everything else, for tests and for a translator checking their work:
#: ``CARERPASSPORT_LANGUAGE=cy`` or ``=en-XA`` (the pseudo-language).
ENV_LANGUAGE = "CARERPASSPORT_LANGUAGE"
ENGLISH, WELSH = "en", "cy"
#: Accented, about 40 % longer and bracketed, made from the English at build time; only through the
#: environment variable, never offered in Settings.
PSEUDO = "en-XA"
#: The languages offered in Settings, each named in itself.
LANGUAGE_NAMES = {ENGLISH: "English", WELSH: "Cymraeg"}
KNOWN = (ENGLISH, WELSH, PSEUDO)


def normalise(tag: str) -> str | None:
    """One of :data:`KNOWN` for a locale name or language tag ("cy_GB.UTF-8", "cy-GB", "en-XA", "qps-ploc"),
    or None for a language we do not have."""
    tag = tag.strip().split(".")[0].split("@")[0].replace("_", "-")
    lowered = tag.lower()
    if lowered in ("en-xa", "qps-ploc"):
        return PSEUDO
    base = lowered.split("-")[0]
    if base in (ENGLISH, WELSH):
        return base
    if lowered in ("c", "posix"):
        return ENGLISH
    return None


def choose(candidates: Iterable[str]) -> str:
    """The first candidate we have a translation for, else English."""
    for candidate in candidates:
        found = normalise(candidate)
        if found is not None:
            return found
    return ENGLISH


def environment_candidates(environ: Mapping[str, str] | None = None) -> list[str]:
    """The user's languages in gettext's order: ``LANGUAGE`` (a colon list), then the first of ``LC_ALL``,
    ``LC_MESSAGES``, ``LANG`` that is set."""
    env = os.environ if environ is None else environ
    found = [part for part in env.get("LANGUAGE", "").split(":") if part]
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(name):
            found.append(env[name])
            break
    return found


def resolve(chosen: str, system: Iterable[str], environ: Mapping[str, str] | None = None) -> str:
    """The language to speak: :data:`ENV_LANGUAGE` if set and known, else the one chosen in Settings
    (``""`` = the system's), else the system's first known language, else English."""
    env = os.environ if environ is None else environ
    override = normalise(env.get(ENV_LANGUAGE, ""))
    if override is not None:
        return override
    if chosen and normalise(chosen) is not None:
        return choose([chosen])
    return choose(system)


def file_stem(language: str) -> str:
    """The language as it appears in file names: ``cy``, ``en_XA``."""
    return language.replace("-", "_")


def i18n_folder() -> Path | None:
    """``resources/i18n`` (where the built ``.qm`` and ``.mo`` files are), found through the import
    system's spec of ``carerpassport.resources`` as the theme finds its styles: ``importlib.resources``
    costs milliseconds of imports before the first paint."""
    import importlib.util

    spec = importlib.util.find_spec("carerpassport.resources")
    for location in (spec.submodule_search_locations or []) if spec is not None else []:
        folder = Path(location) / "i18n"
        if folder.is_dir():
            return folder
    return None

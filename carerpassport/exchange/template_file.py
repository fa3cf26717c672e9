"""An employer's template file, checked before anything is recorded: read, parsed, validated, explained.

The format is ``docs/templates.md``; its JSON Schema is ``resources/templates/schema/template-v1.schema.json``,
checked with the ``jsonschema`` library (Draft 2020-12). Each refusal is one :class:`TemplateFileError` whose
sentence names the file, the place in it (``line 12, column 5`` for a syntax error, a JSON pointer such as
``/policies/0/link`` otherwise) and what to change. The schema says what each value must look like; the
domain's parser (:func:`carerpassport.domain.template.template_from_data`) then adds what a schema cannot
(ids used twice, translations of things the template does not have). Whether the version may replace the
one in use is the use case's question (it needs the vault).

jsonschema (~60 ms to import) is imported only here, when someone imports a template, never at start-up.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from carerpassport.domain.bounded_json import loads_bounded
from carerpassport.domain.errors import TemplateError
from carerpassport.domain.template import MAX_TEMPLATE_BYTES, Template, template_from_data
from carerpassport.domain.wording import gettext as _
from carerpassport.input_files import read_input_file
from carerpassport.resource_files import resource_bytes

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError as SchemaError

SCHEMA = ("templates", "schema", "template-v1.schema.json")


class TemplateFileError(TemplateError):
    """An employer's template file that cannot be used, and why (file, place, what to fix)."""


@dataclasses.dataclass(frozen=True)
class CheckedTemplate:
    """A template file that passed every check: the template, its exact bytes and their SHA-256."""

    template: Template
    raw: bytes
    sha256: str
    name: str


def read_template_file(path: Path) -> CheckedTemplate:
    """Read and check the template at ``path``; raise :class:`TemplateFileError` (or the parser's
    :class:`TemplateError`, which names the place too) at the first problem."""
    path = Path(path)
    raw = read_input_file(path, max_bytes=MAX_TEMPLATE_BYTES, what=_("a passport template"), error=TemplateFileError)
    return check_template_bytes(raw, path.name)


def check_template_bytes(raw: bytes, name: str) -> CheckedTemplate:
    """:func:`read_template_file` for bytes already read; ``name`` is the file's name in messages."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise TemplateFileError(_("{name}, at line {line}, column {column}: this is not UTF-8 text (byte "
                                  "0x{raw:02x}). Save the file as UTF-8 in your editor, then import it "
                                  "again.").format(name=name, line=line, column=column, raw=raw[exc.start])) from None
    try:
        data = loads_bounded(text, what=name, max_bytes=MAX_TEMPLATE_BYTES, error=TemplateFileError)
    except TemplateFileError as exc:
        if "not valid JSON" not in str(exc):
            raise
        raise TemplateFileError(_("{exc} Check the commas, quotes and brackets there (a JSON-aware editor "
                                  "shows the spot), then import it again.").format(exc=exc)) from None
    errors = list(_validator().iter_errors(data))
    if errors:
        raise TemplateFileError(explain(_first(errors), name, len(errors)))
    template = template_from_data(data, name)
    return CheckedTemplate(template, raw, hashlib.sha256(raw).hexdigest(), name)


@functools.cache
def schema() -> dict[str, Any]:
    """The format-1 template schema (read once)."""
    value: dict[str, Any] = json.loads(resource_bytes(*SCHEMA))
    return value


@functools.cache
def _validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema())


def _first(errors: list[SchemaError]) -> SchemaError:
    """The error a person should fix first: jsonschema's most relevant one (it prefers the deepest error
    of the earliest failing value over an error about the whole object)."""
    from jsonschema.exceptions import best_match

    best: SchemaError | None = best_match(errors)
    return best if best is not None else errors[0]


_TYPE_WORDS = {"string": "text in quotes", "integer": "a whole number", "number": "a number",
               "boolean": "true or false", "object": "an object in { }", "array": "a list in [ ]", "null": "null"}


def _kind_of(value: Any) -> str:
    for kind, python in (("boolean", bool), ("integer", int), ("number", float), ("string", str),
                         ("object", dict), ("array", list)):
        if isinstance(value, python):
            return _TYPE_WORDS[kind]
    return "null"


def pointer_of(error: SchemaError) -> str:
    """The JSON pointer (RFC 6901) of the value ``error`` is about."""
    parts = [str(p).replace("~", "~0").replace("/", "~1") for p in error.absolute_path]
    return "/" + "/".join(parts) if parts else "/"


def _described(subschema: Any) -> str:
    """What a value must be, from its schema's description (following one ``$ref``)."""
    if isinstance(subschema, dict) and "$ref" in subschema:
        subschema = schema()["$defs"].get(str(subschema["$ref"]).rsplit("/", 1)[-1], {})
    if isinstance(subschema, dict):
        if subschema.get("description"):
            return str(subschema["description"])
        if subschema.get("type") in _TYPE_WORDS:
            return _TYPE_WORDS[str(subschema["type"])]
    return "a value"


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:76] + "…\""


def explain(error: SchemaError, name: str, count: int = 1) -> str:
    """One sentence for a schema error: the file, the place, what is wrong and what to do."""
    where = f"{name}, at {pointer_of(error)}"
    more = (f" (The file has {count - 1:,} more problem{'s' if count > 2 else ''} after this one; each is "
            "shown in turn.)") if count > 1 else ""
    return f"{where}: {_what(error)}{more}"


def _what(error: SchemaError) -> str:  # noqa: C901 - one plain branch per schema keyword
    # jsonschema types these as possibly "unset"; a reported error always has them set.
    keyword, sub = error.validator, error.schema
    expected: Any = error.validator_value
    value: Any = error.instance
    if keyword == "required":
        missing = next((k for k in expected if isinstance(value, dict) and k not in value), str(expected))
        props = sub.get("properties", {}) if isinstance(sub, dict) else {}
        return _("{missing!r} is missing. Add it: {described}.").format(
            missing=missing, described=_described(props.get(missing)))
    if keyword == "additionalProperties":
        allowed = sorted(sub.get("properties", {})) if isinstance(sub, dict) else []
        extra = sorted(set(value) - set(allowed)) if isinstance(value, dict) else []
        return _("{extra} is not part of a passport template here. Remove it or correct its spelling; the entries "
                 "allowed here are: {allowed}.").format(extra=', '.join(map(repr, extra)) or _("an entry"),
                                                        allowed=', '.join(allowed))
    if keyword == "type":
        return _("this must be {expected}, not {kind}.").format(
            expected=_TYPE_WORDS.get(str(expected), str(expected)), kind=_kind_of(value))
    if keyword == "maxLength":
        return _("this text is {count:,} characters long; it can be at most {limit:,}. Shorten it.").format(
            count=len(value), limit=expected)
    if keyword == "minLength" or (keyword == "pattern" and expected == "\\S"):
        return _("this must not be empty: write {described}.").format(described=_described(sub))
    if keyword == "pattern":
        return _("{value} is not {described}. Correct it.").format(value=_shown(value), described=_described(sub))
    if keyword in ("enum", "const"):
        options = expected if keyword == "enum" else [expected]
        return _("{value} is not allowed here; use {options}.").format(
            value=_shown(value), options=_(" or ").join(_shown(o) for o in options))
    if keyword in ("minimum", "maximum"):
        return _("{value} is out of range: {described}.").format(value=_shown(value), described=_described(sub))
    if keyword in ("minItems", "maxItems"):
        if len(value) == 1:  # English says "1 item"; a translation words "one" its own way
            sentence = (_("this list has 1 item; it needs at least {limit:,}.") if keyword == "minItems"
                        else _("this list has 1 item; it needs at most {limit:,}."))
        else:
            sentence = (_("this list has {count:,} items; it needs at least {limit:,}.") if keyword == "minItems"
                        else _("this list has {count:,} items; it needs at most {limit:,}."))
        return sentence.format(count=len(value), limit=expected)
    if keyword == "maxProperties":
        return _("this has {count:,} entries; at most {limit:,} are allowed.").format(count=len(value), limit=expected)
    if keyword == "anyOf":
        return f"{_described(sub)}."
    if keyword == "propertyNames":
        return _("{value} is not {described}.").format(value=_shown(value), described=_described(expected))
    return _("{message} (the schema's rule {keyword!r}).").format(message=error.message, keyword=keyword)

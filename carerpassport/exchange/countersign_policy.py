"""What a line manager's PDF reader may change when it countersigns, and what changed when it did more.

Most managers countersign in the PDF reader they already have. pyHanko's difference analysis decides
whether what a reader wrote after the employee's certification signature is allowed form filling; its
default policy refuses the small extras that real readers add, so a sound countersignature looked
suspicious. :func:`passport_diff_policy` is pyHanko's default policy with exactly those extras allowed,
on exactly the manager's fields. They were measured on real files (each revision read with pyHanko,
``qpdf --show-xref``):

* poppler 22.12 ``pdfsig -sign`` rewrites the ``ManagerSignature`` widget with ``/M`` (the time it was
  signed) beside the value and appearance, and writes its new appearance as a new *generation* of the
  old appearance object (``38 1 obj`` over ``38 0``) plus one unused copy of it.
* Okular 22.12 adds ``/M`` and ``/Border`` to the signed ``ManagerSignature`` widget, ``/M`` (and
  ``/AS``, which pyHanko already allows) to each manager text field it fills, a font for its appearances
  in the form's ``/DR`` (allowed by pyHanko), and leaves every appearance it drew while the manager
  typed in the file, unused, many of them as new generations of the fields' old appearance objects.

The form's signature flags (``/SigFlags``, which Acrobat sets when it signs) may be set to signature flags,
and validation data a reader adds (DSS/VRI) is allowed by pyHanko's own rules, also in an update after the
manager signed (:func:`only_validation_data_after`). Anything else a reader changes stays a modification
pyHanko does not allow; :func:`describe_changes` then says in plain words what changed ("text on page 1
changed"), so the employee can decide. The PDF parsing here only describes; it never decides.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import HistoricalResolver, PdfFileReader
from pyhanko.sign.diff_analysis import (
    DEFAULT_DIFF_POLICY,
    BaseFieldModificationRule,
    DiffPolicy,
    FieldComparisonContext,
    FieldComparisonSpec,
    FieldMDPRule,
    FormUpdate,
    FormUpdatingRule,
    GenericFieldModificationRule,
    ModificationLevel,
    ReferenceUpdate,
    SigFieldCreationRule,
    SigFieldModificationRule,
    StandardDiffPolicy,
    SuspiciousModification,
    WhitelistRule,
)
from pyhanko.sign.diff_analysis.constants import ACROFORM_EXEMPT_STRICT_COMPARISON, VALUE_UPDATE_KEYS

from carerpassport.domain.wording import gettext as _
from carerpassport.exchange.pdf_limits import MAX_TREE_DEPTH, MAX_TREE_NODES
from carerpassport.exchange.pdf_reading import deref, form_field_refs, page_content, pages_of
from carerpassport.exchange.pdf_render import (
    EMPLOYEE_SIGNATURE_FIELD,
    MANAGER_COMMENT_FIELD,
    MANAGER_DATE_FIELD,
    MANAGER_FIELDS,
    MANAGER_NAME_FIELD,
    MANAGER_SIGNATURE_FIELD,
)

#: Keys a reader adds to the manager's widgets beyond pyHanko's value keys (/V, /AP, /AS, /F, /DA, /Q),
#: field by field (see the module docstring for who writes which). No other field gets any extra key.
READER_WIDGET_KEYS: Mapping[str, frozenset[str]] = {
    MANAGER_SIGNATURE_FIELD: frozenset({"/M", "/Border"}),
    MANAGER_COMMENT_FIELD: frozenset({"/M"}),
    MANAGER_NAME_FIELD: frozenset({"/M"}),
    MANAGER_DATE_FIELD: frozenset({"/M"}),
}

_PDF_DATE = re.compile(rb"^(D:)?\d{4}")
_READ_ERRORS = (PdfError, KeyError, TypeError, ValueError, AttributeError, IndexError, zlib.error)


# --- the policy ------------------------------------------------------------------------------------

class _ManagerFieldsRule(FieldMDPRule):  # type: ignore[misc]
    """pyHanko's field rule, with the reader's extra keys allowed on the manager's own fields only.

    Every other field is checked by the unchanged pyHanko rule; the employee's FieldMDP lock still
    applies to all of them."""

    def __init__(self, make: Callable[..., BaseFieldModificationRule]) -> None:
        self._standard = make()
        self._by_field = {name: make(value_update_keys=VALUE_UPDATE_KEYS | keys)
                          for name, keys in READER_WIDGET_KEYS.items()}

    def apply(self, context: FieldComparisonContext) -> Iterator[tuple[ModificationLevel, FormUpdate]]:
        for fq_name, spec in context.field_specs.items():
            rule = self._by_field.get(fq_name)
            if rule is None:
                yield from self._standard.check_form_field(fq_name, spec, context)
                continue
            _check_reader_keys(fq_name, spec)
            yield from rule.check_form_field(fq_name, spec, context)


def _check_reader_keys(fq_name: str, spec: FieldComparisonSpec) -> None:
    """The extra keys hold what readers write there: a date in /M, a few numbers in /Border.

    Anything else (an indirect object, an action) is refused: the keys are allowed for their meaning,
    not as a place to hide content."""
    new = spec.new_field
    if new is None:
        return
    if "/M" in new:
        value = new.raw_get("/M")
        if not (isinstance(value, generic.TextStringObject | generic.ByteStringObject)
                and _PDF_DATE.match(bytes(value.original_bytes))):
            raise SuspiciousModification(_("The modification date of form field {fq_name} is not a date.").format(
                                             fq_name=fq_name))
    if "/Border" in new:
        border = new.raw_get("/Border")
        items = [border.raw_get(i) for i in range(len(border))] if isinstance(border, generic.ArrayObject) else []
        if not (3 <= len(items) <= 4 and all(isinstance(x, generic.NumberObject | generic.FloatObject)
                                             for x in items[:3])
                and (len(items) == 3 or _is_dash_array(items[3]))):
            raise SuspiciousModification(_("The border of form field {fq_name} is not a border.").format(
                                             fq_name=fq_name))


def _is_dash_array(value: Any) -> bool:
    return isinstance(value, generic.ArrayObject) and len(value) <= 8 and all(
        isinstance(value.raw_get(i), generic.NumberObject | generic.FloatObject) for i in range(len(value)))


class _UnusedAppearanceRule(WhitelistRule):  # type: ignore[misc]
    """Appearance streams a reader wrote and then replaced, left in the file with nothing pointing at them.

    pyHanko already ignores unused *new* objects, but poppler and Okular write theirs as new generations
    of existing object numbers (``38 1`` over ``38 0``), which pyHanko counts as overwriting an old
    object. Only form XObjects are cleared, and only when no object reachable from the latest
    revision's trailer refers to that object *number* in any generation: then no reader can show them,
    whichever way it resolves generation numbers."""

    def apply(self, old: HistoricalResolver, new: HistoricalResolver) -> Iterator[ReferenceUpdate]:
        refs = new.explicit_refs_in_revision()  # type: ignore[no-untyped-call]
        candidates = [ref for ref in refs if _is_form_xobject(new(ref))]
        if not candidates:
            return
        reachable = referred_to(new, {ref.idnum for ref in candidates})
        for ref in candidates:
            if ref.idnum not in reachable:
                yield ReferenceUpdate(ref)


def referred_to(resolver: HistoricalResolver, wanted: set[int]) -> set[int]:
    """Which of the object numbers ``wanted`` an object reachable from ``resolver``'s trailer refers to, in
    any generation: what ``{ref.idnum for ref in resolver.collect_dependencies(resolver.trailer_view)} &
    wanted`` would be, but the walk stops as soon as every wanted number was met.

    That matters because the whole graph of a tagged passport is some 450 objects, 400 of them its structure
    tree, while the appearances a countersignature writes hang off the form, which is the catalog's first
    entry: a full walk was a seventh of an import's check. Only when a wanted number is referred to nowhere
    (a reader's leftover, which the rule then clears) is the whole graph walked, as before. Depth first, in
    each object's own key order, each indirect object once; iterative, so depth costs no Python stack."""
    found: set[int] = set()
    seen: set[generic.Reference] = set()
    stack: list[Any] = [resolver.trailer_view]
    while stack and len(found) < len(wanted):
        obj = stack.pop()
        if isinstance(obj, generic.IndirectObject):
            ref = obj.reference
            if ref in seen:
                continue
            seen.add(ref)
            if ref.idnum in wanted:
                found.add(ref.idnum)
            obj = resolver(ref)
        if isinstance(obj, generic.DictionaryObject):  # a stream's dictionary too
            stack.extend(reversed(obj.values()))
        elif isinstance(obj, generic.ArrayObject):
            stack.extend(reversed(obj))
    return found


class _PassportFormRule(FormUpdatingRule):  # type: ignore[misc]
    """pyHanko's form rule, also letting a reader set the form's signature flags (/SigFlags: "signatures
    exist", "append only"), as Acrobat does when it signs; the export already sets both, so a reader has no
    reason to clear them, and a value other than those flags is refused."""

    def __init__(self, field_rules: list[FieldMDPRule]) -> None:
        super().__init__(field_rules=field_rules,
                         ignored_acroform_keys=ACROFORM_EXEMPT_STRICT_COMPARISON | {"/SigFlags"})

    def apply(self, old: HistoricalResolver, new: HistoricalResolver) -> Iterator[tuple[ModificationLevel,
                                                                                        FormUpdate]]:
        acroform = deref(new.root.get("/AcroForm")) if "/AcroForm" in new.root else None
        if isinstance(acroform, generic.DictionaryObject) and "/SigFlags" in acroform:
            flags = acroform.raw_get("/SigFlags")
            if not (isinstance(flags, generic.NumberObject) and int(flags) in (0, 1, 2, 3)):
                raise SuspiciousModification(_("The form's signature flags are not signature flags."))
        yield from super().apply(old, new)


def _is_form_xobject(obj: Any) -> bool:
    return isinstance(obj, generic.StreamObject) and obj.get("/Subtype") == "/Form"


_PASSPORT_POLICY = StandardDiffPolicy(
    # pyHanko's own global rules (catalog, document info, xref and object streams, DSS/VRI validation
    # data, metadata), plus the readers' unused appearance streams.
    global_rules=[*DEFAULT_DIFF_POLICY.global_rules,
                  _UnusedAppearanceRule().as_qualified(ModificationLevel.LTA_UPDATES)],
    form_rule=_PassportFormRule(field_rules=[
        SigFieldCreationRule(),  # type: ignore[no-untyped-call]
        _ManagerFieldsRule(SigFieldModificationRule),
        _ManagerFieldsRule(GenericFieldModificationRule),
    ]),
)


def passport_diff_policy() -> DiffPolicy:
    """The difference-analysis policy for validating passport signatures (pass it to pyHanko's
    ``validate_pdf_signature(..., diff_policy=...)``): pyHanko's default, plus what ordinary readers
    write when a manager fills their fields and countersigns."""
    return _PASSPORT_POLICY


def only_validation_data_after(data: bytes, reader: PdfFileReader, signed_revision: int,
                               level: ModificationLevel | None) -> bool:
    """Whether everything written after the revision a signature covers is validation data a reader
    added once the signature existed (a DSS with certificates, VRI entries), so the signature still
    speaks for the whole document.

    ``level`` is pyHanko's verdict on the later revisions under :func:`passport_diff_policy`: exactly
    "LTA updates" means at least one later revision was analysed and held nothing but such data (with no
    later revision pyHanko says "none", and then bytes after the signature belong to no revision at all).
    The file must also end with its last revision, so no unanalysed bytes trail it."""
    return (level == ModificationLevel.LTA_UPDATES and signed_revision < reader.xrefs.total_revisions - 1
            and data.rstrip(b"\r\n\t \x00").endswith(b"%%EOF"))


# --- what changed, in plain words ------------------------------------------------------------------

_ANNOTATION_KINDS = {
    "/Text": "a sticky note", "/FreeText": "a text box", "/Ink": "a drawing", "/Highlight": "a highlight",
    "/Underline": "an underline", "/StrikeOut": "a strike-through", "/Square": "a box", "/Circle": "a circle",
    "/Line": "a line", "/Stamp": "a stamp", "/Link": "a link", "/FileAttachment": "an attached file",
    "/Widget": "a form field",
}


def describe_changes(reader: PdfFileReader, signed_revision: int, reason: object = None) -> list[str]:
    """What changed after ``signed_revision`` (the employee's), one plain sentence per change.

    ``reason`` is pyHanko's verdict (its ``SuspiciousModification`` or the text of it); when nothing
    the app can name changed, it is turned into a sentence too. The manager's own fields and signature,
    and validation data, are not listed: they are what a countersignature is allowed to change."""
    old = reader.get_historical_resolver(signed_revision)
    new = reader.get_historical_resolver(reader.xrefs.total_revisions - 1)
    rewritten = _rewritten_ids(reader, signed_revision)
    changes: list[str] = []
    for describe in (_page_changes, _attachment_changes, _field_changes, _catalog_changes):
        try:
            changes.extend(describe(old, new, rewritten))
        except _READ_ERRORS:
            changes.append("part of the file changed in a way that cannot be read")
    if not changes:
        changes.append(_reason_sentence(reason))
    return list(dict.fromkeys(changes))


def _reason_sentence(reason: object) -> str:
    text = str(reason or "")
    if "freed" in text:
        return "parts of the version the employee signed were deleted"
    if "is locked" in text:
        return "a form field the employee's signature locks was changed"
    return "the file's internal structure was changed in a way the app cannot describe"


def _rewritten_ids(reader: PdfFileReader, signed_revision: int) -> set[int]:
    ids: set[int] = set()
    for revision in range(signed_revision + 1, reader.xrefs.total_revisions):
        ids.update(ref.idnum for ref in reader.xrefs.explicit_refs_in_revision(revision))
    return ids


def _page_changes(old: HistoricalResolver, new: HistoricalResolver, rewritten: set[int]) -> Iterator[str]:
    old_pages, new_pages = pages_of(old.root), pages_of(new.root)
    if len(new_pages) > len(old_pages):
        yield f"{_count(len(new_pages) - len(old_pages), 'page')} added"
    elif len(new_pages) < len(old_pages):
        yield f"{_count(len(old_pages) - len(new_pages), 'page')} removed"
    for number, (before, after) in enumerate(zip(old_pages, new_pages, strict=False), start=1):
        if page_content(before) != page_content(after):
            yield f"text on page {number} changed"
        if _page_other_keys(before) != _page_other_keys(after):
            yield f"the layout or resources of page {number} changed"
        yield from _annotation_changes(number, before, after, rewritten)


def _annotation_changes(number: int, before: generic.DictionaryObject, after: generic.DictionaryObject,
                        rewritten: set[int]) -> Iterator[str]:
    old_annots, new_annots = _annotations(before), _annotations(after)
    for idnum, annot in new_annots.items():
        if _is_manager_widget(annot):
            continue
        kind = _ANNOTATION_KINDS.get(str(annot.get("/Subtype")), "an annotation")
        if idnum not in old_annots:
            yield f"a new annotation was added on page {number}: {kind}"
        elif idnum in rewritten and not _is_widget(annot):
            yield f"an annotation on page {number} was changed: {kind}"
    if any(idnum not in new_annots for idnum in old_annots):
        yield f"an annotation was removed from page {number}"


def _attachment_changes(old: HistoricalResolver, new: HistoricalResolver, _rewritten: set[int]) -> Iterator[str]:
    before, after = _attachments(old), _attachments(new)
    for name, data in after.items():
        if name not in before:
            yield f"a file was attached: {name[:60]}"
        elif data != before[name]:
            yield f"the attached {name[:60]} was replaced"
    for name in before:
        if name not in after:
            yield f"the attached {name[:60]} was removed"


def _field_changes(old: HistoricalResolver, new: HistoricalResolver, rewritten: set[int]) -> Iterator[str]:
    before, after = dict(_fields(old.root)), dict(_fields(new.root))
    for name, (idnum, field) in after.items():
        if name in MANAGER_FIELDS:
            continue
        if name not in before:
            yield f"a new form field was added ({name[:60]})"
        elif name == EMPLOYEE_SIGNATURE_FIELD and (idnum in rewritten or idnum != before[name][0]):
            yield "the employee's signature field was changed"
        elif idnum in rewritten or idnum != before[name][0] or _value(field) != _value(before[name][1]):
            yield f"a form field outside the manager's fields was changed ({name[:60]})"
    for name in before:
        if name not in after:
            yield f"a form field was removed ({name[:60]})"


#: Catalog entries whose change is either allowed (form, validation data, metadata, version) or
#: described above (pages, attachments).
_CATALOG_DESCRIBED = frozenset({"/AcroForm", "/DSS", "/Extensions", "/Metadata", "/MarkInfo", "/Version",
                                "/Pages", "/Names"})
_CATALOG_WORDS = {"/OpenAction": "an action that runs when the file is opened",
                  "/AA": "actions that run automatically", "/Outlines": "the bookmarks",
                  "/Perms": "the document's permissions (the certification)"}


def _catalog_changes(old: HistoricalResolver, new: HistoricalResolver, _rewritten: set[int]) -> Iterator[str]:
    before, after = old.root, new.root
    for key in sorted((set(before) | set(after)) - _CATALOG_DESCRIBED):
        if key not in before or key not in after or not _same(before.raw_get(key), after.raw_get(key)):
            yield f"{_CATALOG_WORDS.get(key, 'the document settings')} changed"
    names_before, names_after = _names_keys(before), _names_keys(after)
    if "/JavaScript" in names_after and names_after.get("/JavaScript") != names_before.get("/JavaScript"):
        yield "a script was added to the document"


# --- small readers (bounded; a hostile file must not make them loop) --------------------------------

def _page_other_keys(page: generic.DictionaryObject) -> dict[str, str]:
    """The page's entries other than its content and annotations, for comparison."""
    return {str(k): repr(page.raw_get(k)) for k in page if k not in ("/Contents", "/Annots", "/Parent")}


def _annotations(page: generic.DictionaryObject) -> dict[int, generic.DictionaryObject]:
    annots = deref(page.get("/Annots"))
    found: dict[int, generic.DictionaryObject] = {}
    if not isinstance(annots, generic.ArrayObject):
        return found
    for index, item in enumerate(list(annots)[:MAX_TREE_NODES]):
        annot = deref(item)
        if isinstance(annot, generic.DictionaryObject):
            # A direct annotation has no object number; key it by its place (never equal to a real one).
            found[item.idnum if isinstance(item, generic.IndirectObject) else -1 - index] = annot
    return found


def _is_widget(annot: generic.DictionaryObject) -> bool:
    return bool(annot.get("/Subtype") == "/Widget")


def _is_manager_widget(annot: generic.DictionaryObject) -> bool:
    if not _is_widget(annot):
        return False
    name = annot.get("/T")
    if name is None:
        parent = deref(annot.get("/Parent"))
        name = parent.get("/T") if isinstance(parent, generic.DictionaryObject) else None
    return str(name) in MANAGER_FIELDS


def _attachments(resolver: HistoricalResolver) -> dict[str, bytes]:
    try:
        tree = deref(deref(resolver.root.raw_get("/Names")).raw_get("/EmbeddedFiles"))
    except (KeyError, AttributeError):
        return {}
    found: dict[str, bytes] = {}
    for name, spec in _name_tree(tree):
        try:
            found[name] = bytes(deref(deref(deref(spec)["/EF"])["/F"]).data)
        except _READ_ERRORS:
            found[name] = b"(unreadable)"
    return found


def _name_tree(node: Any) -> Iterator[tuple[str, Any]]:
    stack: list[tuple[Any, int]] = [(node, 0)]
    count = 0
    while stack and count < MAX_TREE_NODES:
        current, depth = stack.pop()
        count += 1
        current = deref(current)
        if not isinstance(current, generic.DictionaryObject):
            continue
        names = deref(current.get("/Names"))
        if isinstance(names, generic.ArrayObject):
            items = list(names)[:MAX_TREE_NODES]
            for i in range(0, len(items) - 1, 2):
                yield str(items[i]), items[i + 1]
        kids = deref(current.get("/Kids"))
        if isinstance(kids, generic.ArrayObject) and depth < MAX_TREE_DEPTH:
            stack.extend((kid, depth + 1) for kid in kids)


def _fields(root: generic.DictionaryObject) -> Iterator[tuple[str, tuple[int, generic.DictionaryObject]]]:
    """Every terminal form field as (fully qualified name, (object number, field dict)); -1 for a field
    written inline, which has no object of its own."""
    for name, ref, field in form_field_refs(root):
        yield name, (ref.idnum if isinstance(ref, generic.IndirectObject) else -1, field)


def _value(field: generic.DictionaryObject) -> str:
    return repr(field.get("/V"))


def _names_keys(root: generic.DictionaryObject) -> dict[str, str]:
    names = deref(root.get("/Names"))
    if not isinstance(names, generic.DictionaryObject):
        return {}
    return {str(k): repr(names.raw_get(k)) for k in names}


def _same(before: Any, after: Any) -> bool:
    return repr(before) == repr(after)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'} {'was' if number == 1 else 'were'}"


def plain_list(changes: Iterable[str]) -> str:
    """``changes`` as one clause for a sentence ("text on page 1 changed; a new annotation ...")."""
    return "; ".join(changes)

"""Why a meeting-structure file is refused, in English for authors and in Dutch for a coach.

Each function returns a ``StructureFileError`` whose English message keeps the words tests and
authors search for (file name, ``field 'phases.2.minutes'``, "YAML", "UTF-8", "mapping") and whose
``message_nl`` names the file and the field the way a coach reads them: "fase 3, veld ‘minutes’
(minuten)". One line per problem; at most ``MAX_LINES`` lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..errors import StructureFileError
from ..messages import t

MAX_LINES = 5
_SHOWN = 40

_FIELD_KEYS = {
    "schema_version": "structures.field.schema_version",
    "id": "structures.field.id",
    "title": "structures.field.title",
    "description": "structures.field.description",
    "cycle": "structures.field.cycle",
    "source": "structures.field.source",
    "parts": "structures.field.parts",
    "phases": "structures.field.phases",
    "guideline": "structures.field.guideline",
    "minutes": "structures.field.minutes",
    "purpose": "structures.field.purpose",
    "step": "structures.field.step",
    "part": "structures.field.part",
    "prompts": "structures.field.prompts",
    "phrasings": "structures.field.phrasings",
    "when": "structures.field.when",
}
_FIELDS_AT = {
    "top": ("schema_version", "id", "title", "description", "cycle", "source", "parts", "phases"),
    "phases": ("id", "title", "guideline", "minutes", "purpose", "step", "part", "prompts", "phrasings"),
    "parts": ("id", "title", "when"),
}


def shown_name(filename: object) -> str:
    """The file's name as a message shows it: the last path part, at most 80 characters."""
    name = str(filename or "").replace("\\", "/").rsplit("/", 1)[-1].strip() or "?"
    return name if len(name) <= 80 else name[:77] + "…"


def _received(value: object) -> str:
    if isinstance(value, dict):
        return "{…}"
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def _error(english: str, *dutch: str) -> StructureFileError:
    lines = list(dutch)
    if len(lines) > MAX_LINES:
        lines = lines[:MAX_LINES] + [t("structures.error.more", n=len(dutch) - MAX_LINES)]
    return StructureFileError(english, message_nl="\n".join(lines))


def _field(name: str) -> str:
    key = _FIELD_KEYS.get(name)
    return t("structures.where.field", field=name, label=t(key)) if key else t("structures.where.field_plain", field=name)


def where(loc: Iterable[object]) -> str:
    """Dutch words for a field's place: ``("phases", 2, "minutes")`` -> "fase 3, veld ‘minutes’ (minuten)"."""
    parts = list(loc)
    words: list[str] = []
    i = 0
    while i < len(parts):
        item = parts[i]
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        if item in ("phases", "parts") and isinstance(nxt, int):
            words.append(t("structures.where.phase", n=nxt + 1) if item == "phases" else t("structures.where.part", n=nxt + 1))
            i += 2
            continue
        if isinstance(item, int):
            words.append(t("structures.where.line", n=item + 1))
        elif item == "id" and i >= 2 and parts[i - 2] == "phases":
            words.append(t("structures.where.phase_id"))
        elif item == "id" and i >= 2 and parts[i - 2] == "parts":
            words.append(t("structures.where.part_id"))
        else:
            words.append(_field(str(item)))
        i += 1
    return ", ".join(words) or t("structures.where.whole_file")


def _slug(value: object) -> str:
    text = str(value).lower().strip()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:60] or "mijn-bespreking"


def _known_fields(loc: tuple) -> str:
    level = "top" if len(loc) <= 1 else str(loc[0])
    return ", ".join(_FIELDS_AT.get(level, ()))


def _problem(err: dict) -> str:
    kind = err.get("type", "")
    ctx = err.get("ctx") or {}
    loc = tuple(err.get("loc", ()))
    value = err.get("input")
    last = loc[-1] if loc else ""
    if kind == "missing":
        return t("structures.problem.missing")
    if kind == "extra_forbidden":
        return t("structures.problem.unknown_field", fields=_known_fields(loc))
    if kind == "string_pattern_mismatch":
        return t("structures.problem.pattern", example=_slug(value), received=_received(value))
    if last == "minutes" and kind in ("greater_than_equal", "less_than_equal", "int_parsing", "int_type", "int_from_float"):
        return t("structures.problem.minutes", received=_received(value))
    if last == "guideline" and kind in ("greater_than_equal", "less_than_equal", "int_parsing", "int_type", "int_from_float"):
        return t("structures.problem.guideline", received=_received(value))
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return t("structures.problem.whole_number", received=_received(value))
    if kind == "string_type":
        return t("structures.problem.text", received=_received(value))
    if kind == "string_too_short":
        return t("structures.problem.empty_text")
    if kind == "string_too_long":
        return t("structures.problem.text_too_long", max=ctx.get("max_length", "?"), n=len(str(value)))
    if kind == "too_short":
        return t("structures.problem.too_few", min=ctx.get("min_length", 1))
    if kind == "too_long":
        return t("structures.problem.too_many", max=ctx.get("max_length", "?"))
    if kind in ("tuple_type", "list_type"):
        return t("structures.problem.list", received=_received(value))
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return t("structures.problem.group", received=_received(value))
    if kind == "literal_error" and last == "step":
        return t("structures.problem.step", received=_received(value))
    if kind == "literal_error":
        return t("structures.problem.choice", received=_received(value), expected=ctx.get("expected", ""))
    return t("structures.problem.other", detail=err.get("msg", ""))


def field_errors(name: str, errors: list[dict]) -> StructureFileError:
    """The pydantic errors of one file, one line each (``errors`` is ``ValidationError.errors()``)."""
    english = []
    dutch = []
    deeper = {err["loc"][0] for err in errors if len(err.get("loc", ())) > 1}
    # a list whose items failed is also reported as too short; the items say what is wrong
    errors = [err for err in errors if not (err.get("type") == "too_short" and tuple(err.get("loc", ())) in {(d,) for d in deeper})]
    for err in errors:
        field = ".".join(str(p) for p in err.get("loc", ())) or "(whole file)"
        english.append(f"{name}: field '{field}': {err.get('msg', 'invalid')}; received {_received(err.get('input'))!s}")
        dutch.append(t("structures.error.field", file=name, where=where(err.get("loc", ())), problem=_problem(err)))
    return _error("\n".join(english), *dutch)


def not_a_mapping(name: str, data: object) -> StructureFileError:
    return _error(f"{name}: expected a mapping of fields at the top, received {type(data).__name__}",
                  t("structures.error.not_a_mapping", file=name))


def empty(name: str) -> StructureFileError:
    return _error(f"{name}: the file is empty", t("structures.error.empty", file=name))


def too_big(name: str, size: int, limit: int) -> StructureFileError:
    return _error(f"{name}: file too large ({size} bytes, at most {limit})",
                  t("structures.error.too_big", file=name, kb=max(1, round(size / 1024)), max_kb=limit // 1024))


def not_utf8(name: str, reason: str) -> StructureFileError:
    return _error(f"{name}: not UTF-8 text ({reason})", t("structures.error.not_utf8", file=name))


def not_yaml(name: str, line: int | None, detail: str) -> StructureFileError:
    first = detail.splitlines()[0] if detail else ""
    dutch = (t("structures.error.not_yaml_line", file=name, line=line) if line
             else t("structures.error.not_yaml", file=name))
    return _error(f"{name}: not valid YAML: {first}", dutch)


def bad_file_name(name: str) -> StructureFileError:
    stem = name.rsplit(".", 1)[0]
    return _error(f"{name}: structure id must be a plain lowercase name, received {stem!r}",
                  t("structures.error.bad_file_name", file=name, example=_slug(stem)))


def no_such(name: str) -> StructureFileError:
    return _error(f"{name}: no such structure", t("structures.error.no_such", file=name))


def id_not_file_name(name: str, received: str) -> StructureFileError:
    stem = name.rsplit(".", 1)[0]
    return _error(f"{name}: field 'id': expected the file name {stem!r}, received {received!r}",
                  t("structures.error.id_not_file_name", file=name, stem=stem, received=_received(received)))


def duplicate(name: str, field: str, value: str) -> StructureFileError:
    loc = tuple(int(p) if p.isdigit() else p for p in field.split("."))
    return _error(f"{name}: field '{field}': duplicate id {value!r}",
                  t("structures.error.duplicate", file=name, where=where(loc), received=_received(value)))


def undeclared_part(name: str, field: str, value: str) -> StructureFileError:
    loc = tuple(int(p) if p.isdigit() else p for p in field.split("."))
    return _error(f"{name}: field '{field}': part {value!r} is not one of the parts",
                  t("structures.error.undeclared_part", file=name, where=where(loc), received=_received(value)))


def missing_part(name: str, field: str) -> StructureFileError:
    loc = tuple(int(p) if p.isdigit() else p for p in field.split("."))
    return _error(f"{name}: field '{field}': the structure has parts, so every phase names one",
                  t("structures.error.missing_part", file=name, where=where(loc)))


def part_order(name: str, field: str, value: str) -> StructureFileError:
    loc = tuple(int(p) if p.isdigit() else p for p in field.split("."))
    return _error(f"{name}: field '{field}': part {value!r} comes back after a later part",
                  t("structures.error.part_order", file=name, where=where(loc), received=_received(value)))


def yaml_header() -> str:
    """The comment lines at the top of a downloaded structure file (Dutch, '# ' each)."""
    return "".join(f"# {line}\n" if line else "#\n" for line in t("structures.file_header").splitlines()) + "\n"

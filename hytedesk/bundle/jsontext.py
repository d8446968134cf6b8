"""One JSON text of a bundle (the manifest, or one line of a member), parsed strictly.

Python's ``json`` accepts more than a catalogue can carry: ``NaN`` and ``Infinity`` (and
``1e999``, which becomes infinity), lone surrogate escapes such as ``"\\ud800"`` (a string
no UTF-8 file or SQLite database can hold), and nesting deep enough to exhaust the
interpreter's recursion. ``loads`` refuses all of these with a ``JsonProblem`` naming the
field, and costs next to nothing on ordinary lines: the depth scan runs only on lines with
many brackets, and the value walk only on lines whose raw text could hold a bad value.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from hytedesk.base import i18n

#: Deepest nesting of objects and arrays accepted in one JSON text (docs/bundle-format.md).
#: A service is about 8 levels deep (service → locations → location → schedules → …).
MAX_DEPTH = 32

i18n.register(
    {
        "r.too_deep": {
            "fi": "JSON on sisäkkäin syvemmällä kuin {limit} tasoa",
            "sv": "JSON är nästlad djupare än {limit} nivåer",
            "en": "JSON is nested deeper than {limit} levels",
        },
        "r.surrogate": {
            "fi": "tekstissä on yksinäinen UTF-16-puolisko ({value}), joka ei ole merkki",
            "sv": "texten innehåller en ensam UTF-16-halva ({value}), som inte är ett tecken",
            "en": "the text holds a lone UTF-16 surrogate ({value}), which is not a character",
        },
        "r.not_finite": {
            "fi": "{value} ei ole luku, jota luettelossa voi käyttää (NaN tai ääretön)",
            "sv": "{value} är inte ett tal som katalogen kan använda (NaN eller oändligt)",
            "en": "{value} is not a number a catalogue can use (NaN or infinite)",
        },
        "r.number": {
            "fi": "luku on liian pitkä",
            "sv": "talet är för långt",
            "en": "the number is too long",
        },
    }
)


class JsonProblem(Exception):
    """What is wrong with a JSON text: a registered message key, the field and its params."""

    def __init__(self, field: str, key: str, **params: object) -> None:
        super().__init__(key)
        self.field = field
        self.key = key
        self.params = params


_KEEP = b'{}[]"'
_DROP = bytes(b for b in range(256) if b not in _KEEP)
_STRING = re.compile(rb'"[^"]*"')
_PAIR = re.compile(rb"\{\}|\[\]")
_SURROGATE = re.compile("[\ud800-\udfff]")


class _Overflow(Exception):
    pass


def _float(text: str) -> float:
    value = float(text)
    if math.isinf(value):  # 1e999: json would make it infinity
        raise _Overflow
    return value


_DECODER = json.JSONDecoder(parse_float=_float)


def _suspect(raw: bytes) -> bool:
    """Whether the raw text could hold NaN/Infinity or a surrogate escape."""
    return b"NaN" in raw or b"Infinity" in raw or b"\\ud" in raw or b"\\uD" in raw


def too_deep(raw: bytes, limit: int = MAX_DEPTH) -> bool:
    """True when the JSON text nests objects/arrays deeper than ``limit``, without parsing.

    Escapes are dropped, then everything but brackets and quotes, then strings,
    and each round removes the innermost ``{}``/``[]`` pairs, so a text ``d`` levels deep
    empties in ``d`` rounds; whatever still pairs up after ``limit`` rounds is deeper than
    that. Every step runs in C.
    """
    if raw.count(b"{") + raw.count(b"[") <= limit:
        return False
    # Escaped backslashes, then escaped quotes, go first (left to right, as JSON reads
    # them); then everything but brackets and quotes; then the strings.
    kept = raw.replace(b"\\\\", b"").replace(b'\\"', b"").translate(None, _DROP)
    brackets = _STRING.sub(b"", kept)
    for _ in range(limit):
        reduced = _PAIR.sub(b"", brackets)
        if reduced == brackets:
            return False  # empty, or unbalanced: the parser says what is wrong
        brackets = reduced
    return _PAIR.search(brackets) is not None


def _bad_value(value: Any, path: str) -> JsonProblem | None:
    """The first lone surrogate (in a key or a string) or non-finite number in ``value``."""
    if isinstance(value, str):
        m = _SURROGATE.search(value)
        if m:
            return JsonProblem(path, "r.surrogate", value=f"\\u{ord(m.group()):04x}")
        return None
    if isinstance(value, float):
        return None if math.isfinite(value) else JsonProblem(path, "r.not_finite", value=value)
    if isinstance(value, dict):
        for key, item in value.items():
            sub = f"{path}.{key}" if path else str(key)
            m = _SURROGATE.search(key)
            if m:
                return JsonProblem(_SURROGATE.sub("?", sub), "r.surrogate",
                                   value=f"\\u{ord(m.group()):04x}")
            found = _bad_value(item, sub)
            if found is not None:
                return found
        return None
    if isinstance(value, list):
        for i, item in enumerate(value):
            found = _bad_value(item, f"{path}[{i}]")
            if found is not None:
                return found
    return None


def check_value(value: Any) -> JsonProblem | None:
    """Lone surrogates, non-finite numbers and excess depth in an already built value (the
    admin tool checks the records it builds with this before writing them)."""
    try:
        text = json.dumps(value, ensure_ascii=True, allow_nan=True).encode("ascii")
    except RecursionError:
        return JsonProblem("", "r.too_deep", limit=MAX_DEPTH)
    if too_deep(text):
        return JsonProblem("", "r.too_deep", limit=MAX_DEPTH)
    if _suspect(text):
        return _bad_value(value, "")
    return None


def loads(raw: bytes) -> Any:
    """Parses one JSON text strictly.

    Raises ``UnicodeDecodeError`` (not UTF-8, including encoded surrogates),
    ``json.JSONDecodeError`` (not JSON) or ``JsonProblem`` (JSON, but not a value a
    catalogue can carry).
    """
    text = raw.decode("utf-8")
    if too_deep(raw):
        raise JsonProblem("", "r.too_deep", limit=MAX_DEPTH)
    try:
        value = _DECODER.decode(text)
    except _Overflow:
        found = _bad_value(json.loads(text), "")
        raise found or JsonProblem("", "r.not_finite", value="inf") from None
    except RecursionError:  # the scan above makes this unreachable; never a traceback
        raise JsonProblem("", "r.too_deep", limit=MAX_DEPTH) from None
    except json.JSONDecodeError:
        raise
    except ValueError:  # an integer of more than 4,300 digits
        raise JsonProblem("", "r.number") from None
    if _suspect(raw):
        problem = _bad_value(value, "")
        if problem is not None:
            raise problem
    return value

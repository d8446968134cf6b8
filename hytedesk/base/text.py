"""Text as it is stored: no invisible characters that change what a reader sees.

Catalogue records and local services pass through :func:`clean_record` when they enter
the laptop, so that what the window shows and the handout prints is what is stored. A
right-to-left override (U+202E) inside ``040 123 4567`` would otherwise make the screen
show one number while the text holds another.

Removed:

- bidirectional controls: U+200E/U+200F (marks), U+061C (Arabic letter mark),
  U+202A–U+202E (embeddings and overrides) and U+2066–U+2069 (isolates);
- every other character of Unicode category Cf (format): zero-width space U+200B,
  zero-width non-joiner U+200C, word joiner U+2060, invisible operators U+2061–U+2064,
  byte-order mark U+FEFF, soft hyphen U+00AD, interlinear annotation and tag characters…
- control characters (category Cc) other than tab, line feed and carriage return.

Kept, because it is meaningful: the zero-width joiner U+200D *between two symbols*
(category So, or a variation selector / skin-tone modifier before it), where it joins an
emoji sequence (👨‍👩‍👧). Anywhere else it is removed. Finnish, Swedish, English and the Sámi
languages of the catalogue need no other format character.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

ZWJ = "\u200d"
# Every character of category Cf or Cc (Unicode 15) except tab, line feed and carriage
# return; tests/test_text.py checks the list against this Python's ``unicodedata``.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f"
    "\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]")


def _emoji_side(ch: str) -> bool:
    return unicodedata.category(ch) in ("So", "Sk") or "\ufe00" <= ch <= "\ufe0f" \
        or "\U0001f3fb" <= ch <= "\U0001f3ff"


def _keep(m: re.Match[str]) -> str:
    ch, text, i = m.group(0), m.string, m.start()
    if ch == ZWJ and 0 < i < len(text) - 1 and _emoji_side(text[i - 1]) \
            and _emoji_side(text[i + 1]):
        return ch
    return ""


def clean_text(text: str) -> str:
    """``text`` without invisible format and control characters (see the module doc)."""
    if _INVISIBLE.search(text) is None:
        return text
    return _INVISIBLE.sub(_keep, text)


# The same characters as UTF-8 bytes (a JSON line holds raw C0 controls only as \\u
# escapes): a test over the undecoded line runs about ten times faster than decoding it and
# searching the text, which matters for a national catalogue's 100,000 lines.
_INVISIBLE_UTF8 = re.compile(
    rb"\\[ubf]|\x7f|\xc2[\x80-\x9f\xad]|\xd8[\x80-\x85\x9c]|\xdb\x9d|\xdc\x8f|\xe0\xa2[\x90\x91]"
    rb"|\xe0\xa3\xa2|\xe1\xa0\x8e|\xe2\x80[\x8b-\x8f\xaa-\xae]|\xe2\x81[\xa0-\xaf]|\xef\xbb\xbf"
    rb"|\xef\xbf[\xb9-\xbb]|\xf0\x91\x82\xbd|\xf0\x91\x83\x8d|\xf0\x93\x90[\xb0-\xbf]"
    rb"|\xf0\x9b\xb2[\xa0-\xa3]|\xf0\x9d\x85[\xb3-\xba]|\xf3\xa0[\x80\x81]")


def may_need_cleaning(line: bytes) -> bool:
    """Whether a JSON line can hold a character :func:`clean_text` removes (raw, or as a
    ``\\u`` escape); a fast test, so that clean lines are not walked."""
    return _INVISIBLE_UTF8.search(line) is not None


def clean_record(value: Any) -> Any:
    """A JSON value with every string cleaned; the same object when nothing changed.

    A record is first written out as JSON (in C) and tested as a whole like a bundle line;
    only one that may hold such a character is walked value by value. (A national admin
    build cleans 100,000 records, nearly all clean.)"""
    if isinstance(value, (dict, list)):
        try:
            probe = json.dumps(value, ensure_ascii=False, check_circular=False)
        except (TypeError, ValueError, RecursionError):
            probe = None  # not plain JSON: walked
        if probe is not None and not may_need_cleaning(probe.encode("utf-8", "surrogatepass")):
            return value
    return _clean(value)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        changed = False
        out: dict[Any, Any] = {}
        for k, v in value.items():
            c = _clean(v)
            changed = changed or c is not v
            out[k] = c
        return out if changed else value
    if isinstance(value, list):
        items = [_clean(v) for v in value]
        if any(a is not b for a, b in zip(items, value, strict=True)):
            return items
        return value
    return value

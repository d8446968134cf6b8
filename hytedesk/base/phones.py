"""Phone numbers: parsed once, dialled as they are shown.

One implementation for the admin build (which stores numbers in E.164), the laptop's
catalogue and local services, the handout and the window's ``tel:`` links. Numbers are
parsed with ``phonenumbers`` (libphonenumber) with Finland as the default region.

- A field may hold several numbers: ``040 123 4567 / 08 765 432`` gives two.
- ``+358 (0)8 123 456`` is ``+3588123456``: the national prefix in brackets is dropped.
- A number that does not parse as a valid number is kept as text and never dialled
  (``dial`` is None), so ``12345`` is shown but is not a link.
- Finnish and European short numbers that are real services (112 and the harmonised
  116 xxx numbers: 116 117, 116 123 …) are dialled as they are written.
- What is shown is the national form for Finnish numbers (``040 1234567``) and the
  international form for others (``+46 8 123 456 78``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

from hytedesk.base.text import clean_text

REGION = "FI"
# A separator follows a digit, a bracket or a space ("</i>" is not two numbers).
_SEPARATORS = re.compile(r"(?<=[\d\s)])\s*[/,;]\s*|\s(?:tai|or|eller|ja|och|and)\s",
                         re.IGNORECASE)
_SHORT = re.compile(r"^(?:112|116\d{3})$")


@dataclass(frozen=True)
class PhoneNumber:
    text: str  # what the source said (invisible characters removed)
    e164: str | None  # +358401234567, or a short number's digits; None: not a number

    @property
    def valid(self) -> bool:
        return self.e164 is not None

    @property
    def shown(self) -> str:
        """The form to show and print."""
        return display(self.e164) if self.e164 else self.text

    @property
    def tel(self) -> str | None:
        """The ``tel:`` address, or None when the text is not a number to dial."""
        return f"tel:{self.e164}" if self.e164 else None


def _one(piece: str) -> str | None:
    """E.164 (or a short number's digits) of one number, None when it is not valid."""
    digits = re.sub(r"[\s\-().]", "", piece)
    if _SHORT.match(digits):
        return digits
    if not re.search(r"\d", piece):
        return None
    if re.search(r"[A-Za-zÅÄÖåäö]{4,}", piece):
        # Words around a number ("Neuvonta 0800 12 400"): the one number in them, if one.
        # (Parsing the whole would read letters as a vanity number.)
        found = [m.number for m in phonenumbers.PhoneNumberMatcher(
            piece, REGION, leniency=phonenumbers.Leniency.VALID)]
        if len(found) != 1:
            return None
        return phonenumbers.format_number(found[0], PhoneNumberFormat.E164)
    try:
        n = phonenumbers.parse(piece, REGION)
    except NumberParseException:
        return None
    if not phonenumbers.is_valid_number(n):
        return None
    return phonenumbers.format_number(n, PhoneNumberFormat.E164)


def display(e164: str) -> str:
    """The form of a number (E.164 or a short number) shown to people."""
    if not e164.startswith("+"):
        return e164 if len(e164) <= 3 else f"{e164[:3]} {e164[3:]}"
    try:
        n = phonenumbers.parse(e164, None)
    except NumberParseException:
        return e164
    fmt = PhoneNumberFormat.NATIONAL if n.country_code == 358 else \
        PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(n, fmt)


def parse_numbers(text: str) -> list[PhoneNumber]:
    """The numbers in a phone field, in order; an empty list for an empty field.

    The field is split at ``/``, ``,``, ``;`` and the words "tai", "or", "eller", "ja",
    "och", "and". When a part is not a number but the whole field is one (``040 / 123
    4567``), the whole field is the number.
    """
    value = " ".join(clean_text(text).split())
    if not value:
        return []
    pieces = [p for p in _SEPARATORS.split(value) if p.strip()]
    parsed = [PhoneNumber(p, _one(p)) for p in pieces]
    if len(parsed) > 1 and not all(p.valid for p in parsed):
        whole = _one(value)
        if whole is not None:
            return [PhoneNumber(value, whole)]
    return parsed


def normalise(text: str) -> tuple[list[str], list[str]]:
    """(E.164 forms of the valid numbers, texts that are not numbers) of a field."""
    good: list[str] = []
    bad: list[str] = []
    for p in parse_numbers(text):
        if p.e164 is None:
            bad.append(p.text)
        elif p.e164 not in good:
            good.append(p.e164)
    return good, bad

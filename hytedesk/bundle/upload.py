"""The upload package: what a laptop sends to its region, format version 1.

A package is one JSON object (UTF-8), gzip-compressed, encrypted with age
(https://age-encryption.org) to the region's public key(s), in a file
``<package_id>.age``. Only the holder of the region's private key can read it; the ``age``
tool opens it by hand (``age -d -i region-key.txt FILE | gunzip``). docs/region.md
documents every field.

It carries monthly counts of referrals — never a single referral record, never free
text typed about a client — plus the local services the staff added or changed and their
"this entry is wrong" reports. Counts travel exact (only the region can read them); the
small-cell rule is applied to what the coordinator's tools show.

Idempotent by construction: every package has a random ``package_id``; a collector keeps
one copy of each, and of the packages of one installation and month only the highest
``revision`` counts (a laptop sends a month again when outcomes recorded later change its
counts). Local services and reports carry their own ids and are kept once each.
"""

from __future__ import annotations

import gzip
import json
import re
import uuid
import zlib
from collections.abc import Iterable
from typing import Any

import pyrage

from hytedesk.base import i18n

FORMAT = "hytedesk-upload"
FORMAT_VERSION = 1
SUFFIX = ".age"
MAX_PACKAGE_BYTES = 8 * 1024 * 1024  # decrypted JSON; a laptop-month is a few KB
MAX_ROWS = 50_000
MAX_TEXT = 200  # a wrong report's note, at most
MAX_NAME = 300

AGE_BANDS = ("under-18", "18-29", "30-64", "65-74", "75+")
OUTCOMES = ("reached", "tried-not-in", "did-not-try", "unknown")
OUTCOME_REASONS = ("full", "not-eligible", "too-far", "no-transport", "other")
WRONG_REASONS = ("closed", "wrong-phone", "wrong-address", "wrong-time", "other")

PERIOD = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])$")
DATE = re.compile(r"^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
TIMESTAMP = re.compile(r"^(19|20)\d\d-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")

i18n.register(
    {
        "upload.not_encrypted": {
            "fi": "{name}: ei age-salattu raportointipaketti",
            "sv": "{name}: inte ett age-krypterat rapportpaket",
            "en": "{name}: not an age-encrypted upload package",
        },
        "upload.wrong_key": {
            "fi": "{name}: pakettia ei voi avata annetuilla avaimilla (salattu toiselle "
            "avaimelle tai vahingoittunut)",
            "sv": "{name}: paketet kan inte öppnas med de angivna nycklarna (krypterat för en "
            "annan nyckel eller skadat)",
            "en": "{name}: the package cannot be opened with the given keys (encrypted to "
            "another key, or damaged)",
        },
        "upload.too_big": {
            "fi": "{name}: paketti on liian suuri ({size} tavua, enintään {limit})",
            "sv": "{name}: paketet är för stort ({size} byte, högst {limit})",
            "en": "{name}: the package is too big ({size} bytes, at most {limit})",
        },
        "upload.not_json": {
            "fi": "{name}: paketin sisältö ei ole kelvollista JSONia: {detail}",
            "sv": "{name}: paketets innehåll är inte giltig JSON: {detail}",
            "en": "{name}: the package content is not valid JSON: {detail}",
        },
        "upload.bad_field": {
            "fi": "{name}: kenttä {field}: {detail}",
            "sv": "{name}: fältet {field}: {detail}",
            "en": "{name}: field {field}: {detail}",
        },
        "upload.d.text": {"fi": "odotettiin 1–{limit} merkin tekstiä",
                          "sv": "väntade en text på 1–{limit} tecken",
                          "en": "expected a text of 1–{limit} characters"},
        "upload.d.control": {"fi": "ohjaus- tai näkymättömiä merkkejä",
                             "sv": "styrtecken eller osynliga tecken",
                             "en": "control or invisible characters"},
        "upload.d.unicode": {"fi": "ei kelvollista Unicodea", "sv": "inte giltig Unicode",
                             "en": "not valid Unicode"},
        "upload.d.choice": {"fi": "sallitut arvot: {allowed}", "sv": "tillåtna värden: {allowed}",
                            "en": "allowed values: {allowed}"},
        "upload.d.count": {"fi": "odotettiin kokonaislukua 1–1000000",
                           "sv": "väntade ett heltal 1–1000000",
                           "en": "expected a whole number 1–1000000"},
        "upload.d.whole": {"fi": "odotettiin kokonaislukua", "sv": "väntade ett heltal",
                           "en": "expected a whole number"},
        "upload.d.uuid": {"fi": "odotettiin UUID-tunnistetta pienin kirjaimin",
                          "sv": "väntade ett UUID med små bokstäver",
                          "en": "expected a UUID in lower case"},
        "upload.d.list": {"fi": "odotettiin enintään {limit} rivin luetteloa",
                          "sv": "väntade en lista med högst {limit} rader",
                          "en": "expected a list of at most {limit} rows"},
        "upload.d.object": {"fi": "odotettiin objektia", "sv": "väntade ett objekt",
                            "en": "expected an object"},
        "upload.d.unknown": {"fi": "tuntematon kenttä", "sv": "okänt fält",
                             "en": "unknown field"},
        "upload.d.value": {"fi": "odotettiin muotoa {expected}", "sv": "väntade formen {expected}",
                           "en": "expected the form {expected}"},
        "upload.d.fields": {"fi": "odotettiin kentät {fields}", "sv": "väntade fälten {fields}",
                            "en": "expected the fields {fields}"},
        "upload.d.hsds": {"fi": "odotettiin HSDS-palveluobjektia",
                          "sv": "väntade ett HSDS-tjänsteobjekt",
                          "en": "expected an HSDS service object"},
        "upload.bad_recipient": {
            "fi": "Alueen julkinen avain {key!r} ei kelpaa (odotettiin age1…-alkuista avainta).",
            "sv": "Regionens publika nyckel {key!r} duger inte (väntade en nyckel som börjar "
            "med age1…).",
            "en": "The region's public key {key!r} is not valid (expected a key starting "
            "with age1…).",
        },
        "wrong.reason.closed": {"fi": "palvelu on päättynyt tai suljettu",
                                "sv": "tjänsten har upphört eller stängts",
                                "en": "the service has ended or closed"},
        "wrong.reason.wrong-phone": {"fi": "väärä puhelinnumero", "sv": "fel telefonnummer",
                                     "en": "wrong phone number"},
        "wrong.reason.wrong-address": {"fi": "väärä osoite tai paikka",
                                       "sv": "fel adress eller plats",
                                       "en": "wrong address or place"},
        "wrong.reason.wrong-time": {"fi": "väärät ajat", "sv": "fel tider",
                                    "en": "wrong times"},
        "wrong.reason.other": {"fi": "jokin muu on väärin", "sv": "något annat är fel",
                               "en": "something else is wrong"},
        "upload.bad_identity": {
            "fi": "{name}: ei age-yksityisavainta (AGE-SECRET-KEY-1…)",
            "sv": "{name}: ingen privat age-nyckel (AGE-SECRET-KEY-1…)",
            "en": "{name}: no age private key (AGE-SECRET-KEY-1…)",
        },
    }
)


class PackageError(i18n.UserError):
    """A package that cannot be opened or does not follow the format."""


def recipients(keys: Iterable[str]) -> list[pyrage.x25519.Recipient]:
    out = []
    for key in keys:
        try:
            out.append(pyrage.x25519.Recipient.from_str(key.strip()))
        except (pyrage.RecipientError, ValueError):
            raise i18n.UserError("upload.bad_recipient", key=key[:80]) from None
    return out


def identities(text: str, name: str) -> list[pyrage.x25519.Identity]:
    """The private keys of an age identity file (comments and blank lines allowed)."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("AGE-SECRET-KEY-1"):
            try:
                out.append(pyrage.x25519.Identity.from_str(line))
            except (pyrage.IdentityError, ValueError):
                raise i18n.UserError("upload.bad_identity", name=name) from None
    if not out:
        raise i18n.UserError("upload.bad_identity", name=name)
    return out


def encrypt(package: dict[str, Any], keys: Iterable[str]) -> bytes:
    """The package validated, serialised and encrypted (armoured) to ``keys``."""
    check(package, "package")
    data = json.dumps(package, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")
    # mtime 0: the same package always gives the same plaintext
    return bytes(pyrage.encrypt(gzip.compress(data, mtime=0), recipients(keys)))


def decrypt(blob: bytes, keys: list[pyrage.x25519.Identity], name: str) -> dict[str, Any]:
    """Opens and validates one package; refuses anything else with a ``PackageError``."""
    head = blob[:64].lstrip()
    if not (head.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
            or head.startswith(b"age-encryption.org/v1")):
        raise PackageError("upload.not_encrypted", name=name)
    if len(blob) > 2 * MAX_PACKAGE_BYTES:
        raise PackageError("upload.too_big", name=name, size=len(blob),
                           limit=2 * MAX_PACKAGE_BYTES)
    try:
        packed = bytes(pyrage.decrypt(blob, keys))
    except (pyrage.DecryptError, ValueError):
        raise PackageError("upload.wrong_key", name=name) from None
    # Decompress with a cap, so that a small package cannot unpack into gigabytes.
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(packed, MAX_PACKAGE_BYTES + 1)
    except zlib.error as exc:
        raise PackageError("upload.not_json", name=name, detail=str(exc)[:120]) from None
    if len(data) > MAX_PACKAGE_BYTES or inflater.unconsumed_tail:
        raise PackageError("upload.too_big", name=name, size=len(data),
                           limit=MAX_PACKAGE_BYTES)
    try:
        package = json.loads(data.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PackageError("upload.not_json", name=name, detail=str(exc)[:120]) from None
    check(package, name)
    return package  # type: ignore[no-any-return]


def _no_constant(value: str) -> None:
    raise ValueError(f"{value} is not a number")


# -- validation ---------------------------------------------------------------------------


def _fail(name: str, field: str, detail: str, **params: object) -> PackageError:
    """``detail`` names a registered ``upload.d.*`` message."""
    return PackageError("upload.bad_field", name=name, field=field,
                        detail=i18n.text(f"upload.d.{detail}", **params))


_CHECKED: dict[tuple[str, int], bool] = {}  # texts already found valid (codes repeat a lot)


def _text(value: object, name: str, field: str, limit: int = MAX_NAME,
          optional: bool = False) -> None:
    if value is None and optional:
        return
    if isinstance(value, str) and (value, limit) in _CHECKED:
        return
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        raise _fail(name, field, "text", limit=limit)
    if CONTROL.search(value):
        raise _fail(name, field, "control")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _fail(name, field, "unicode") from None
    if len(_CHECKED) < 10_000 and len(value) <= 100:
        _CHECKED[(value, limit)] = True


def _choice(value: object, allowed: tuple[str, ...], name: str, field: str,
            optional: bool = False) -> None:
    if value is None and optional:
        return
    if value not in allowed:
        raise _fail(name, field, "choice", allowed=", ".join(allowed))


def _count(value: object, name: str, field: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= 10**6:
        raise _fail(name, field, "count")


def _uuid(value: object, name: str, field: str) -> None:
    try:
        if not isinstance(value, str) or str(uuid.UUID(value)) != value:
            raise ValueError
    except ValueError:
        raise _fail(name, field, "uuid") from None


def _rows(package: dict[str, Any], key: str, name: str) -> list[dict[str, Any]]:
    rows = package.get(key, [])
    if not isinstance(rows, list) or len(rows) > MAX_ROWS:
        raise _fail(name, key, "list", limit=MAX_ROWS)
    for i, row in enumerate(rows):
        if not isinstance(row, dict):
            raise _fail(name, f"{key}[{i}]", "object")
    return rows


ROW_FIELDS = {
    "referrals": {"municipality", "age_band", "outcome", "outcome_reason", "count"},
    "situations": {"municipality", "age_band", "situation", "outcome", "outcome_reason",
                   "count"},
    "themes": {"municipality", "age_band", "theme", "outcome", "outcome_reason", "count"},
    "unmet": {"municipality", "situation", "theme", "count"},
    "local_services": {"id", "updated_at", "record"},
    "wrong_reports": {"id", "service_id", "service_name", "catalogue_id",
                      "catalogue_version", "reason", "note", "created"},
}
TOP_FIELDS = {"format", "format_version", "package_id", "installation_id", "created",
              "period", "revision", "catalogue", *ROW_FIELDS}


COUNT_TABLES = ("referrals", "situations", "themes", "unmet")
_GOOD_ROWS: set[tuple[str, tuple[object, ...]]] = set()  # row values found valid before


def _check_counts(rows: list[dict[str, Any]], key: str, fields: set[str], name: str) -> None:
    """The count rows; the values besides the count repeat across rows and packages, so a
    combination found valid once is not checked again."""
    order = tuple(sorted(fields - {"count"}))
    for i, row in enumerate(rows):
        if row.keys() != fields:
            raise _fail(name, f"{key}[{i}]", "fields", fields=", ".join(sorted(fields)))
        count = row["count"]
        if type(count) is not int or not 0 < count <= 10**6:
            _count(count, name, f"{key}[{i}].count")
        values = tuple(row[f] for f in order)
        try:
            if (key, values) in _GOOD_ROWS:
                continue
        except TypeError:  # a list or an object where a text belongs: checked below
            pass
        where = f"{key}[{i}]"
        _text(row["municipality"], name, f"{where}.municipality", 100, optional=True)
        if "age_band" in row:
            _choice(row["age_band"], AGE_BANDS, name, f"{where}.age_band")
        if "outcome" in row:
            _choice(row["outcome"], OUTCOMES, name, f"{where}.outcome", optional=True)
            _choice(row["outcome_reason"], OUTCOME_REASONS, name, f"{where}.outcome_reason",
                    optional=True)
        for code in ("situation", "theme"):
            if code in row:
                _text(row[code], name, f"{where}.{code}", 100,
                      optional=(code == "theme" and key == "unmet"))
        if len(_GOOD_ROWS) < 200_000:
            _GOOD_ROWS.add((key, values))


def check(package: object, name: str) -> None:
    """Raises ``PackageError`` naming the first field that does not follow the format."""
    if not isinstance(package, dict):
        raise _fail(name, "(top)", "object")
    unknown = set(package) - TOP_FIELDS
    if unknown:
        raise _fail(name, sorted(unknown)[0], "unknown")
    if package.get("format") != FORMAT:
        raise _fail(name, "format", "value", expected=FORMAT)
    if package.get("format_version") != FORMAT_VERSION or \
            isinstance(package.get("format_version"), bool):
        raise _fail(name, "format_version", "value", expected=FORMAT_VERSION)
    _uuid(package.get("package_id"), name, "package_id")
    _uuid(package.get("installation_id"), name, "installation_id")
    if not isinstance(package.get("created"), str) or \
            not TIMESTAMP.match(package["created"]):
        raise _fail(name, "created", "value", expected="YYYY-MM-DDTHH:MM:SSZ")
    if not isinstance(package.get("period"), str) or not PERIOD.match(package["period"]):
        raise _fail(name, "period", "value", expected="YYYY-MM")
    rev = package.get("revision")
    if isinstance(rev, bool) or not isinstance(rev, int) or not 1 <= rev < 2**31:
        raise _fail(name, "revision", "count")
    cat = package.get("catalogue")
    if cat is not None:
        if not isinstance(cat, dict) or set(cat) != {"id", "version"}:
            raise _fail(name, "catalogue", "fields", fields="id, version")
        _text(cat["id"], name, "catalogue.id", 100)
        if isinstance(cat["version"], bool) or not isinstance(cat["version"], int):
            raise _fail(name, "catalogue.version", "whole")
    for key, fields in ROW_FIELDS.items():
        rows = _rows(package, key, name)
        if key in COUNT_TABLES:
            _check_counts(rows, key, fields, name)
            continue
        for i, row in enumerate(rows):
            where = f"{key}[{i}]"
            if row.keys() != fields:
                raise _fail(name, where, "fields", fields=", ".join(sorted(fields)))
            if key == "local_services":
                _text(row["id"], name, f"{where}.id", 200)
                if not isinstance(row["updated_at"], str) or \
                        not TIMESTAMP.match(row["updated_at"]):
                    raise _fail(name, f"{where}.updated_at", "value",
                                expected="YYYY-MM-DDTHH:MM:SSZ")
                if not isinstance(row["record"], dict) or \
                        len(json.dumps(row["record"])) > 200_000:
                    raise _fail(name, f"{where}.record", "hsds")
                _text(row["record"].get("name"), name, f"{where}.record.name")
            if key == "wrong_reports":
                _uuid(row["id"], name, f"{where}.id")
                _text(row["service_id"], name, f"{where}.service_id", 200)
                _text(row["service_name"], name, f"{where}.service_name")
                _text(row["catalogue_id"], name, f"{where}.catalogue_id", 100, optional=True)
                version = row["catalogue_version"]
                if version is not None and (isinstance(version, bool)
                                            or not isinstance(version, int)):
                    raise _fail(name, f"{where}.catalogue_version", "whole")
                _choice(row["reason"], WRONG_REASONS, name, f"{where}.reason")
                _text(row["note"], name, f"{where}.note", MAX_TEXT, optional=True)
                if not isinstance(row["created"], str) or not DATE.match(row["created"]):
                    raise _fail(name, f"{where}.created", "value", expected="YYYY-MM-DD")

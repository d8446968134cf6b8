"""Phone numbers are what they say, and invisible characters do not reach the screen."""

from __future__ import annotations

import json
import sqlite3
import sys
import unicodedata
from pathlib import Path

import pytest

from hytedesk.base.paths import default_paths
from hytedesk.base.phones import parse_numbers
from hytedesk.base.text import _INVISIBLE, clean_record, clean_text, may_need_cleaning
from hytedesk.catalogue import catdb as cat
from hytedesk.catalogue.importer import import_bundle
from hytedesk.local.localdb import LocalDB
from hytedesk.referrals.handout import Handout, build_html
from hytedesk.referrals.local_services import (
    LocalServiceInput,
    build_record,
    local_details,
    save_local_service,
)
from hytedesk.referrals.services import catalogue_details
from tests.fixtures import mini

HIDDEN = ("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
          "\u200b\u200c\u200e\u200f\u2060\ufeff")


@pytest.mark.parametrize(("field", "shown", "dialled"), [
    ("040 123 4567", ["040 1234567"], ["tel:+358401234567"]),
    ("+358 (0)8 123 456", ["08 123456"], ["tel:+3588123456"]),
    ("040 123 4567 / 08 765 432", ["040 1234567", "08 765432"],
     ["tel:+358401234567", "tel:+3588765432"]),
    ("08 615 5000, 0800 12 400", ["08 6155000", "0800 12400"],
     ["tel:+35886155000", "tel:+35880012400"]),
    ("116 117", ["116 117"], ["tel:116117"]),
    ("+46 8 123 456 78", ["+46 8 123 456 78"], ["tel:+46812345678"]),
    ("12345", ["12345"], [None]),
    ("soita toimistolle", ["soita toimistolle"], [None]),
])
def test_numbers_are_parsed_shown_nationally_and_dialled_in_e164(
        field: str, shown: list[str], dialled: list[str | None]) -> None:
    numbers = parse_numbers(field)
    assert [n.shown for n in numbers] == shown
    assert [n.tel for n in numbers] == dialled


def test_a_right_to_left_override_cannot_disguise_a_number() -> None:
    # Stored 7654 321 040 with an override would be displayed as 040 123 4567.
    numbers = parse_numbers("\u202e7654 321 040")
    assert [(n.shown, n.tel) for n in numbers] == [("7654 321 040", None)]


def test_the_invisible_list_is_every_format_and_control_character() -> None:
    expected = {chr(c) for c in range(sys.maxunicode + 1)
                if unicodedata.category(chr(c)) in ("Cf", "Cc")} - {"\t", "\n", "\r"}
    found = {chr(c) for c in range(sys.maxunicode + 1) if _INVISIBLE.match(chr(c))}
    assert expected <= found
    # Only characters this Python's Unicode does not know yet may be extra (Unicode 15).
    assert all(unicodedata.category(ch) == "Cn" for ch in found - expected)


def test_the_fast_line_test_sees_every_invisible_character() -> None:
    for c in range(sys.maxunicode + 1):
        ch = chr(c)
        if _INVISIBLE.match(ch):
            line = json.dumps({"name": f"a{ch}b"}, ensure_ascii=False).encode("utf-8")
            assert may_need_cleaning(line), hex(c)
    assert not may_need_cleaning('{"name": "Ämmänsaaren kahvila – 5 € / kerta"}'.encode())


def test_clean_record_finds_a_character_anywhere_and_returns_a_clean_record_as_it_is() -> None:
    clean = {"id": "s1", "name": "Kahvila", "phones": [{"number": "040 123 4567"}],
             "schedules": [{"byday": ["MO", "TU"], "opens_at": 9.5}], "free": True}
    assert clean_record(clean) is clean
    for ch in ("\u202e", "\x08", "\x7f", "\u00ad", "\ufeff", "\U000e0041"):
        dirty = {**clean, "phones": [{"number": f"040 123{ch} 4567"}]}
        out = clean_record(dirty)
        assert out["phones"][0]["number"] == "040 123 4567", hex(ord(ch))
        assert out["name"] == "Kahvila" and dirty["phones"][0]["number"].count(ch) == 1
    # not plain JSON (a tuple key): walked value by value all the same
    odd = {("a", 1): "x\u200by", "list": ["ok"]}
    assert clean_record(odd) == {("a", 1): "xy", "list": ["ok"]}


def test_clean_text_keeps_emoji_sequences_and_line_breaks() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert clean_text(f"Perhe {family}\nrivi\tkaksi") == f"Perhe {family}\nrivi\tkaksi"
    assert clean_text("Kahvi\u200dtupa \x1b[31mpunainen") == "Kahvitupa [31mpunainen"
    assert clean_text("Ämmän" + HIDDEN + "saari") == "Ämmänsaari"


def test_import_removes_bidi_and_invisible_characters(tmp_home: Path, tmp_path: Path) -> None:
    paths = default_paths()
    services = [dict(s) for s in mini.SERVICES]
    tricky = mini.service("bidi", "Kahvi" + HIDDEN + "tupa",
                          "Soita \u202e7654 321 040\u202c tai \u2066040 123 4567\u2069.",
                          city="Kajaani", lat=64.22, lon=27.73, terms=("mode:in-person",))
    tricky["phones"] = [{"id": "bidi-p", "number": "\u202e7654 321 040\u202c"},
                        {"id": "bidi-p2", "number": "\u2068040\u200b 123 4567\u2069"}]
    services.append(tricky)
    manifest = mini.build(tmp_path / "b", services=services)
    result = import_bundle(paths, tmp_path / "b")
    assert result.services == len(services)
    with LocalDB(paths) as db:
        pointer = db.pointer()
    assert pointer is not None
    conn = sqlite3.connect(paths.data / pointer.file)
    cat.install_codec(conn)
    stored = json.loads(conn.execute(
        "SELECT hd_record(json) FROM records WHERE kind = 'service' AND id = 'bidi'"
    ).fetchone()[0])
    assert stored["name"] == "Kahvitupa"
    assert stored["description"] == "Soita 7654 321 040 tai 040 123 4567."
    assert [p["number"] for p in stored["phones"]] == ["7654 321 040", "040 123 4567"]
    # The catalogue still verifies against what was published.
    assert conn.execute("SELECT value FROM meta WHERE key = 'content_digest'").fetchone()[0] \
        == manifest["content_digest"]
    detail = catalogue_details(conn, ["bidi"])["bidi"]
    assert [p.number for p in detail.phones()] == ["7654 321 040", "040 1234567"]
    html = build_html(Handout(services=[detail], lang="fi"))
    assert "7654&nbsp;321&nbsp;040" in html.replace("\xa0", "&nbsp;")
    assert not any(ch in html for ch in HIDDEN)


def test_local_services_store_e164_and_clean_text(tmp_home: Path) -> None:
    paths = default_paths()
    rec = build_record(LocalServiceInput(
        name="Kylä\u202ekahvila", organization="Kyläyhdistys",
        phone="040 123 4567 / 08 765 432", municipality="Kajaani"))
    assert [p["number"] for p in rec["phones"]] == ["+358401234567", "+3588765432"]
    with LocalDB(paths) as db:
        sid = save_local_service(db, rec)
        details = local_details(db.conn, [sid])
    d = details[sid]
    assert d.name("fi") == "Kyläkahvila"
    assert [p.number for p in d.phones()] == ["040 1234567", "08 765432"]

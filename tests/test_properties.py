"""Property-based tests (Hypothesis, issue 10 item 9): any input is read or refused cleanly.

For the bundle reader, the importer and the spreadsheet reader, a generated input either
reads/imports or is refused with a ``UserError`` (``BundleError`` is one) — never another
exception — and a refused import leaves the current catalogue exactly as it was.

The number of examples comes from the Hypothesis profile (``tests/conftest.py``): ``ci``
(the default, 100 per property, derandomised so CI is repeatable) or ``fuzz`` (``make
fuzz``: thousands per property, new random examples each run, failures saved in
``.hypothesis/`` and replayed first next time).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, event, given
from hypothesis import strategies as st

from hytedesk.base.i18n import UserError
from hytedesk.base.paths import Paths
from hytedesk.bundle import BundleError, validate_bundle
from hytedesk.bundle.digest import canonical_json
from hytedesk.catalogue.importer import import_bundle
from hytedesk.local.localdb import LocalDB
from tests.fixtures import mini
from tests.fixtures.rawbundle import assemble, line, mini_lines

# -- strategies ---------------------------------------------------------------------------------

# Text with everything a hostile file holds: controls, lone surrogates, bidi, NUL.
any_text = st.text(st.characters(blacklist_categories=()), max_size=40)
scalars = (st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70)
           | st.floats(allow_nan=True, allow_infinity=True) | any_text)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(any_text, inner, max_size=4),
    max_leaves=12,
)

SERVICE_FIELDS = ("id", "name", "description", "status", "url", "email", "minimum_age",
                  "maximum_age", "organization", "service_at_locations", "phones",
                  "schedules", "service_areas", "languages", "cost_options", "attributes",
                  "translations", "hytedesk", "assured_date", "extra")
MANIFEST_FIELDS = ("format", "format_version", "kind", "catalogue_id", "version",
                   "base_version", "created", "source", "sample_data", "counts", "files",
                   "content_digest")


def _dump(rec: Any) -> bytes:
    """How a hostile writer might write a line: ASCII escapes (lone surrogates survive),
    NaN allowed, keys sorted or not."""
    return json.dumps(rec, ensure_ascii=True, allow_nan=True).encode() + b"\n"


@st.composite
def service_lines(draw: st.DrawFn) -> bytes:
    rec = json.loads(json.dumps(draw(st.sampled_from(mini.SERVICES))))
    for field in draw(st.lists(st.sampled_from(SERVICE_FIELDS), min_size=1, max_size=3)):
        rec[field] = draw(json_values)
    if draw(st.booleans()):
        return _dump(rec)
    return line(rec) if _serialisable(rec) else _dump(rec)


def _serialisable(rec: Any) -> bool:
    try:
        canonical_json(rec).encode("utf-8")
        return "NaN" not in canonical_json(rec) and "Infinity" not in canonical_json(rec)
    except (UnicodeEncodeError, ValueError):
        return False


@st.composite
def bundles(draw: st.DrawFn) -> dict[str, Any]:
    """A recipe for a bundle: mini's lines with some services changed or replaced by raw
    bytes, and a manifest with some fields replaced."""
    lines = mini_lines()
    for _ in range(draw(st.integers(0, 3))):
        i = draw(st.integers(0, len(lines["service"])))
        new = draw(service_lines() | st.binary(max_size=60).map(lambda b: b + b"\n"))
        lines["service"][i:i + draw(st.integers(0, 1))] = [new]
    edits = draw(st.dictionaries(st.sampled_from(MANIFEST_FIELDS), json_values, max_size=2))
    return {"lines": lines, "edits": edits, "version": draw(st.sampled_from([2, 2, 1, 3]))}


def _write(recipe: dict[str, Any], path: Path) -> Path:
    return assemble(path, recipe["lines"], version=recipe["version"],
                    edit=lambda m: m.update(recipe["edits"]))


@st.composite
def corruptions(draw: st.DrawFn) -> list[tuple[str, int, bytes]]:
    """Byte-level changes to a valid bundle file: overwrite, truncate or insert."""
    return draw(st.lists(st.tuples(st.sampled_from(["set", "cut", "insert"]),
                                   st.integers(0, 40_000), st.binary(min_size=1, max_size=8)),
                         min_size=1, max_size=4))


def _corrupt(data: bytes, changes: list[tuple[str, int, bytes]]) -> bytes:
    for op, pos, blob in changes:
        pos = pos % (len(data) + 1)
        if op == "set":
            data = data[:pos] + blob + data[pos + len(blob):]
        elif op == "cut":
            data = data[:pos]
        else:
            data = data[:pos] + blob + data[pos:]
    return data


@pytest.fixture(scope="module")
def good_bundle(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("good") / "mini-1.hytebundle"
    mini.build(path)
    return path.read_bytes()


# -- the bundle reader ------------------------------------------------------------------------


def _read(path: Path) -> str:
    try:
        validate_bundle(path)
        return "accepted"
    except BundleError as exc:
        assert exc.problems and str(exc)  # a message a user can read
        for p in exc.problems:
            p.text("fi")
            p.text("en")
        return "refused"


@given(recipe=bundles())
def test_reader_reads_or_refuses_generated_bundles(recipe: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        outcome = _read(_write(recipe, Path(tmp) / "b.hytebundle"))
    event(outcome)


@given(changes=corruptions())
def test_reader_reads_or_refuses_corrupted_files(good_bundle: bytes,
                                                 changes: list[tuple[str, int, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "b.hytebundle"
        path.write_bytes(_corrupt(good_bundle, changes))
        event(_read(path))


# -- the importer ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pristine_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A data folder with the mini catalogue version 1 current, copied for each example."""
    home = tmp_path_factory.mktemp("home")
    bundle = home.parent / "mini-1.hytebundle"
    mini.build(bundle)
    import_bundle(_paths(home).ensure(), bundle)
    yield home


def _paths(home: Path) -> Paths:
    return Paths(data=home / "data", cache=home / "cache", logs=home / "logs",
                 config=home / "config")


def _state(paths: Paths) -> tuple[Any, bytes]:
    with LocalDB(paths) as local:
        pointer = local.pointer()
        current = local.current_catalogue_path()
    assert pointer is not None and current is not None
    return (pointer.catalogue_id, pointer.version, pointer.content_digest, pointer.file), \
        current.read_bytes()


def _usable(paths: Paths) -> int:
    with LocalDB(paths) as local:
        current = local.current_catalogue_path()
    assert current is not None
    conn = sqlite3.connect(f"file:{current}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return int(conn.execute("SELECT count(*) FROM services").fetchone()[0])
    finally:
        conn.close()


def _import_keeps_or_replaces(home: Path, bundle: Path) -> str:
    paths = _paths(home)
    before = _state(paths)
    try:
        result = import_bundle(paths, bundle)
    except UserError as exc:
        assert str(exc)
        assert _state(paths) == before  # the current catalogue is exactly as it was
        assert not list(paths.data.glob("*.part*"))
        _usable(paths)
        return "refused"
    if result.already_current:  # the same version and content: nothing to do
        assert _state(paths) == before
        return "already current"
    assert result.services == _usable(paths)
    return "imported"


@given(recipe=bundles())
def test_importer_imports_or_refuses_and_keeps_the_catalogue(pristine_home: Path,
                                                             recipe: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        shutil.copytree(pristine_home, home)
        outcome = _import_keeps_or_replaces(home, _write(recipe, Path(tmp) / "b.hytebundle"))
    event(outcome)


@given(changes=corruptions())
def test_importer_refuses_corrupted_files_and_keeps_the_catalogue(
        pristine_home: Path, good_bundle: bytes, changes: list[tuple[str, int, bytes]]) -> None:
    data = _corrupt(good_bundle, changes)
    assume(data != good_bundle)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        shutil.copytree(pristine_home, home)
        bundle = Path(tmp) / "mini-2.hytebundle"
        bundle.write_bytes(data)
        event(_import_keeps_or_replaces(home, bundle))


# -- the spreadsheet reader --------------------------------------------------------------------

HEADER = ("nimi;järjestäjä;kuvaus;kunta;paikka;osoite;postinumero;viikonpäivä;kellonaika;"
          "puhelin;sähköposti;verkkosivu;hinta;osallistumistapa;kohderyhmä;painopiste;"
          "elämäntilanne;järjestäjän tyyppi;kieli;tarkistettu")
cells = (any_text | st.sampled_from(["ti", "ma, to", "10-12", "13.00–14.00", "Kajaani",
                                      "Kuhmo", "88300", "4", "1, 2", "maksuton", "2 €",
                                      "yhdistys", "fi", "1.10.2026", "paikan päällä",
                                      "https://example.fi", "040 123 4567", ""]))


@st.composite
def sheets(draw: st.DrawFn) -> bytes:
    header = draw(st.sampled_from([HEADER, HEADER.replace(";", ","), "nimi;kunta", ""]))
    sep = ";" if ";" in header or not header else ","
    n = len(header.split(sep)) if header else 3
    rows = draw(st.lists(st.lists(cells, min_size=0, max_size=n + 1), max_size=5))
    quote = draw(st.booleans())
    text = header + "\n" + "\n".join(
        sep.join(('"' + c.replace('"', '""') + '"') if quote else c for c in row)
        for row in rows)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    data = text.encode(encoding, "surrogatepass" if encoding.startswith("utf-8") else "replace")
    if draw(st.booleans()):
        data = data + draw(st.binary(max_size=30))
    return data


@given(data=sheets())
def test_spreadsheet_reads_or_refuses_and_builds_only_what_a_laptop_accepts(
        data: bytes) -> None:
    from hytedesk.bundle import write_bundle
    from tests.admin.conftest import run_build

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "toiminnot.csv"
        src.write_bytes(data)
        try:
            result, services = run_build(src, fmt="spreadsheet")
        except UserError as exc:
            assert str(exc)
            event("refused whole")
            return
        for p in result.problems.errors + result.problems.warnings:
            assert p.text("en")
        if result.blocking or not services:
            event("refused" if result.blocking else "no services")
            return
        event("built and validated")
        # What the admin tool lets through, the laptop's reader accepts.
        out = Path(tmp) / "alue-1.hytebundle"
        write_bundle(out, catalogue_id="alue", version=1, source="t",
                     services=services.values(), taxonomies=result.taxonomies,
                     taxonomy_terms=result.terms, checklists=mini_checklists(result),
                     places=result.places)
        validate_bundle(out)


def mini_checklists(result: Any) -> list[Any]:
    return list(result.checklists)


# -- the depth scan --------------------------------------------------------------------------


def _depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    return 0


tricky_text = st.text(st.sampled_from('[]{}"\\ax'), max_size=12) | any_text
nested = st.recursive(st.none() | tricky_text | st.integers(),
                      lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(tricky_text, inner, max_size=3), max_leaves=40)


@given(value=nested, wrap=st.integers(0, 40), ascii_only=st.booleans())
def test_depth_scan_agrees_with_the_parsed_depth(value: Any, wrap: int,
                                                 ascii_only: bool) -> None:
    """The scan that runs before parsing counts exactly what the parser would nest, even
    with brackets, quotes and backslashes inside strings."""
    from hytedesk.bundle.jsontext import MAX_DEPTH, too_deep

    for _ in range(wrap):
        value = [value]
    raw = json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    assert too_deep(raw) == (_depth(value) > MAX_DEPTH)


def _letter_runs(text: str) -> list[str]:
    """The vocabulary's words by definition: maximal runs of ``str.isalpha`` characters."""
    out, word = [], []
    for ch in text:
        if ch.isalpha():
            word.append(ch)
        elif word:
            out.append("".join(word))
            word = []
    if word:
        out.append("".join(word))
    return out


@given(st.text(alphabet=st.one_of(st.sampled_from("aäöÅ xz9_-.,²½\u0345\u00aa"),
                                  st.characters()), max_size=60))
def test_the_vocabularys_word_split_is_runs_of_letters(text: str) -> None:
    from hytedesk.admin.vocabulary import _WORDS

    assert _WORDS(text) == _letter_runs(text)

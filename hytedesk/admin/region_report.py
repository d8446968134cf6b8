"""The regional report from collected packages: an HTML page, a PDF and CSV files.

For the statutory well-being report and plan: referrals per month and per priority area,
per municipality (per 1,000 residents when a population file is given), outcomes, unmet
needs per municipality and life situation, and the trend against the previous period of
the same length. Every table follows the small-cell rule (``hytedesk.base.disclosure``):
whole months, counts below 5 shown as ``<5``, complementary suppression. Charts are drawn
from the published (suppressed) numbers only; a hidden bar is drawn as a hatched stub.
"""

from __future__ import annotations

import csv
import html
import io
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hytedesk.admin import region
from hytedesk.admin.taxa import fixed_taxonomies
from hytedesk.base import i18n
from hytedesk.base.disclosure import HIDDEN, Table, show, suppress
from hytedesk.base.files import temp_beside, write_atomic

i18n.register(
    {
        "report.title": {"fi": "Alueellinen palveluohjausraportti",
                         "sv": "Regional rapport om servicehandledning",
                         "en": "Regional referral report"},
        "report.period": {"fi": "Ajanjakso {start} – {end}; vertailu {pstart} – {pend}",
                          "sv": "Period {start} – {end}; jämförelse {pstart} – {pend}",
                          "en": "Period {start} – {end}; compared with {pstart} – {pend}"},
        "report.source": {
            "fi": "Lähde: {packages} raportointipakettia {laptops} koneelta. <5 tarkoittaa "
            "piilotettua lukua: alle viiden, tai piilotettu lisäksi, jotta summista ei voi "
            "laskea alle viiden lukua — piilotettu luku voi siis olla myös suurempi.",
            "sv": "Källa: {packages} rapportpaket från {laptops} datorer. <5 betyder ett "
            "dolt antal: under fem, eller dolt dessutom så att ett antal under fem inte kan "
            "räknas fram ur summorna — ett dolt antal kan alltså också vara större.",
            "en": "Source: {packages} report packages from {laptops} laptops. <5 marks a "
            "hidden count: below five, or hidden as well so that a count below five cannot "
            "be worked out from the totals — so a hidden count may also be larger."},
        "report.t.months": {"fi": "Ohjaukset kuukausittain", "sv": "Hänvisningar per månad",
                            "en": "Referrals per month"},
        "report.t.themes": {"fi": "Ohjaukset painopisteittäin",
                            "sv": "Hänvisningar per prioritering",
                            "en": "Referrals per priority area"},
        "report.t.situations": {"fi": "Ohjaukset elämäntilanteittain",
                                "sv": "Hänvisningar per livssituation",
                                "en": "Referrals per life situation"},
        "report.t.municipalities": {"fi": "Ohjaukset kunnittain",
                                    "sv": "Hänvisningar per kommun",
                                    "en": "Referrals per municipality"},
        "report.t.outcomes": {"fi": "Ohjausten tulokset", "sv": "Hänvisningarnas resultat",
                              "en": "Outcomes of referrals"},
        "report.t.unmet": {"fi": "Täyttymättömät tarpeet kunnittain ja elämäntilanteittain",
                           "sv": "Ouppfyllda behov per kommun och livssituation",
                           "en": "Unmet needs per municipality and life situation"},
        "report.t.trend": {"fi": "Muutos edelliseen jaksoon painopisteittäin",
                           "sv": "Förändring mot föregående period per prioritering",
                           "en": "Change from the previous period per priority area"},
        "report.c.month": {"fi": "kuukausi", "sv": "månad", "en": "month"},
        "report.c.value": {"fi": "luokka", "sv": "kategori", "en": "category"},
        "report.c.count": {"fi": "lukumäärä", "sv": "antal", "en": "count"},
        "report.c.total": {"fi": "yhteensä", "sv": "totalt", "en": "total"},
        "report.c.municipality": {"fi": "kunta", "sv": "kommun", "en": "municipality"},
        "report.c.population": {"fi": "asukkaita", "sv": "invånare", "en": "residents"},
        "report.c.per1000": {"fi": "per 1 000 asukasta", "sv": "per 1 000 invånare",
                             "en": "per 1,000 residents"},
        "report.c.current": {"fi": "tämä jakso", "sv": "denna period", "en": "this period"},
        "report.c.previous": {"fi": "edellinen jakso", "sv": "föregående period",
                              "en": "previous period"},
        "report.c.change": {"fi": "muutos", "sv": "förändring", "en": "change"},
        "report.missing": {"fi": "puuttuu", "sv": "saknas", "en": "missing"},
        "report.none": {"fi": "ei tietoja", "sv": "inga uppgifter", "en": "no data"},
        "report.all": {"fi": "kaikki ohjaukset", "sv": "alla hänvisningar",
                       "en": "all referrals"},
        "report.bad_month": {
            "fi": "Kuukausi {value!r} ei kelpaa; käytä muotoa VVVV-KK.",
            "sv": "Månaden {value!r} duger inte; använd formen ÅÅÅÅ-MM.",
            "en": "The month {value!r} is not valid; use YYYY-MM."},
        "report.bad_population": {
            "fi": "{path}:{line}: väkilukutiedostossa pitää olla sarakkeet kuntanumero, "
            "väkiluku, vuosi (esim. 105;2063;2023)",
            "sv": "{path}:{line}: befolkningsfilen ska ha kolumnerna kommunnummer, "
            "invånarantal, år (t.ex. 105;2063;2023)",
            "en": "{path}:{line}: the population file needs the columns municipality code, "
            "population, year (e.g. 105;2063;2023)"},
        "report.unknown_code": {
            "fi": "{path}:{line}: tuntematon kuntanumero {code}",
            "sv": "{path}:{line}: okänt kommunnummer {code}",
            "en": "{path}:{line}: unknown municipality code {code}"},
        "report.written": {"fi": "Raportti kirjoitettu kansioon {path}: {files}",
                           "sv": "Rapporten skrevs till mappen {path}: {files}",
                           "en": "The report was written to {path}: {files}"},
        "report.write_failed": {
            "fi": "Raporttia ei voitu kirjoittaa kansioon {path}: {detail}",
            "sv": "Rapporten kunde inte skrivas till mappen {path}: {detail}",
            "en": "The report could not be written to {path}: {detail}"},
        "report.outcome.reached": {"fi": "pääsi palveluun", "sv": "kom till tjänsten",
                                   "en": "reached the service"},
        "report.outcome.tried-not-in": {"fi": "yritti, ei päässyt",
                                        "sv": "försökte, kom inte in",
                                        "en": "tried, did not get in"},
        "report.outcome.did-not-try": {"fi": "ei yrittänyt", "sv": "försökte inte",
                                       "en": "did not try"},
        "report.outcome.unknown": {"fi": "ei tiedossa", "sv": "okänt", "en": "unknown"},
        "report.outcome.-": {"fi": "ei vielä kirjattu", "sv": "inte registrerat ännu",
                             "en": "not recorded yet"},
    }
)

# Statistics Finland's codes of the municipalities the demo population file names; other
# codes are read from the population file's optional fourth column (the name).
KAINUU = {"105": "Hyrynsalmi", "205": "Kajaani", "290": "Kuhmo", "578": "Paltamo",
          "620": "Puolanka", "697": "Ristijärvi", "765": "Sotkamo", "777": "Suomussalmi"}


@dataclass
class Section:
    key: str  # file stem and message key
    title: str
    header: list[str]
    rows: list[list[str]]
    bars: list[tuple[str, int | None]]  # label, published value (None: hidden)


def _month(value: str) -> str:
    import re

    if not re.fullmatch(r"(19|20)\d\d-(0[1-9]|1[0-2])", value or ""):
        raise i18n.UserError("report.bad_month", value=value)
    return value


def previous_period(start: str, end: str) -> tuple[str, str]:
    def index(m: str) -> int:
        return int(m[:4]) * 12 + int(m[5:]) - 1

    def month(i: int) -> str:
        return f"{i // 12:04d}-{i % 12 + 1:02d}"

    length = index(end) - index(start) + 1
    return month(index(start) - length), month(index(start) - 1)


def month_range(start: str, end: str) -> list[str]:
    """Every month from ``start`` to ``end`` (YYYY-MM, inclusive)."""
    first, last = int(start[:4]) * 12 + int(start[5:]) - 1, int(end[:4]) * 12 + int(end[5:]) - 1
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(first, last + 1)]


def labels(lang: str) -> dict[str, str]:
    """Names of life situations and priority areas in ``lang``, from the admin's own
    taxonomy file."""
    _taxonomies, terms = fixed_taxonomies()
    out = {}
    for term in terms:
        code = str(term.get("code") or "")
        name = (term.get("translations") or {}).get(lang, {}).get("name") or term.get("name")
        if term.get("taxonomy_id") == "hyte-theme":
            out["theme:" + code] = f"{code} {name}"
        elif term.get("taxonomy_id") == "life-situation":
            out["situation:" + code] = str(name)
    return out


def read_population(path: Path) -> dict[str, int]:
    """Municipality name → population from an administrator's CSV (code, population, year
    [, name]); ``;`` or ``,``; a header row is allowed. Saved by Finnish Excel it may be
    UTF-8 with a byte-order mark or Windows-1252, with spaces or no-break spaces between
    the thousands (``2 063``)."""
    out: dict[str, int] = {}
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise i18n.UserError("region.unreadable", path=path,
                             detail=exc.strerror or exc) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    dialect = ";" if text.count(";") >= text.count(",") else ","

    def number(cell: str) -> str:
        return "".join(cell.split())  # str.split also splits at U+00A0 and U+202F

    for line, row in enumerate(csv.reader(io.StringIO(text), delimiter=dialect), 1):
        if not row or not any(c.strip() for c in row):
            continue
        if line == 1 and not number(row[0]).isdigit():
            continue  # the header
        if len(row) < 3 or not number(row[0]).isdigit() or not number(row[1]).isdigit():
            raise i18n.UserError("report.bad_population", path=path, line=line)
        code = number(row[0]).zfill(3)
        name = row[3].strip() if len(row) > 3 and row[3].strip() else KAINUU.get(code)
        if not name:
            raise i18n.UserError("report.unknown_code", path=path, line=line, code=code)
        out[name] = int(number(row[1]))
    return out


def _table_section(key: str, lang: str, table: Table, values: list[str],
                   name: dict[str, str]) -> Section:
    """A period-by-value table as rows: month, value, count, and a total per month."""
    t = i18n.text
    rows, totals = [], {}
    for (month, value), n in sorted(table.cells.items(), key=lambda kv: (str(kv[0][0]),
                                                                          str(kv[0][1]))):
        if value in values:
            rows.append([str(month), name.get(str(value), str(value)), show(n)])
    for month, n in sorted(table.row_totals.items(), key=lambda kv: str(kv[0])):
        rows.append([str(month), t("report.c.total", lang), show(n)])
        totals[str(month)] = n
    bars = [(name.get(str(v), str(v)), table.col_totals.get(v)) for v in values]
    return Section(key, t(f"report.t.{key}", lang),
                   [t("report.c.month", lang), t("report.c.value", lang),
                    t("report.c.count", lang)], rows, bars)


def build_sections(conn: sqlite3.Connection, start: str, end: str, lang: str,
                   population: dict[str, int] | None) -> list[Section]:
    t = i18n.text
    names = labels(lang)
    sections = []
    region.select_current(conn, previous_period(start, end)[0], end)

    # A month some laptop sent a package for but with no referrals made is 0; a month no
    # package covers is "no data" (adding zeros after suppression changes no line's sum).
    reported = {r[0] for r in conn.execute("SELECT DISTINCT period FROM temp.cur")}
    months = region.counts(conn, "referral_counts", "", start, end)
    table = suppress(months)
    m_rows, m_bars = [], []
    for m in month_range(start, end):
        if m in table.row_totals:
            m_rows.append([m, show(table.row_totals[m])])
            m_bars.append((m, table.row_totals[m]))
        elif m in reported:
            m_rows.append([m, "0"])
            m_bars.append((m, 0))
        else:
            m_rows.append([m, t("report.none", lang)])
    sections.append(Section(
        "months", t("report.t.months", lang),
        [t("report.c.month", lang), t("report.c.count", lang)],
        m_rows + [[t("report.c.total", lang), show(table.total if months else 0)]], m_bars))

    themes = region.counts(conn, "theme_counts", "theme", start, end)
    tt = suppress(themes)
    theme_values = sorted({v for _, v in themes})
    sections.append(_table_section("themes", lang, tt, theme_values,
                                   {v: names.get("theme:" + v, v) for v in theme_values}))

    situations = region.counts(conn, "situation_counts", "situation", start, end)
    st = suppress(situations)
    sit_values = sorted({v for _, v in situations})
    sections.append(_table_section("situations", lang, st, sit_values,
                                   {v: names.get("situation:" + v, v) for v in sit_values}))

    per_muni = region.counts(conn, "referral_counts", "", start, end, by_municipality=True)
    mt = suppress(per_muni)
    header = [t("report.c.municipality", lang), t("report.c.count", lang)]
    if population is not None:
        header += [t("report.c.population", lang), t("report.c.per1000", lang)]
    rows, bars = [], []
    for muni, n in sorted(mt.row_totals.items(), key=lambda kv: str(kv[0])):
        row = [str(muni), show(n)]
        if population is not None:
            pop = population.get(str(muni))
            row.append(str(pop) if pop else t("report.missing", lang))
            row.append(f"{1000 * n / pop:.1f}".replace(".", "," if lang != "en" else ".")
                       if (pop and n is not None) else "–")
        rows.append(row)
        bars.append((str(muni), n))
    rows.append([t("report.c.total", lang), show(mt.total)] + (["", ""] if population else []))
    sections.append(Section("municipalities", t("report.t.municipalities", lang), header,
                            rows, bars))

    outcomes = region.counts(conn, "referral_counts", "outcome", start, end)
    ot = suppress(outcomes)
    out_values = sorted({v for _, v in outcomes})
    sections.append(_table_section("outcomes", lang, ot, out_values,
                                   {v: t(f"report.outcome.{v}", lang) for v in out_values}))

    unmet = region.counts(conn, "unmet_counts", "situation", start, end, by_municipality=True)
    ut = suppress(unmet)
    u_rows = [[str(m), names.get("situation:" + str(s), str(s)), show(n)]
              for (m, s), n in sorted(ut.cells.items(), key=lambda kv: (str(kv[0][0]),
                                                                         str(kv[0][1])))
              if unmet.get((str(m), str(s)), 0) > 0]
    u_rows += [[str(m), t("report.c.total", lang), show(n)]
               for m, n in sorted(ut.row_totals.items(), key=lambda kv: str(kv[0]))]
    sections.append(Section("unmet", t("report.t.unmet", lang),
                            [t("report.c.municipality", lang), t("report.c.value", lang),
                             t("report.c.count", lang)], u_rows,
                            [(str(m), n) for m, n in sorted(ut.row_totals.items(),
                                                            key=lambda kv: str(kv[0]))]))

    # The trend's "this period" column is the priority-area table's own column totals
    # (the bars above), hidden where those are hidden; "previous period" is the same
    # column of the previous period's table. Suppressing the two periods as a separate
    # table would hide other cells than the table above and let one give the other away.
    pstart, pend = previous_period(start, end)
    previous = suppress(region.counts(conn, "theme_counts", "theme", pstart, pend))
    known_before = any(pstart <= p <= pend for p in reported)  # else "no data", not 0
    tr_rows, tr_bars = [], []
    for v in sorted(set(theme_values) | {str(c) for c in previous.col_totals}):
        cur = tt.col_totals.get(v, 0)
        prev = previous.col_totals.get(v, 0)
        change = "–" if cur is None or prev is None or not known_before else \
            f"{cur - prev:+d}"
        label = names.get("theme:" + v, v)
        tr_rows.append([label, show(prev) if known_before else t("report.none", lang),
                        show(cur), change])
        tr_bars.append((label, cur))
    sections.append(Section("trend", t("report.t.trend", lang),
                            [t("report.c.value", lang), t("report.c.previous", lang),
                             t("report.c.current", lang), t("report.c.change", lang)],
                            tr_rows, tr_bars))
    return sections


# -- writers -------------------------------------------------------------------------------


def _inert(cell: str) -> str:
    """A cell a spreadsheet will not run as a formula. Names come from packages, which
    anyone holding the region's public key can make, so ``=HYPERLINK(…)`` as a
    municipality must stay text: a leading apostrophe, as Excel itself writes it. Numbers
    and changes (``+3``, ``-2``) are left as they are."""
    if cell[:1] in ("=", "+", "-", "@", "\t", "\r") and not _numeric(cell):
        return "'" + cell
    return cell


def _csv(section: Section, dialect: str) -> bytes:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=";" if dialect == "excel-fi" else ",",
                        lineterminator="\r\n")
    writer.writerow(section.header)
    writer.writerows([[_inert(c) for c in row] for row in section.rows])
    data = buf.getvalue().encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if dialect == "excel-fi" else data


def _svg_bars(bars: list[tuple[str, int | None]]) -> str:
    if not bars:
        return ""
    top = max([n for _, n in bars if n is not None] + [5])
    height = 22 * len(bars) + 10
    parts = [f'<svg class="chart" role="img" width="640" height="{height}" '
             f'viewBox="0 0 640 {height}">']
    for i, (label, n) in enumerate(bars):
        y = 5 + 22 * i
        parts.append(f'<text x="0" y="{y + 14}" font-size="12">{html.escape(label[:38])}</text>')
        if n is None:
            parts.append(f'<rect x="260" y="{y + 3}" width="12" height="14" fill="url(#h)"/>'
                         f'<text x="278" y="{y + 14}" font-size="12">{HIDDEN}</text>')
        else:
            w = int(330 * n / top)
            parts.append(f'<rect x="260" y="{y + 3}" width="{w}" height="14" fill="#1f5f8b"/>'
                         f'<text x="{264 + w}" y="{y + 14}" font-size="12">{n}</text>')
    parts.insert(1, '<defs><pattern id="h" width="4" height="4" patternUnits="userSpaceOnUse">'
                    '<path d="M0,4 l4,-4" stroke="#555"/></pattern></defs>')
    parts.append("</svg>")
    return "".join(parts)


def write_html(sections: list[Section], title: str, subtitle: list[str], lang: str) -> str:
    e = html.escape
    out = [f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
           f"<title>{e(title)}</title><style>body{{font-family:sans-serif;max-width:900px;"
           "margin:2em auto;color:#111}table{border-collapse:collapse;margin:.5em 0 1.5em}"
           "td,th{border:1px solid #999;padding:3px 8px;text-align:left}"
           "td:last-child{text-align:right}</style></head><body>",
           f"<h1>{e(title)}</h1>"]
    out += [f"<p>{e(line)}</p>" for line in subtitle]
    for s in sections:
        out.append(f'<h2 id="{s.key}">{e(s.title)}</h2>')
        out.append(_svg_bars(s.bars))
        out.append("<table><thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in s.header)
                   + "</tr></thead><tbody>")
        for row in s.rows:
            out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
        out.append("</tbody></table>")
    out.append("</body></html>\n")
    return "\n".join(out)


def _numeric(cell: str) -> bool:
    return cell in (HIDDEN, "–") or cell.lstrip("+-").replace(",", "").replace(".", "") \
        .isdigit()


def write_pdf(sections: list[Section], title: str, subtitle: list[str], path: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    font = "Helvetica"
    for folder in ("/usr/share/fonts/truetype/dejavu", "C:/Windows/Fonts"):
        regular = Path(folder) / ("DejaVuSans.ttf" if "dejavu" in folder else "arial.ttf")
        bold = Path(folder) / ("DejaVuSans-Bold.ttf" if "dejavu" in folder else "arialbd.ttf")
        if regular.is_file() and bold.is_file():
            pdf.add_font("Body", "", str(regular))
            pdf.add_font("Body", "B", str(bold))
            font = "Body"
            break

    def clean(text: str) -> str:
        if font == "Body":
            return text
        return text.replace("–", "-").replace("…", "...").encode(
            "latin-1", "replace").decode("latin-1")

    def fit(text: str, width: float) -> str:
        """``text`` shortened with "…" to fit ``width`` mm at the current font (long
        Finnish names ran into the next cell)."""
        text = clean(text)
        if pdf.get_string_width(text) <= width - 2:
            return text
        ellipsis = clean("…")
        while text and pdf.get_string_width(text + ellipsis) > width - 2:
            text = text[:-1]
        return text.rstrip() + ellipsis

    pdf.add_page()
    pdf.set_font(font, "B", 16)
    pdf.multi_cell(0, 8, clean(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(font, "", 10)
    for line in subtitle:
        pdf.multi_cell(0, 5, clean(line), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for s in sections:
        needed = 14 + 6 * (len(s.bars) + len(s.rows))
        if pdf.get_y() + min(needed, 120) > pdf.h - 20:
            pdf.add_page()
        pdf.ln(4)
        pdf.set_font(font, "B", 12)
        pdf.multi_cell(0, 7, clean(s.title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font(font, "", 9)
        top = max([n for _, n in s.bars if n is not None] + [5])
        for label, n in s.bars:
            if pdf.get_y() > pdf.h - 25:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(70, 5, fit(label, 72))
            if n is None:
                pdf.set_fill_color(170, 170, 170)
                pdf.rect(pdf.l_margin + 72, y + 1, 4, 3.5, style="F")
                pdf.set_xy(pdf.l_margin + 78, y)
                pdf.cell(20, 5, HIDDEN)
            else:
                w = 90 * n / top
                pdf.set_fill_color(31, 95, 139)
                if w > 0:
                    pdf.rect(pdf.l_margin + 72, y + 1, w, 3.5, style="F")
                pdf.set_xy(pdf.l_margin + 74 + w, y)
                pdf.cell(20, 5, str(n))
            pdf.ln(5)
        pdf.ln(2)
        # Columns of numbers are narrow; the columns of names share the rest.
        numbers = [i > 0 and all(_numeric(row[i]) or row[i] == "" for row in s.rows)
                   for i in range(len(s.header))]
        names_width = (pdf.w - 2 * pdf.l_margin - 38.0 * sum(numbers)) / \
            max(1, len(numbers) - sum(numbers))
        widths = [38.0 if n else names_width for n in numbers]
        pdf.set_font(font, "B", 9)
        for w, h in zip(widths, s.header, strict=True):
            pdf.cell(w, 6, fit(h, w), border=1)
        pdf.ln(6)
        pdf.set_font(font, "", 9)
        for row in s.rows:
            if pdf.get_y() > pdf.h - 20:
                pdf.add_page()
            for i, (w, c) in enumerate(zip(widths, row, strict=True)):
                pdf.cell(w, 5.5, fit(c, w), border=1,
                         align="R" if i > 0 and _numeric(c) else "L")
            pdf.ln(5.5)
    pdf.output(str(path))


def report(db: Path, start: str, end: str, out: Path, *, lang: str,
           population: Path | None = None) -> list[Path]:
    """Writes report.html, report.pdf and two CSV files per table into ``out``."""
    start, end = _month(start), _month(end)
    if end < start:
        start, end = end, start
    pop = read_population(population) if population else None
    conn = region.open_region_db(db)
    try:
        sections = build_sections(conn, start, end, lang, pop)
        row = conn.execute("SELECT count(*), count(DISTINCT installation_id) FROM "
                           "current_packages WHERE period BETWEEN ? AND ?",
                           (start, end)).fetchone()
    finally:
        conn.close()
    pstart, pend = previous_period(start, end)
    title = i18n.text("report.title", lang)
    subtitle = [i18n.text("report.period", lang, start=start, end=end, pstart=pstart,
                          pend=pend),
                i18n.text("report.source", lang, packages=row[0], laptops=row[1])]
    written = []
    try:
        out.mkdir(parents=True, exist_ok=True)
        target = out / "report.html"
        write_atomic(target, write_html(sections, title, subtitle, lang))
        written.append(target)
        pdf = out / "report.pdf"
        with temp_beside(pdf) as temp:
            write_pdf(sections, title, subtitle, temp)
        written.append(pdf)
        for s in sections:
            for dialect, suffix in (("excel-fi", ".excel.csv"), ("rfc4180", ".csv")):
                target = out / f"{s.key}{suffix}"
                write_atomic(target, _csv(s, dialect))
                written.append(target)
    except OSError as exc:
        raise i18n.UserError("report.write_failed", path=out,
                             detail=exc.strerror or exc) from exc
    return written


def published_counts(section: Section) -> dict[str, str]:
    """Label → published count of a section's bars (for tests and summaries)."""
    return {label: show(n) for label, n in section.bars}


def sections_for(db: Path, start: str, end: str, lang: str = "en",
                 population: dict[str, int] | None = None) -> dict[str, Section]:
    conn = region.open_region_db(db)
    try:
        return {s.key: s for s in build_sections(conn, start, end, lang, population)}
    finally:
        conn.close()


__all__: list[Any] = ["report", "sections_for", "published_counts", "previous_period"]

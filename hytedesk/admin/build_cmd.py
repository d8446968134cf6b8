"""``hytedesk-admin build`` and ``hytedesk-admin validate``."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

from hytedesk.admin import messages as _messages  # noqa: F401  (registers the messages)
from hytedesk.admin.build import FORMATS, Blocked, Builder, Options, Report, Result, build
from hytedesk.admin.cli import add_lang, guard
from hytedesk.admin.context import Ctx, Skipped
from hytedesk.admin.problems import Problems
from hytedesk.base import i18n
from hytedesk.base.files import write_atomic
from hytedesk.base.i18n import UserError
from hytedesk.bundle.errors import BundleError, Problem

_CATALOGUE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
WARNINGS_PRINTED_BY_BUILD = 20


def register(subparsers: Any) -> None:
    b = subparsers.add_parser(
        "build",
        help="build a catalogue bundle from PTV, HSDS and spreadsheet sources",
        description="Build a catalogue bundle from PTV JSON, HSDS (JSON or data package) "
        "and spreadsheet (CSV) sources. Nothing is written when a blocking problem is found.",
    )
    b.add_argument("sources", nargs="+", type=Path, metavar="SOURCE")
    b.add_argument("-o", "--output", type=Path, required=True, metavar="OUT",
                   help="the bundle to write (e.g. kainuu-3.hytebundle)")
    _common(b)
    b.add_argument("--catalogue-id", help="catalogue id (default: the previous bundle's, "
                   "else from the output name)")
    b.add_argument("--version", type=int, help="catalogue version (default: previous + 1, or 1)")
    b.add_argument("--source", dest="source_text", help="who built it, from what "
                   "(the manifest's source)")
    b.add_argument("--sample-data", action="store_true",
                   help="mark the catalogue as containing invented entries")
    b.add_argument("--field", type=Path, metavar="REGION_DB",
                   help="add the field's wrong-entry reports and proposed local services "
                   "(hytedesk-admin collect) to the build report")
    b.set_defaults(func=guard(run_build))

    v = subparsers.add_parser(
        "validate",
        help="check sources or a bundle without writing anything",
        description="Check sources or a bundle: the build's own steps and problems, with "
        "nothing written. Exit status 0 only when nothing blocks.",
    )
    v.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    _common(v)
    v.add_argument("--catalogue-id", help=argparse.SUPPRESS)
    v.set_defaults(func=guard(run_validate))


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=FORMATS, dest="fmt",
                   help="the format of every source (default: recognised from each file)")
    p.add_argument("--checklists", type=Path, metavar="FILE",
                   help="checklists (JSON or JSON Lines; default: the demo catalogue's)")
    p.add_argument("--places", type=Path, metavar="FILE",
                   help="places (JSON or JSON Lines; default: the demo catalogue's)")
    p.add_argument("--mapping", type=Path, metavar="FILE",
                   help="PTV → priority area / life situation mapping "
                   "(default: hytedesk/resources/admin/ptv-mapping.csv)")
    p.add_argument("--vocabulary", type=Path, metavar="FILE",
                   help="search vocabulary CSV: term,language,means (default: "
                   "hytedesk/resources/admin/search-vocabulary.csv)")
    p.add_argument("--previous", type=Path, metavar="BUNDLE",
                   help="the previous full bundle: check the new version against it (build: "
                   "also write a delta for laptops' USB updates)")
    p.add_argument("--skip-invalid", action="store_true",
                   help="leave out (and list) every record with a blocking problem instead of "
                   "stopping")
    add_lang(p)
    p.add_argument("--today", type=date.fromisoformat, default=None, help=argparse.SUPPRESS)


# --- printing -------------------------------------------------------------------------


def _print_problems(problems: Problems, lang: str, *, max_warnings: int | None) -> None:
    """Problems go to stderr (the summary to stdout), so ``2>problems.txt`` keeps them."""
    out = sys.stderr
    if problems.error_count:
        print(i18n.text("admin.out.errors", count=problems.error_count), file=out)
        for p in problems.errors:
            print("  " + p.text(lang), file=out)
        if problems.error_count > len(problems.errors):
            print("  " + i18n.text("admin.out.more",
                                   count=problems.error_count - len(problems.errors)), file=out)
    if problems.warning_count:
        print(i18n.text("admin.out.warnings", count=problems.warning_count), file=out)
        shown = problems.warnings if max_warnings is None else problems.warnings[:max_warnings]
        for p in shown:
            print("  " + p.text(lang), file=out)
        if problems.warning_count > len(shown):
            print("  " + i18n.text("admin.out.more", count=problems.warning_count - len(shown)),
                  file=out)


def skipped_lines(skipped: list[Skipped], lang: str) -> list[str]:
    """Each record left out: source and row (or PTV id), field, problem."""
    out = []
    for s in skipped:
        # A spreadsheet row is known by its number; a generated sheet id says nothing.
        shown_id = s.rid if s.rid and not s.rid.startswith("sheet:") else None
        where = f"{s.file}:{s.line}" + (f" ({shown_id})" if shown_id else "")
        if not s.problems:
            out.append(f"  {where}")
        for p in s.problems:
            out.append(f"  {where}: {p.field}: {p.message(lang)}" if p.field
                       else f"  {where}: {p.message(lang)}")
    return out


def _print_skipped(ctx: Ctx, lang: str) -> None:
    if ctx.stats.invalid_skipped:
        print(i18n.text("admin.out.skipped", lang, count=ctx.stats.invalid_skipped),
              file=sys.stderr)
        for line in skipped_lines(ctx.skipped, lang):
            print(line, file=sys.stderr)


def report_text(report: Report, problems: Problems, catalogue: str, version: int,
                lang: str) -> str:
    t = i18n.text
    lines = [t("admin.rep.title", lang, catalogue=catalogue, version=version), ""]
    lines.append(t("admin.rep.services", lang, count=report.services))
    lines.append(t("admin.rep.per_source", lang))
    lines += [f"  {src}: {n}" for src, n in sorted(report.per_source.items())]
    if report.skipped:
        lines.append(t("admin.rep.skipped", lang))
        lines += [f"  {why}: {n}" for why, n in sorted(report.skipped.items())]
    if report.invalid:
        lines.append(t("admin.out.skipped", lang, count=len(report.invalid)))
        lines += skipped_lines(report.invalid, lang)
    if report.former:
        lines.append(t("admin.rep.former", lang))
        lines += [f"  {note}" for note in report.former]
    lines.append(t("admin.rep.merged", lang, count=report.merged_count))
    lines += [f"  {rid}" for rid in report.merged]
    lines.append(t("admin.rep.duplicates", lang, count=report.duplicate_count))
    lines += ["  " + " = ".join(g) for g in report.duplicates]
    lines.append(t("admin.rep.without_theme", lang, count=report.without_theme_count))
    lines += [f"  {rid}" for rid in report.without_theme]
    lines.append(t("admin.rep.without_coords", lang, count=report.without_coordinates_count))
    lines += [f"  {rid}" for rid in report.without_coordinates]
    lines.append(t("admin.rep.per_mode", lang))
    lines += [f"  {t('admin.mode.' + m, lang)}: {n}" for m, n in sorted(report.per_mode.items())]
    lines.append(t("admin.rep.per_municipality", lang))
    lines += [f"  {m}: {n}" for m, n in sorted(report.per_municipality.items())]
    lines.append(t("admin.rep.gaps", lang, count=len(report.gaps)))
    lines += [f"  {m}: {', '.join(x.split(':')[1] for x in missing)}"
              for m, missing in report.gaps.items()]
    if problems.warning_kinds:
        lines.append(t("admin.rep.warning_kinds", lang))
        lines += [f"  {k}: {n}" for k, n in problems.warning_kinds.most_common()]
    lines.append("")
    lines.append(t("admin.out.warnings", lang, count=problems.warning_count))
    lines += ["  " + p.text(lang) for p in problems.warnings]
    return "\n".join(lines) + "\n"


def _summary(report: Report, lang: str) -> None:
    t = i18n.text
    print(t("admin.rep.services", lang, count=report.services))
    for src, n in sorted(report.per_source.items()):
        print(f"  {src}: {n}")
    if report.skipped:
        print(t("admin.rep.skipped", lang) + " " + ", ".join(
            f"{why} {n}" for why, n in sorted(report.skipped.items())))
    print(t("admin.rep.merged", lang, count=report.merged_count))
    print(t("admin.rep.duplicates", lang, count=report.duplicate_count))
    print(t("admin.rep.without_theme", lang, count=report.without_theme_count))
    print(t("admin.rep.without_coords", lang, count=report.without_coordinates_count))
    print(t("admin.rep.per_mode", lang) + " " + ", ".join(
        f"{t('admin.mode.' + m, lang)} {n}" for m, n in sorted(report.per_mode.items())))
    print(t("admin.rep.gaps", lang, count=len(report.gaps)))


# --- build ----------------------------------------------------------------------------


def _write_atomic(path: Path, text: str) -> None:
    write_atomic(path, text)


def _catalogue_id(args: argparse.Namespace, previous: dict[str, Any] | None) -> str:
    if args.catalogue_id:
        cid = str(args.catalogue_id)
    elif previous is not None:
        cid = str(previous["catalogue_id"])
    else:
        stem = args.output.name.split(".")[0].lower()
        cid = re.sub(r"-\d+$", "", re.sub(r"[^a-z0-9-]+", "-", stem)).strip("-")
    if not _CATALOGUE_ID.match(cid):
        raise UserError("admin.bad_catalogue_id", value=cid)
    return cid


def _previous(args: argparse.Namespace, out: Path | None) -> tuple[str | None, int, Any]:
    """(catalogue id, version, previous manifest) checked as the build checks them."""
    from hytedesk.bundle import read_manifest

    previous: dict[str, Any] | None = None
    if args.previous is not None:
        try:
            previous = read_manifest(args.previous)
        except BundleError as exc:
            raise UserError("admin.bad_bundle", error=str(exc.problems[0])) from None
    catalogue_id = _catalogue_id(args, previous) if out is not None or args.catalogue_id or \
        previous is not None else None
    if previous is not None and previous["catalogue_id"] != catalogue_id:
        raise UserError("admin.previous_other", other=previous["catalogue_id"],
                        catalogue=catalogue_id)
    version = getattr(args, "version", None) or (int(previous["version"]) + 1 if previous
                                                 else 1)
    if out is not None and args.previous is not None and \
            args.previous.resolve() == out.resolve():
        raise UserError("admin.previous_same", path=str(out))
    if previous is not None and version <= int(previous["version"]):
        raise UserError("admin.previous_version", version=version, previous=previous["version"])
    return catalogue_id, version, previous


def _options(args: argparse.Namespace, sources: list[Path], scratch: Path | None) -> Options:
    """The build's options; ``validate`` passes the same ones."""
    return Options(sources=sources, fmt=args.fmt, checklists=args.checklists,
                   places=args.places, mapping=args.mapping, skip_invalid=args.skip_invalid,
                   today=args.today or date.today(), vocabulary=args.vocabulary,
                   scratch_dir=scratch)


def run_build(args: argparse.Namespace) -> int:
    return _build_or_check(args, list(args.sources), args.output)


def _build_or_check(args: argparse.Namespace, sources: list[Path], out: Path | None) -> int:
    """``build`` (``out`` given) and ``validate`` (``out`` None): the same reading,
    checking, skipping and counting; only ``build`` writes."""
    from hytedesk.bundle import BundleReader, validate_bundle, write_bundle, write_delta

    lang = i18n.language()
    if out is not None:
        if out.is_dir():
            raise UserError("admin.out_exists_dir", path=str(out))
        if not out.resolve().parent.is_dir():
            raise UserError("admin.out_dir_missing", path=str(out.resolve().parent))
    catalogue_id, version, previous = _previous(args, out)
    # Beside the output: the same disk, and no small /tmp to fill.
    result, builder, tmp = build(_options(args, sources,
                                          out.resolve().parent if out is not None else None))
    try:
        manifest: dict[str, Any] | None = None
        if out is None or result.blocking_before_services:
            # Validating, or a source could not be read: the same checks, nothing written.
            for _rec in builder.services():
                pass
        else:
            assert catalogue_id is not None
            source_text = args.source_text or "hytedesk-admin build: " + ", ".join(
                p.name for p in sources)
            # Written aside and read back with the laptop's reader before it takes the
            # output's name: what a laptop would refuse is never left as a bundle.
            unverified = out.with_name(f".{out.name}.unverified")
            try:
                manifest = write_bundle(
                    unverified, catalogue_id=catalogue_id, version=version,
                    source=source_text,
                    # Invented entries in any source make the whole catalogue sample data.
                    sample_data=bool(args.sample_data) or result.ctx.stats.sample > 0,
                    services=builder.services(abort_when_blocking=True),
                    taxonomies=result.taxonomies, taxonomy_terms=result.terms,
                    checklists=result.checklists, places=result.places,
                    search_terms=builder.search_terms(),
                )
                validate_bundle(unverified)
                os.replace(unverified, out)
            except Blocked:
                manifest = None
            except BundleError as exc:
                manifest = None
                result.problems.add_errors(
                    [Problem(str(out) + ":" + p.member, p.line, p.field, p.key, p.params)
                     for p in exc.problems])
            finally:
                unverified.unlink(missing_ok=True)
        result.report.invalid = list(result.ctx.skipped)
        _print_problems(result.problems, lang, max_warnings=WARNINGS_PRINTED_BY_BUILD)
        _print_skipped(result.ctx, lang)
        _summary(result.report, lang)
        print(i18n.text("admin.out.summary", services=result.report.services,
                        errors=result.problems.error_count - result.ctx.forgiven,
                        warnings=result.problems.warning_count))
        if out is None:
            if result.blocking:
                print(i18n.text("admin.out.not_valid"))
                return 2
            print(i18n.text("admin.out.valid"))
            return 0
        if manifest is None:
            print(i18n.text("admin.out.not_written"))
            return 2
        assert catalogue_id is not None
        _write_reports(out, result, catalogue_id, version, lang, args.field)
        print(i18n.text("admin.out.written", path=str(out), version=version,
                        services=manifest["counts"]["services"],
                        digest=manifest["content_digest"]))
        if previous is not None:
            delta = out.parent / f"{catalogue_id}-{previous['version']}-to-{version}.hytebundle"
            dm = write_delta(args.previous, out, delta)
            # Catalogue records only: the search vocabulary's word forms follow the words
            # of the services and change with them.
            upserts = sum(v for k, v in dm["counts"].items()
                          if k not in ("deletions", "search_terms"))
            with BundleReader(delta) as reader:
                deletions = sum(1 for _n, rec, _r in reader.deletions()
                                if rec["kind"] != "search_term")
            print(i18n.text("admin.out.delta", path=str(delta), upserts=upserts,
                            deletions=deletions))
        print(i18n.text("admin.out.report", path=str(_report_path(out, ".txt"))))
        return 0
    finally:
        builder.close()
        tmp.cleanup()


def _report_path(out: Path, suffix: str) -> Path:
    stem = out.name[: -len(".hytebundle")] if out.name.endswith(".hytebundle") else out.name
    return out.with_name(f"{stem}.report{suffix}")


def _write_reports(out: Path, result: Result, catalogue_id: str, version: int,
                   lang: str, field_db: Path | None = None) -> None:
    data = result.report.as_json()
    data["catalogue_id"] = catalogue_id
    data["version"] = version
    data["errors"] = result.problems.error_count
    data["warnings"] = {
        "count": result.problems.warning_count,
        "by_kind": dict(result.problems.warning_kinds.most_common()),
        "listed": [p.text(lang) for p in result.problems.warnings],
    }
    _write_atomic(_report_path(out, ".json"),
                  json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    text = report_text(result.report, result.problems, catalogue_id, version, lang)
    if field_db is not None:  # the field's reports and proposals (hytedesk-admin collect)
        from hytedesk.admin.region_cmd import field_lines

        field = field_lines(field_db, lang)
        text += "\n" + "\n".join(field) + "\n"
        print("\n".join(line for line in field if not line.startswith("    ")))
    _write_atomic(_report_path(out, ".txt"), text)


# --- validate -------------------------------------------------------------------------


def _is_bundle(path: Path) -> bool:
    if path.is_dir():
        return (path / "manifest.json").exists()
    return path.suffix == ".hytebundle"


def run_validate(args: argparse.Namespace) -> int:
    """Bundles are checked as a laptop checks them; sources exactly as ``build`` reads them
    (the same options, problems and counts), without writing."""
    from hytedesk.bundle import validate_bundle

    lang = i18n.language()
    bundles = [p for p in args.paths if _is_bundle(p)]
    sources = [p for p in args.paths if not _is_bundle(p)]
    blocking = False
    for path in bundles:
        try:
            manifest = validate_bundle(path)
        except BundleError as exc:
            blocking = True
            print(i18n.text("admin.out.errors", count=len(exc.problems)), file=sys.stderr)
            for p in exc.problems:
                print("  " + Problem(str(path) + ":" + p.member, p.line, p.field, p.key,
                                     p.params).text(lang), file=sys.stderr)
            continue
        print(i18n.text("admin.out.bundle_ok", path=str(path), version=manifest["version"],
                        services=manifest["counts"].get("services", 0)))
    if sources:
        blocking = _build_or_check(args, sources, None) != 0 or blocking
    elif blocking:
        print(i18n.text("admin.out.not_valid"))
    return 2 if blocking else 0


__all__ = ["Builder", "register", "run_build", "run_validate"]

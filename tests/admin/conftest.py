"""Helpers for the admin tool's tests: fixture files, in-process builds, CLI subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from hytedesk.admin.build import Options, Result, build

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PTV = FIXTURES / "ptv"
REPO = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 28)


def run_build(*sources: Path, **kw: Any) -> tuple[Result, dict[str, dict[str, Any]]]:
    """Builds in process (no bundle written); returns the result and the services by id."""
    opts = Options(sources=list(sources), need_defaults=False, today=TODAY, **kw)
    result, builder, tmp = build(opts)
    try:
        services = {rec["id"]: rec for rec in builder.services()}
    finally:
        builder.close()
        tmp.cleanup()
    return result, services


def ptv_sources() -> list[Path]:
    return [PTV / "services.json", PTV / "channels.json", PTV / "organizations.json"]


def terms(rec: dict[str, Any]) -> set[str]:
    return {a["taxonomy_term_id"] for a in rec.get("attributes", [])}


def texts(problems: list[Any]) -> list[str]:
    return [p.text("en") for p in problems]


def admin(*args: str | Path, env: dict[str, str] | None = None,
          cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Runs ``hytedesk-admin`` in a real subprocess."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "hytedesk.admin.main", *map(str, args)],
        capture_output=True, text=True, env=full_env, cwd=cwd or REPO, timeout=300,
    )


def app(*args: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    """Runs the desktop app's command line (``hytedesk``) in a real subprocess."""
    env = {**os.environ, "HYTEDESK_HOME": str(home), "HYTEDESK_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "hytedesk.commands.main", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=300)


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


@pytest.fixture
def ptv_services() -> Iterator[dict[str, dict[str, Any]]]:
    _result, services = run_build(*ptv_sources())
    yield services

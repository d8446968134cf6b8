"""Fixtures of the region tests: laptop homes with recorded referrals, the region's key,
and a real nginx on 127.0.0.1 that accepts PUT (installed by scripts/system-deps.sh)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from hytedesk.admin.main import main as admin_main
from hytedesk.base.paths import Paths, default_paths
from hytedesk.catalogue.importer import import_bundle
from hytedesk.local.localdb import LocalDB
from hytedesk.referrals.model import ClientContext, Referral, ServiceRef, UnmetNeed
from hytedesk.referrals.store import record_outcome, save_referral
from tests.referrals import fixture


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Nginx:
    url: str
    root: Path  # the upload folder on the server's disk


@pytest.fixture
def nginx(tmp_path: Path) -> Iterator[Nginx]:
    """nginx from Debian's packages with ``dav_methods PUT``, on a free loopback port."""
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(binary).exists():
        pytest.fail("nginx is not installed: run scripts/system-deps.sh (make test does)")
    prefix = tmp_path / "nginx"
    root = prefix / "www" / "upload"
    for d in (root, prefix / "logs", prefix / "tmp"):
        d.mkdir(parents=True)
    port = free_port()
    user = "user root;" if os.geteuid() == 0 else ""
    conf = prefix / "nginx.conf"
    conf.write_text(f"""
{user}
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/logs/error.log;
events {{ worker_connections 64; }}
http {{
    access_log {prefix}/logs/access.log;
    client_body_temp_path {prefix}/tmp;
    client_max_body_size 10m;
    server {{
        listen 127.0.0.1:{port};
        root {prefix}/www;
        location /upload/ {{
            dav_methods PUT;
            create_full_put_path on;
            dav_access user:rw;
        }}
    }}
}}
""")
    proc = subprocess.Popen([binary, "-p", str(prefix), "-c", str(conf), "-g", "daemon off;"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 20
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                err = proc.stderr.read().decode() if proc.stderr else ""
                pytest.fail(f"nginx did not start: {err}")
            time.sleep(0.05)
    try:
        yield Nginx(f"http://127.0.0.1:{port}/upload/", root)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def region_key(tmp_path: Path) -> tuple[Path, str]:
    """The region's private key file and its public key, made by the admin command."""
    key = tmp_path / "coordinator" / "region-key.txt"
    assert admin_main(["region-key", "-o", str(key), "--lang", "en"]) == 0
    public = next(line.split(": ", 1)[1] for line in key.read_text().splitlines()
                  if line.startswith("# public key: "))
    return key, public


def laptop_home(root: Path, monkeypatch: pytest.MonkeyPatch, recipient: str) -> Paths:
    """A laptop's home with the referral test catalogue and the region's key set."""
    monkeypatch.setenv("HYTEDESK_HOME", str(root))
    paths = default_paths().ensure()
    bundle = root.parent / f"{root.name}-catalogue.hytebundle"
    fixture.build(bundle)
    import_bundle(paths, bundle)
    with LocalDB(paths) as local:
        local.set("upload.recipients", [recipient])
    return paths


def record(paths: Paths, day: date, items: tuple[str, ...], muni: str, *,
           unmet: tuple[str, ...] = (), outcome: str | None = None,
           age: str = "75+") -> int:
    with LocalDB(paths) as local:
        rid = save_referral(local, Referral(
            context=ClientContext(age_band=age, municipality=muni),
            staff_service_area="home-care", items=items, themes=("4",),
            chosen=[ServiceRef("vertais", "Leskien vertaistukiryhmä")],
            unmet=[UnmetNeed(u, "4", muni) for u in unmet]), today=day)
        if outcome:
            record_outcome(local, rid, outcome)
    return rid

"""An administrator's installer preset: the region's settings baked into a build.

A preset is a TOML file (``packaging/preset.example.toml`` documents every key). The build
validates it strictly — one line per problem, each naming the key — and copies it, with
the files it names, into the build as ``resources/preset/``. At the first start the app
applies it (``first_start``): settings the user has not set yet, the trusted root metadata
as the sync trust anchor, and the initial catalogue instead of the demo one.

Core module: no Qt. ``tomllib`` reads, a small writer below writes the staged copy.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hytedesk.base import i18n
from hytedesk.base.files import copy_atomic, write_atomic
from hytedesk.base.i18n import UserError
from hytedesk.base.paths import Paths, resources_dir

PRESET_DIR = "preset"
PRESET_NAME = "preset.toml"
STAFF_AREAS = ("home-care", "day-activities", "health-services", "social-family", "other")
LANGUAGES = ("fi", "sv", "en")

i18n.register(
    {
        "preset.problems": {
            "fi": "Esiasetustiedostossa on {count} virhettä:\n{lines}",
            "sv": "Förinställningsfilen har {count} fel:\n{lines}",
            "en": "The preset has {count} problems:\n{lines}",
        },
        "preset.unreadable": {
            "fi": "{file}: tiedostoa ei voi lukea: {detail}",
            "sv": "{file}: filen kan inte läsas: {detail}",
            "en": "{file}: cannot read the file: {detail}",
        },
        "preset.syntax": {
            "fi": "{file}: ei kelvollista TOML:ia: {detail}",
            "sv": "{file}: inte giltig TOML: {detail}",
            "en": "{file}: not valid TOML: {detail}",
        },
        "preset.unknown_key": {
            "fi": "{file}: {key}: tuntematon avain (sallitut: {known})",
            "sv": "{file}: {key}: okänd nyckel (tillåtna: {known})",
            "en": "{file}: {key}: unknown key (allowed: {known})",
        },
        "preset.missing_key": {
            "fi": "{file}: {key}: pakollinen avain puuttuu ({what})",
            "sv": "{file}: {key}: obligatorisk nyckel saknas ({what})",
            "en": "{file}: {key}: required key is missing ({what})",
        },
        "preset.wrong_type": {
            "fi": "{file}: {key}: väärä tyyppi: odotettiin {expected}, saatiin {got}",
            "sv": "{file}: {key}: fel typ: väntade {expected}, fick {got}",
            "en": "{file}: {key}: wrong type: expected {expected}, got {got}",
        },
        "preset.bad_value": {
            "fi": "{file}: {key}: virheellinen arvo {value}: {detail}",
            "sv": "{file}: {key}: ogiltigt värde {value}: {detail}",
            "en": "{file}: {key}: invalid value {value}: {detail}",
        },
        "preset.missing_file": {
            "fi": "{file}: {key}: tiedostoa ei löydy: {path}",
            "sv": "{file}: {key}: filen finns inte: {path}",
            "en": "{file}: {key}: file not found: {path}",
        },
        "preset.not_https": {
            "fi": "{file}: {key}: osoite {url} ei ala https:// (http vain valitsimella --dev "
            "kehityskäyttöön)",
            "sv": "{file}: {key}: adressen {url} börjar inte med https:// (http bara med "
            "--dev för utveckling)",
            "en": "{file}: {key}: the URL {url} does not start with https:// (plain http only "
            "with --dev, for development)",
        },
        "preset.bad_root": {
            "fi": "{file}: {key}: {path} ei ole kelvollinen TUF-juurimetatieto: {detail}",
            "sv": "{file}: {key}: {path} är inte giltig TUF-rotmetadata: {detail}",
            "en": "{file}: {key}: {path} is not valid TUF root metadata: {detail}",
        },
        "preset.unverified": {
            "fi": "{file}: {key}: luettelo {path} ei läpäise tarkistusta juurta {root} "
            "vasten: {detail}",
            "sv": "{file}: {key}: katalogen {path} verifieras inte mot roten {root}: {detail}",
            "en": "{file}: {key}: the catalogue {path} does not verify against the root "
            "{root}: {detail}",
        },
        "preset.bad_catalogue": {
            "fi": "{file}: {key}: {path} ei ole kelvollinen luettelopaketti: {detail}",
            "sv": "{file}: {key}: {path} är inte ett giltigt katalogpaket: {detail}",
            "en": "{file}: {key}: {path} is not a valid catalogue bundle: {detail}",
        },
        "preset.unknown_municipality": {
            "fi": "{file}: {key}: kuntaa {value} ei ole alkuperäisessä luettelossa",
            "sv": "{file}: {key}: kommunen {value} finns inte i den första katalogen",
            "en": "{file}: {key}: the municipality {value} is not in the initial catalogue",
        },
        "preset.offline_expiry": {
            "fi": "{file}: {key}: allekirjoitukset voimassa {date} asti; myöhemmin ensi kertaa "
            "käynnistetty kone ottaa luettelon käyttöön asennuspaketin mukana tulleena ja "
            "todentaa sen ensimmäisessä synkronoinnissa.",
            "sv": "{file}: {key}: signaturerna gäller till {date}; en dator som startas första "
            "gången senare använder katalogen som den kom med installationspaketet och "
            "verifierar den vid första synkroniseringen.",
            "en": "{file}: {key}: signatures valid until {date}; a laptop first started later "
            "uses the catalogue as shipped with the installer and verifies it at its first "
            "sync.",
        },
        "preset.unsigned_note": {
            "fi": "{file}: {key}: {path} on allekirjoittamaton luettelopaketti: se tarkistettiin "
            "muodoltaan ja tuotiin kokeeksi, mutta juuri ei voi todentaa sitä. Käytä "
            "allekirjoitettua offline-pakettia (hytedesk-admin offline-bundle).",
            "sv": "{file}: {key}: {path} är ett osignerat katalogpaket: formatet kontrollerades "
            "och det importerades på prov, men roten kan inte verifiera det. Använd ett signerat "
            "offlinepaket (hytedesk-admin offline-bundle).",
            "en": "{file}: {key}: {path} is an unsigned bundle: its format was checked and it "
            "was imported on trial, but the root cannot verify it. Prefer a signed offline "
            "bundle (hytedesk-admin offline-bundle).",
        },
    }
)


@dataclass(frozen=True)
class Unit:
    name: str
    phone: str


@dataclass
class Preset:
    """A validated preset. Paths are absolute; ``present`` lists the keys the file set."""

    source: Path
    sync_url: str = ""
    trusted_root: Path | None = None
    stale_days: int = 30
    initial_catalogue: Path | None = None
    allow_unsigned_imports: bool = False
    organisation: str = ""
    units: list[Unit] = field(default_factory=list)
    service_areas: list[str] = field(default_factory=list)
    default_municipality: str = ""
    language: str = "fi"
    upload_url: str = ""
    upload_recipients: list[str] = field(default_factory=list)
    present: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)

    def settings(self) -> dict[str, Any]:
        """The local.db settings this preset sets (only the keys the file gave)."""
        out: dict[str, Any] = {}
        if "sync.url" in self.present:
            out["sync.url"] = self.sync_url
        if "sync.stale_days" in self.present:
            out["sync.stale_days"] = self.stale_days
        if "catalogue.allow_unsigned_imports" in self.present:
            out["import.allow_unsigned"] = self.allow_unsigned_imports
        if "organisation.name" in self.present:
            out["unit.organisation"] = self.organisation
        if self.units:
            out["unit.name"] = self.units[0].name
            out["unit.phone"] = self.units[0].phone
        if self.service_areas:
            out["staff.service_area"] = self.service_areas[0]
        if "defaults.municipality" in self.present:
            out["client.default_municipality"] = self.default_municipality
        if "defaults.language" in self.present:
            out["ui.language"] = self.language
        if "upload.url" in self.present:
            out["upload.url"] = self.upload_url
        if "upload.recipients" in self.present:
            out["upload.recipients"] = self.upload_recipients
        return out


class PresetError(UserError):
    """A preset with problems; ``lines`` has one line per problem, each naming the key."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("preset.problems", count=len(lines), lines="\n".join(lines))
        self.lines = lines


# -- the schema ---------------------------------------------------------------------------

Kind = str  # "str", "int", "bool", "path", "url", "strlist"
SCHEMA: dict[str, dict[str, Kind]] = {
    "sync": {"url": "url", "trusted_root": "path", "stale_days": "int"},
    "catalogue": {"initial": "path", "allow_unsigned_imports": "bool"},
    "organisation": {"name": "str"},
    "staff": {"service_areas": "strlist"},
    "defaults": {"municipality": "str", "language": "str"},
    "upload": {"url": "url", "recipients": "strlist"},
}
UNIT_KEYS: dict[str, Kind] = {"name": "str", "phone": "str"}
REQUIRED = {
    "sync.trusted_root": "the root metadata that signs the region's catalogue",
    "catalogue.initial": "the catalogue a laptop has before its first sync",
    "organisation.name": "printed on handouts",
    "units": "at least one [[units]] table with name and phone, printed on handouts",
}
_TYPE_NAMES = {"str": "string", "url": "string", "path": "string", "int": "integer",
               "bool": "true/false", "strlist": "list of strings", "table": "table",
               "units": "array of tables ([[units]])"}


def _toml_type(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "table"
    return type(value).__name__


def _type_ok(kind: Kind, value: object) -> bool:
    if kind in ("str", "url", "path"):
        return isinstance(value, str)
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "strlist":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    return False


class _Checker:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.file = str(path)
        self.lines: list[str] = []

    def add(self, key: str, /, **params: object) -> None:
        self.lines.append(i18n.text(key, file=self.file, **params))


def load_preset(
    path: Path | str,
    *,
    dev: bool = False,
    verify_catalogue: bool = True,
    scratch: Path | None = None,
) -> Preset:
    """Reads and validates a preset; raises ``PresetError`` listing every problem.

    ``dev`` allows plain-http sync URLs (a local test server). ``verify_catalogue`` imports
    the initial catalogue into a scratch home: a signed offline bundle through the same
    TUF verification as sync, against the preset's root; a plain bundle is only read and
    validated (and a note says so). ``scratch`` keeps that home for the caller to inspect.
    """
    path = Path(path).resolve()
    c = _Checker(path)
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except OSError as exc:
        c.add("preset.unreadable", detail=exc.strerror or exc)
        raise PresetError(c.lines) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        c.add("preset.syntax", detail=exc)
        raise PresetError(c.lines) from None

    preset = Preset(source=path)
    base = path.parent
    values: dict[str, Any] = {}
    for table, value in data.items():
        if table == "units":
            _check_units(c, value, preset)
            continue
        if table not in SCHEMA:
            c.add("preset.unknown_key", key=table, known=", ".join([*SCHEMA, "units"]))
            continue
        if not isinstance(value, dict):
            c.add("preset.wrong_type", key=table, expected="table", got=_toml_type(value))
            continue
        for key, item in value.items():
            dotted = f"{table}.{key}"
            kind = SCHEMA[table].get(key)
            if kind is None:
                c.add("preset.unknown_key", key=dotted, known=", ".join(SCHEMA[table]))
                continue
            if not _type_ok(kind, item):
                c.add("preset.wrong_type", key=dotted, expected=_TYPE_NAMES[kind],
                      got=_toml_type(item))
                continue
            values[dotted] = item
            preset.present.add(dotted)

    for key, what in REQUIRED.items():
        if key == "units":
            if "units" not in data:
                c.add("preset.missing_key", key=key, what=what)
        elif key not in values and not _had_problem(c, key):
            c.add("preset.missing_key", key=key, what=what)

    _check_values(c, values, preset, base, dev)
    if verify_catalogue and not c.lines and preset.initial_catalogue and preset.trusted_root:
        _verify_catalogue(c, preset, scratch)
    if c.lines:
        raise PresetError(c.lines)
    return preset


def _had_problem(c: _Checker, key: str) -> bool:
    return any(f": {key}: " in line for line in c.lines)


def _check_units(c: _Checker, value: object, preset: Preset) -> None:
    if not isinstance(value, list) or not value or not all(isinstance(u, dict) for u in value):
        c.add("preset.wrong_type", key="units", expected=_TYPE_NAMES["units"],
              got=_toml_type(value))
        return
    for n, unit in enumerate(value):
        good = True
        for key, item in unit.items():
            dotted = f"units[{n}].{key}"
            kind = UNIT_KEYS.get(key)
            if kind is None:
                c.add("preset.unknown_key", key=dotted, known=", ".join(UNIT_KEYS))
                good = False
            elif not _type_ok(kind, item):
                c.add("preset.wrong_type", key=dotted, expected=_TYPE_NAMES[kind],
                      got=_toml_type(item))
                good = False
        for key in UNIT_KEYS:
            if key not in unit:
                c.add("preset.missing_key", key=f"units[{n}].{key}", what="printed on handouts")
                good = False
        if good:
            name, phone = unit["name"].strip(), unit["phone"].strip()
            if not name:
                c.add("preset.bad_value", key=f"units[{n}].name", value='""',
                      detail="must not be empty")
            else:
                preset.units.append(Unit(name, phone))
    preset.present.add("units")


def _check_values(c: _Checker, values: dict[str, Any], preset: Preset, base: Path,
                  dev: bool) -> None:
    def bad(key: str, detail: str) -> None:
        c.add("preset.bad_value", key=key, value=json.dumps(values[key], ensure_ascii=False),
              detail=detail)

    if "sync.url" in values:
        url = values["sync.url"].strip()
        schemes = ("https://", "http://") if dev else ("https://",)
        if any(url.startswith(s) and len(url) > len(s) for s in schemes):
            preset.sync_url = url
        else:
            c.add("preset.not_https", key="sync.url", url=url)
    if "sync.stale_days" in values:
        if values["sync.stale_days"] < 1:
            bad("sync.stale_days", "must be 1 or more")
        else:
            preset.stale_days = values["sync.stale_days"]
    if "catalogue.allow_unsigned_imports" in values:
        preset.allow_unsigned_imports = values["catalogue.allow_unsigned_imports"]
    if "organisation.name" in values:
        if not values["organisation.name"].strip():
            bad("organisation.name", "must not be empty")
        preset.organisation = values["organisation.name"].strip()
    if "staff.service_areas" in values:
        areas = values["staff.service_areas"]
        unknown = [a for a in areas if a not in STAFF_AREAS]
        if not areas or unknown:
            bad("staff.service_areas", "allowed: " + ", ".join(STAFF_AREAS))
        else:
            preset.service_areas = list(dict.fromkeys(areas))
    if "defaults.municipality" in values:
        preset.default_municipality = values["defaults.municipality"].strip()
    if "defaults.language" in values:
        if values["defaults.language"] not in LANGUAGES:
            bad("defaults.language", "allowed: " + ", ".join(LANGUAGES))
        else:
            preset.language = values["defaults.language"]

    if "upload.url" in values:
        url = values["upload.url"].strip()
        schemes = ("https://", "http://") if dev else ("https://",)
        if any(url.startswith(s) and len(url) > len(s) for s in schemes):
            preset.upload_url = url
        else:
            c.add("preset.not_https", key="upload.url", url=url)
    if "upload.recipients" in values:
        keys = [k.strip() for k in values["upload.recipients"]]
        if not keys or not all(k.startswith("age1") and len(k) > 50 for k in keys):
            bad("upload.recipients", "age public keys (age1…), from hytedesk-admin region-key")
        else:
            preset.upload_recipients = keys

    for key in ("sync.trusted_root", "catalogue.initial"):
        if key not in values:
            continue
        file = (base / values[key]).resolve()
        if not file.is_file():
            c.add("preset.missing_file", key=key, path=file)
        elif key == "sync.trusted_root":
            problem = root_problem(file.read_bytes())
            if problem:
                c.add("preset.bad_root", key=key, path=file, detail=problem)
            else:
                preset.trusted_root = file
        else:
            preset.initial_catalogue = file


def root_problem(data: bytes) -> str | None:
    """Why ``data`` is not valid TUF root metadata signed by its own keys, or None."""
    from tuf.api.metadata import Metadata, Root

    try:
        md = Metadata[Root].from_bytes(data)
        if not isinstance(md.signed, Root):
            return f"the role is {md.signed.type}, not root"
        md.signed.verify_delegate(Root.type, md.signed_bytes, md.signatures)
    except Exception as exc:  # python-tuf raises many kinds for bad input
        return (str(exc) or type(exc).__name__).splitlines()[0][:200]
    return None


def is_offline_bundle(path: Path) -> bool:
    try:
        from hytedesk.sync.offline import is_offline_bundle as check
    except ModuleNotFoundError:
        return False
    return check(path)


def _verify_catalogue(c: _Checker, preset: Preset, scratch: Path | None) -> None:
    assert preset.initial_catalogue is not None and preset.trusted_root is not None
    catalogue, root = preset.initial_catalogue, preset.trusted_root
    with tempfile.TemporaryDirectory(prefix="hytedesk-preset-") as tmp:
        home = scratch or Path(tmp)
        paths = Paths(data=home / "data", cache=home / "cache", logs=home / "logs",
                      config=home / "config").ensure()
        offline = is_offline_bundle(catalogue)
        try:
            install_catalogue(paths, catalogue, root.read_bytes(), str(root))
        except UserError as exc:
            key = "preset.unverified" if offline else "preset.bad_catalogue"
            c.add(key, key="catalogue.initial", path=catalogue, root=root,
                  detail=str(exc).replace("\n", " "))
            return
        if not offline:
            preset.notes.append(i18n.text("preset.unsigned_note", file=c.file,
                                          key="catalogue.initial", path=catalogue))
        elif (expires := offline_expiry(catalogue)) is not None:
            preset.notes.append(i18n.text("preset.offline_expiry", file=c.file,
                                          key="catalogue.initial", date=expires))
        if preset.default_municipality:
            _check_municipality(c, paths, preset.default_municipality)


def _check_municipality(c: _Checker, paths: Paths, name: str) -> None:
    from hytedesk.catalogue import catdb as cat
    from hytedesk.catalogue.search import find_municipality
    from hytedesk.local.localdb import LocalDB

    with LocalDB(paths) as local:
        current = local.current_catalogue_path()
    if current is None:
        return
    conn = cat.connect(current, readonly=True)
    try:
        find_municipality(conn, name)
    except UserError:
        c.add("preset.unknown_municipality", key="defaults.municipality", value=name)
    finally:
        conn.close()


def install_catalogue(paths: Paths, catalogue: Path, root: bytes, root_source: str) -> None:
    """Makes ``root`` the trust anchor (if none is set) and imports ``catalogue``.

    An offline bundle goes through sync's TUF verification against that root; a plain
    bundle through the importer's own strict validation (it carries no signature: the
    installer that shipped it is its trust).
    """
    from hytedesk.catalogue.importer import import_bundle
    from hytedesk.sync.trust import anchor_path, set_trusted_root

    if not anchor_path(paths).is_file():
        set_trusted_root(paths, root, root_source)
    if is_offline_bundle(catalogue):
        from hytedesk.sync.offline import import_offline_bundle

        import_offline_bundle(paths, catalogue)
    else:
        import_bundle(paths, catalogue)


# -- staging (build time) and applying (first start) ----------------------------------------


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    # A JSON string with its escapes is a valid TOML basic string.
    return json.dumps(str(value), ensure_ascii=False)


def stage_preset(preset: Preset, out_dir: Path) -> Path:
    """Writes the preset, normalised, with copies of its files, into ``out_dir``."""
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    assert preset.trusted_root is not None and preset.initial_catalogue is not None
    root_name = "trusted-root.json"
    cat_name = "initial-" + preset.initial_catalogue.name
    copy_atomic(preset.trusted_root, out_dir / root_name)
    copy_atomic(preset.initial_catalogue, out_dir / cat_name)
    tables: dict[str, dict[str, Any]] = {
        "sync": {"trusted_root": root_name},
        "catalogue": {"initial": cat_name},
        "organisation": {"name": preset.organisation},
    }
    present = preset.present
    if "sync.url" in present:
        tables["sync"]["url"] = preset.sync_url
    if "sync.stale_days" in present:
        tables["sync"]["stale_days"] = preset.stale_days
    if "catalogue.allow_unsigned_imports" in present:
        tables["catalogue"]["allow_unsigned_imports"] = preset.allow_unsigned_imports
    if preset.service_areas:
        tables["staff"] = {"service_areas": preset.service_areas}
    defaults = {}
    if "defaults.municipality" in present:
        defaults["municipality"] = preset.default_municipality
    if "defaults.language" in present:
        defaults["language"] = preset.language
    if defaults:
        tables["defaults"] = defaults
    upload: dict[str, Any] = {}
    if "upload.url" in present:
        upload["url"] = preset.upload_url
    if "upload.recipients" in present:
        upload["recipients"] = preset.upload_recipients
    if upload:
        tables["upload"] = upload
    lines = [f"# Staged from {preset.source.name} by packaging/build.py; do not edit.", ""]
    for table, items in tables.items():
        lines.append(f"[{table}]")
        lines += [f"{k} = {_toml_value(v)}" for k, v in items.items()]
        lines.append("")
    for unit in preset.units:
        lines += ["[[units]]", f"name = {_toml_value(unit.name)}",
                  f"phone = {_toml_value(unit.phone)}", ""]
    target = out_dir / PRESET_NAME
    write_atomic(target, "\n".join(lines))
    return target


def baked_preset_path() -> Path:
    return resources_dir() / PRESET_DIR / PRESET_NAME


def baked_preset() -> Preset | None:
    """The preset built into this installation, or None (the demo edition)."""
    path = baked_preset_path()
    if not path.is_file():
        return None
    # Validated (and its catalogue verified) when it was built; here only read again.
    return load_preset(path, dev=True, verify_catalogue=False)


def apply_settings(paths: Paths, preset: Preset) -> list[str]:
    """Writes the preset's settings the user has not set; returns the keys written."""
    from hytedesk.local.localdb import LocalDB

    written = []
    with LocalDB(paths) as local:
        for key, value in preset.settings().items():
            row = local.conn.execute("SELECT 1 FROM settings WHERE key = ?", (key,)).fetchone()
            if row is not None:
                continue
            try:
                local.set(key, value)
            except UserError:  # e.g. a --dev http URL the setting refuses: keep the default
                continue
            written.append(key)
    return written


def offline_expiry(path: Path) -> str | None:
    """When the signed timestamp inside an offline bundle expires (ISO date), if readable."""
    import tarfile

    try:
        with tarfile.open(path, "r:") as tar:
            member = tar.extractfile("metadata/timestamp.json")
            if member is None:
                return None
            expires = json.loads(member.read(64 * 1024))["signed"]["expires"]
    except (OSError, KeyError, ValueError, TypeError, tarfile.TarError):
        return None
    return str(expires)[:10]


def _import_shipped_target(paths: Paths, offline: Path, root: bytes) -> None:
    """Imports the full bundle inside an offline bundle whose signatures have expired.

    Only for the catalogue baked into the installer: it was verified against the root when
    the installer was built, and the installer is how it reached this laptop. Expiry is the
    only check waived: the root chain from the preset's root, the targets signature and the
    file's length and hashes are all verified. It is recorded as unsigned (not verified
    now), and the first sync verifies the laptop's catalogue with TUF as always.
    """
    import tarfile

    from tuf.api.metadata import Metadata, Root, Targets

    from hytedesk.catalogue.importer import import_bundle

    def load(tar: tarfile.TarFile, name: str) -> bytes:
        member = tar.extractfile(name)
        if member is None:
            raise KeyError(name)
        return member.read(16 * 1024 * 1024)

    invalid = UserError("sync.signature_invalid")
    with tarfile.open(offline, "r:") as tar, tempfile.TemporaryDirectory(
            dir=paths.cache, prefix="initial-") as tmp:
        names = tar.getnames()
        try:
            trusted = Metadata[Root].from_bytes(root)
            versions = sorted(int(n.split("/")[1].split(".")[0]) for n in names
                              if n.startswith("metadata/") and n.endswith(".root.json"))
            for v in versions:
                if v <= trusted.signed.version:
                    continue
                new = Metadata[Root].from_bytes(load(tar, f"metadata/{v}.root.json"))
                trusted.signed.verify_delegate(Root.type, new.signed_bytes, new.signatures)
                new.signed.verify_delegate(Root.type, new.signed_bytes, new.signatures)
                trusted = new
            newest = max((n for n in names if n.endswith(".targets.json")),
                         key=lambda n: int(n.split("/")[1].split(".")[0]))
            targets = Metadata[Targets].from_bytes(load(tar, newest))
            trusted.signed.verify_delegate(Targets.type, targets.signed_bytes,
                                           targets.signatures)
            (member,) = [n for n in names if n.startswith("targets/")]
            target = targets.signed.targets[member.split("/", 1)[1].split(".", 1)[1]]
        except Exception as exc:  # unreadable, unsigned or unknown: python-tuf's many kinds
            raise invalid from exc
        bundle = Path(tmp) / target.path
        src = tar.extractfile(member)
        if src is None:
            raise invalid
        with bundle.open("wb") as out:
            shutil.copyfileobj(src, out)
        try:
            with bundle.open("rb") as f:
                target.verify_length_and_hashes(f)
        except Exception:
            raise UserError("sync.digest_mismatch") from None
        import_bundle(paths, bundle)


def first_start(paths: Paths, preset_loader: Callable[[], Preset | None] = baked_preset) -> bool:
    """Applies the baked preset at the first start; True if it imported the catalogue.

    Called by ``app.ensure_catalogue`` when there is no catalogue yet. Without a baked
    preset (the demo edition) it does nothing and returns False. An installer used after
    the offline bundle's signed metadata expired still starts: the shipped catalogue is
    imported with every check but expiry (``_import_shipped_target``), then synced.
    """
    preset = preset_loader()
    if preset is None:
        return False
    apply_settings(paths, preset)
    if preset.initial_catalogue is None or preset.trusted_root is None:
        return False
    try:
        install_catalogue(paths, preset.initial_catalogue, preset.trusted_root.read_bytes(),
                          str(preset.trusted_root))
    except UserError as exc:
        if exc.key != "sync.expired" or not is_offline_bundle(preset.initial_catalogue):
            raise
        paths.ensure()
        _import_shipped_target(paths, preset.initial_catalogue, preset.trusted_root.read_bytes())
    return True

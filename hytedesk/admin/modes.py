"""Attendance modes: how a client takes part, inferred one way for every source.

The rules, in ``docs/administrators.md`` too:

1. Modes the source states are kept as they are: the spreadsheet's *osallistumistapa*
   column, an HSDS service's ``mode:…`` attributes. Only when a source states none are
   they inferred:
2. a physical location → **in-person**;
3. a phone channel (a virtual location with phone numbers), or a phone and no physical
   location → **phone**;
4. a virtual location with a web address (PTV e-service and web page channels, an HSDS
   virtual location), or a video link (Teams, Zoom, Meet, Whereby, Jitsi) or video
   wording in the name or description → **video**;
5. home visits in the wording (kotikäynti, hembesök, home visit) → **home-visit** (also
   added to stated modes, as it was before this rule set).
6. A row of the mapping file (``service_id;modes``) replaces the result for that service.
"""

from __future__ import annotations

import re
from typing import Any

from hytedesk.admin.records import add_terms, term_ids

Rec = dict[str, Any]
MODES = ("in-person", "phone", "video", "home-visit")
VIDEO_LINK = re.compile(r"https?://[^/]*(teams\.microsoft|teams\.live|zoom\.us|meet\.google|"
                        r"whereby\.com|meet\.jit\.si|video)", re.IGNORECASE)
VIDEO_WORDS = re.compile(r"video|etävastaanot|etäyhtey|teams|zoom|distansmottagning|"
                         r"videosamtal|remote appointment", re.IGNORECASE)
HOME_VISIT = re.compile(r"kotikäyn|kotiin tuleva|hembesök|home visit", re.IGNORECASE)


def _texts(rec: Rec, *fields: str) -> str:
    out = [str(rec.get(f) or "") for f in fields]
    for tr in (rec.get("translations") or {}).values():
        if isinstance(tr, dict):
            out.extend(str(tr.get(f) or "") for f in fields)
    return " ".join(out)


def infer(rec: Rec) -> set[str]:
    """The modes the rules 2–5 give a service."""
    modes: set[str] = set()
    physical = False
    for sal in rec.get("service_at_locations") or []:
        loc = sal.get("location") if isinstance(sal, dict) else None
        if not isinstance(loc, dict):
            continue
        if loc.get("location_type", "physical") == "physical":
            physical = True
            modes.add("in-person")
        elif loc.get("location_type") == "virtual":
            if loc.get("url"):
                modes.add("video")
            elif loc.get("phones"):
                modes.add("phone")
            if VIDEO_WORDS.search(_texts(loc, "name", "description")):
                modes.add("video")
    if rec.get("phones") and not physical:
        modes.add("phone")
    urls = " ".join(str(u) for u in (rec.get("url"),) if u)
    if VIDEO_LINK.search(urls) or VIDEO_WORDS.search(_texts(rec, "name", "description")):
        modes.add("video")
    if HOME_VISIT.search(_texts(rec, "name", "description")):
        modes.add("home-visit")
    return modes


def apply(rec: Rec, override: set[str] | None) -> set[str]:
    """Sets the service's mode terms by the rules; returns its modes."""
    stated = {t.split(":", 1)[1] for t in term_ids(rec) if t.startswith("mode:")}
    if override is not None:
        modes = set(override)
    elif stated:
        modes = stated | ({"home-visit"} if "home-visit" in infer(rec) else set())
    else:
        modes = infer(rec)
    attrs = [a for a in rec.get("attributes") or []
             if not (isinstance(a, dict) and str(a.get("taxonomy_term_id", "")).startswith(
                 "mode:"))]
    rec["attributes"] = attrs
    add_terms(rec, [f"mode:{m}" for m in sorted(modes)])
    if not rec.get("attributes"):
        rec.pop("attributes", None)
    return modes

"""Glue for front ends: service details by id (catalogue or local), measured from a place."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from hytedesk.base import i18n
from hytedesk.catalogue.search import Place, find_place
from hytedesk.referrals.local_services import LOCAL_PREFIX, local_details
from hytedesk.referrals.model import ClientContext
from hytedesk.referrals.services import ServiceDetail, catalogue_details


def context_place(conn: sqlite3.Connection, ctx: ClientContext) -> Place | None:
    for key in (ctx.place_id, ctx.municipality):
        if key:
            try:
                return find_place(conn, key)
            except i18n.UserError:
                continue
    return None


def details_for(conn: sqlite3.Connection, local_conn: sqlite3.Connection | None,
                ids: Sequence[str], place: Place | None = None) -> list[ServiceDetail]:
    """Details in the order of ``ids``; ids no longer in either catalogue are skipped."""
    found = catalogue_details(conn, [i for i in ids if not i.startswith(LOCAL_PREFIX)])
    if local_conn is not None:
        found.update(local_details(local_conn, [i for i in ids if i.startswith(LOCAL_PREFIX)]))
    out = []
    for sid in ids:
        d = found.get(sid)
        if d is None:
            continue
        if place is not None:
            d.measure(place.lat, place.lon)
        out.append(d)
    return out

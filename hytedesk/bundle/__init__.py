"""The catalogue bundle, format version 1 (see docs/bundle-format.md).

``write_bundle`` and ``write_delta`` produce bundles; ``BundleReader`` reads them with
strict validation and size caps; ``canonical_json``, ``record_hash`` and
``content_digest`` define the content digest a client can recompute.
"""

from hytedesk.bundle.digest import canonical_json, content_digest, record_hash
from hytedesk.bundle.errors import BundleError, Problem
from hytedesk.bundle.reader import BundleReader, read_manifest, validate_bundle
from hytedesk.bundle.schema import DATA_MEMBERS, FORMAT_VERSION, KINDS, MEMBER_OF_KIND
from hytedesk.bundle.writer import write_bundle, write_delta

__all__ = [
    "DATA_MEMBERS",
    "FORMAT_VERSION",
    "KINDS",
    "MEMBER_OF_KIND",
    "BundleError",
    "BundleReader",
    "Problem",
    "canonical_json",
    "content_digest",
    "read_manifest",
    "record_hash",
    "validate_bundle",
    "write_bundle",
    "write_delta",
]

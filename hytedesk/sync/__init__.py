"""Verified, resumable catalogue sync (no Qt).

``sync_once`` (``client``) updates from the signed repository; ``import_offline_bundle``
(``offline``) does the same from a USB file; ``set_trusted_root`` (``trust``) manages the
trust anchor; ``download`` is the resumable downloader. See docs/sync.md.
"""

"""Sync figures for make bench (delta share, resume after a cut, full and delta sync).

The measurement lives next to the sync tests, whose test server it reuses."""

from tests.sync.bench_sync import bench

__all__ = ["bench"]

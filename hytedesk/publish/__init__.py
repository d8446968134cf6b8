"""Signed publishing of catalogue bundles as a TUF repository of static files.

``repo`` holds the repository operations behind ``hytedesk-admin init-repo``, ``publish``,
``refresh-timestamp``, ``rotate-key`` and ``offline-bundle``; ``keys`` keeps the private
keys apart from the served folder. Deltas come from ``hytedesk.bundle.write_delta``.
"""

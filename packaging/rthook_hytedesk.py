"""PyInstaller runtime hook of the HyteDesk field build.

``HYTEDESK_STARTUP_TIMING=1`` makes the frozen app print the seconds from process start
to its first interactive main window, then quit (``packaging/startup_timing.py``).
"""

import os

if os.environ.get("HYTEDESK_STARTUP_TIMING") == "1":
    from hytedesk.ui.selftest_checks import install_startup_timer

    install_startup_timer()

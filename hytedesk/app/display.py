"""Whether a window can open here, checked before Qt (which aborts when it cannot)."""

from __future__ import annotations

import os
import socket


def x_reachable(display: str, timeout: float = 2.0) -> bool:
    """True when an X server answers at ``display`` (``:0``, ``host:0.0``, a socket path)."""
    host, _, rest = display.rpartition(":")
    try:
        number = int(rest.split(".")[0])
    except ValueError:
        return False
    try:
        if host in ("", "unix") or host.startswith("/"):
            path = host if host.startswith("/") else f"/tmp/.X11-unix/X{number}"
            for address in (path, "\0" + path):  # file socket, then Linux abstract socket
                with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
                    s.settimeout(timeout)
                    try:
                        s.connect(address)
                        return True
                    except OSError:
                        continue
            return False
        with socket.create_connection((host, 6000 + number), timeout=timeout):
            return True
    except OSError:
        return False


def unreachable_x_display() -> str | None:
    """The X display Qt would use but cannot reach, or None when that is not the case."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None
    wayland = os.environ.get("WAYLAND_DISPLAY")
    if wayland and not platform:
        runtime = os.environ.get("XDG_RUNTIME_DIR", "")
        if os.path.exists(wayland if wayland.startswith("/") else os.path.join(runtime, wayland)):
            return None  # Qt uses Wayland and falls back to X11 by itself
    display = os.environ.get("DISPLAY")
    if not display or x_reachable(display):
        return None
    return display

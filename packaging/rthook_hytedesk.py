"""PyInstaller runtime hook of the HyteDesk field build (runs before the app's code).

1. Before the window opens on Linux it checks what Qt would otherwise die on with an
   abort and a misleading "reinstalling the application may fix this problem": an X
   display that is set but unreachable, and system libraries the X11 platform plugin
   needs but the laptop lacks (``libxcb-cursor0`` on a minimal Ubuntu). It says what is
   wrong, in the user's language, and exits with status 2. The command line (``hytedesk
   search``, ``--self-test`` …) needs no display and is not checked.
2. ``HYTEDESK_STARTUP_TIMING=1`` makes the app print the seconds from process start to
   its first interactive main window, then quit (``packaging/startup_timing.py``).
"""

import os
import sys

MESSAGES = {
    "no_x": {
        "fi": "HyteDesk: näyttöön {display} ei saada yhteyttä, joten ikkunaa ei voi avata. "
              "Käynnistä HyteDesk työpöydältä, tai käytä komentoja (hytedesk --help).",
        "sv": "HyteDesk: ingen kontakt med skärmen {display}, så fönstret kan inte öppnas. "
              "Starta HyteDesk från skrivbordet eller använd kommandona (hytedesk --help).",
        "en": "HyteDesk: cannot connect to the display {display}, so the window cannot open. "
              "Start HyteDesk from the desktop, or use the commands (hytedesk --help).",
    },
    "no_lib": {
        "fi": "HyteDesk: ikkunaa ei voi avata, koska järjestelmästä puuttuu kirjasto: "
              "{detail}. Asenna se (Ubuntu/Debian: sudo apt install libxcb-cursor0 "
              "libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxkbcommon-x11-0) ja yritä "
              "uudelleen. Tietojasi ei muutettu.",
        "sv": "HyteDesk: fönstret kan inte öppnas eftersom ett systembibliotek saknas: "
              "{detail}. Installera det (Ubuntu/Debian: sudo apt install libxcb-cursor0 "
              "libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxkbcommon-x11-0) och försök "
              "igen. Dina data ändrades inte.",
        "en": "HyteDesk: the window cannot open because a system library is missing: "
              "{detail}. Install it (Ubuntu/Debian: sudo apt install libxcb-cursor0 "
              "libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxkbcommon-x11-0) and try "
              "again. Your data was not changed.",
    },
}


def _lang():
    for var in ("HYTEDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")[:2]
        if value in ("fi", "sv", "en"):
            return value
    return "fi"


def _fail(key, **params):
    print(MESSAGES[key][_lang()].format(**params), file=sys.stderr)
    raise SystemExit(2)


def _gui_requested(args):
    """True when the arguments open the window (no subcommand, no --self-test/--help)."""
    i = 0
    while i < len(args):
        if args[i] == "--lang":
            i += 2
        elif args[i].startswith("--lang="):
            i += 1
        else:
            return False
    return True


def _check_display():
    from hytedesk.app.display import unreachable_x_display

    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if (platform and not platform.startswith("xcb")) or not os.environ.get("DISPLAY"):
        return  # another platform, or no display at all (hytedesk.commands.main says so)
    display = unreachable_x_display()
    if display is not None:
        _fail("no_x", display=display)
    if os.environ.get("WAYLAND_DISPLAY") and not platform:
        return
    import _ctypes  # not ctypes.CDLL: PyInstaller's wrapper hides the loader's message

    plugin = os.path.join(sys._MEIPASS, "PySide6", "Qt", "plugins", "platforms", "libqxcb.so")
    try:
        _ctypes.dlopen(plugin, os.RTLD_NOW | os.RTLD_LOCAL)  # its dependencies, as Qt will
    except OSError as exc:
        # "libxcb-cursor.so.0: cannot open shared object file: No such file or directory"
        _fail("no_lib", detail=str(exc).split(":")[0])


if sys.platform.startswith("linux") and getattr(sys, "frozen", False) \
        and _gui_requested(sys.argv[1:]):
    _check_display()

if os.environ.get("HYTEDESK_STARTUP_TIMING") == "1":
    from startup_probe import install_startup_timer  # packaging/startup_probe.py

    install_startup_timer()

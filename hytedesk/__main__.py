"""``python -m hytedesk``: the same as the ``hytedesk`` command."""

from hytedesk.commands.main import main

if __name__ == "__main__":  # not when a spawned worker process imports this module
    raise SystemExit(main())

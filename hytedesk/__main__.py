"""``python -m hytedesk``: the same as the ``hytedesk`` command."""

from hytedesk.commands.main import main

raise SystemExit(main())

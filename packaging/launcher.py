"""Entry point of the frozen ``hytedesk`` executable: the same ``main`` as the console script."""

import sys

from hytedesk.commands.main import main

if __name__ == "__main__":
    sys.exit(main())

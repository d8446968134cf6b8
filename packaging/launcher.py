"""Entry point of the frozen ``hytedesk`` executable: the same ``main`` as the console script."""

import multiprocessing
import sys

from hytedesk.commands.main import main

if __name__ == "__main__":
    # A large import starts worker processes with "spawn": in the frozen build each one runs
    # this executable again, and freeze_support turns such a run into the worker.
    multiprocessing.freeze_support()
    sys.exit(main())

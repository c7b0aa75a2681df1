"""Allow ``python -m copilot`` as well as the ``copilot`` console script."""

import multiprocessing

from copilot.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the local API runs in a child process, also in the bundle
    raise SystemExit(main())

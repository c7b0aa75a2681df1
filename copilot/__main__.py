"""Allow ``python -m copilot`` as well as the ``copilot`` console script."""

from copilot.cli import main

raise SystemExit(main())

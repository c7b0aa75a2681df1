"""The ``copilot`` command and its subcommands."""

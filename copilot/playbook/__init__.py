"""The playbook: the team's own cards, their file format, trigger matching, templates, and the engine that runs them."""

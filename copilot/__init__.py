"""Agent Copilot: a desktop side panel that suggests what to say, while the agent decides."""

__version__ = "0.1.0"

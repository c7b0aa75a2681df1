"""Suggestion engines. Each turns the conversation so far into ranked suggestions."""

from copilot.engines.base import Engine, EngineError

__all__ = ["Engine", "EngineError"]

"""The one place the local engine is assembled: the panel, ``copilot suggest`` and what-if all build it here.

The local engine is the playbook, joined by the knowledge base once that holds articles. Building it in one
place is what makes "the same engine as the panel" true for the commands: same playbook choice, same policy
flags, same knowledge base and threshold.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from copilot.config import paths
from copilot.engines.base import Engine
from copilot.engines.composite import CompositeEngine
from copilot.errors import KnownError
from copilot.knowledge.engine import DEFAULT_THRESHOLD, KnowledgeEngine
from copilot.knowledge.store import KnowledgeBase
from copilot.playbook.engine import PlaybookEngine
from copilot.playbook.file import Playbook, load_playbook


@dataclass(slots=True)
class LocalEngine:
    engine: Engine  # what sessions run
    playbook: Playbook
    playbook_engine: PlaybookEngine  # also the playbook's advice for AI drafts
    knowledge: KnowledgeBase | None  # None: no knowledge base yet, or it could not be opened


def local_engine(playbook: Playbook, *, policies: Iterable[str] = (), knowledge_path: Path | None = None,
                 threshold: float = DEFAULT_THRESHOLD, notices: list[str] | None = None) -> LocalEngine:
    """The playbook, joined by the knowledge base at ``knowledge_path`` when that file exists.

    A knowledge base that cannot be opened is a notice (in ``notices``), never a failure: the playbook works."""
    playbook_engine = PlaybookEngine(playbook, policies=policies)
    if knowledge_path is None or not knowledge_path.exists():
        return LocalEngine(playbook_engine, playbook, playbook_engine, None)
    try:
        knowledge = KnowledgeBase(knowledge_path)
    except KnownError as exc:
        if notices is not None:
            notices.append(f"Knowledge answers off: {exc}")
        return LocalEngine(playbook_engine, playbook, playbook_engine, None)
    engine = CompositeEngine([playbook_engine, KnowledgeEngine(knowledge, threshold)])
    return LocalEngine(engine, playbook, playbook_engine, knowledge)


def playbook_or_default(chosen: str | Path | None, notices: list[str]) -> Playbook:
    """The chosen playbook, or the built-in one with a notice saying why the chosen one was not used."""
    if chosen:
        try:
            return load_playbook(chosen)
        except KnownError as exc:
            notices.append(f"{exc}. Using the built-in playbook instead.")
    return load_playbook(paths.default_playbook_path())


class UnknownPolicyFlag(KnownError):
    """A policy flag given on the command line that no playbook entry waits for: a typo would otherwise leave
    the entries it was meant to enable silently off."""


def check_policy_flags(names: Iterable[str], *playbooks: Playbook) -> None:
    """Every name in ``names`` must be a flag some entry of one of ``playbooks`` waits for."""
    known = set().union(*(p.policy_flags for p in playbooks))
    for name in names:
        if name not in known:
            offered = ", ".join(sorted(known)) or "none"
            raise UnknownPolicyFlag(f"--policy {name!r}: no entry of the playbook waits for that policy flag "
                                    f"(its flags: {offered})")


def from_settings(settings: Any, *, playbook: Playbook | str | Path | None = None,
                  knowledge_path: str | Path | None = None, policies: Iterable[str] = (),
                  notices: list[str] | None = None) -> LocalEngine:
    """Today's local engine as the panel builds it from ``settings``: its playbook (or the one given: a file,
    which must load, or a loaded playbook), its knowledge base (or the file given), threshold and policy
    flags (plus ``policies``)."""
    if not isinstance(playbook, Playbook):
        playbook = load_playbook(playbook or settings["playbook_path"] or paths.default_playbook_path())
    knowledge = Path(knowledge_path) if knowledge_path else paths.knowledge_path(settings["knowledge_path"])
    return local_engine(playbook, policies=[*settings["policies"], *policies], knowledge_path=knowledge,
                        threshold=settings["knowledge_threshold"], notices=notices)

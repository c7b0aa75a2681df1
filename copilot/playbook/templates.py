"""Playbook text templates: ``{customer.first_name}`` variables and ``[optional parts]``.

The rule that matters: a suggestion never reaches the agent with a raw placeholder in it. A missing
value drops the optional part that needs it, and a missing value outside any optional part means
the suggestion is not shown at all.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_VARIABLE = re.compile(r"\{([A-Za-z_][\w.]*)\}")
_OPTIONAL = re.compile(r"(?<!\\)\[((?:\\.|[^\[\]\\])*)(?<!\\)\]")


class TemplateError(ValueError):
    """The template itself is malformed (reported when the playbook is loaded)."""


def lookup(context: Mapping[str, Any], path: str) -> Any:
    """``customer.first_name`` in nested mappings; short names fall back to ``customer.<name>``."""
    value: Any = context
    for part in path.split("."):
        if not isinstance(value, Mapping) or part not in value:
            customer = context.get("customer") if isinstance(context, Mapping) else None
            if "." not in path and isinstance(customer, Mapping) and path in customer:
                return customer[path]
            return None
        value = value[part]
    return value


def _present(value: Any) -> bool:
    """A value fit to print: not missing, not empty, and not a whole record (a dict)."""
    return value is not None and value != "" and value != [] and not isinstance(value, Mapping)


def _fill(text: str, context: Mapping[str, Any]) -> str | None:
    missing = False

    def replace(match: re.Match[str]) -> str:
        nonlocal missing
        value = lookup(context, match.group(1))
        if not _present(value):
            missing = True
            return ""
        if isinstance(value, list | tuple):
            return ", ".join(str(v) for v in value)
        return str(value)

    filled = _VARIABLE.sub(replace, text)
    return None if missing else filled


def check(template: str) -> None:
    """Raise ``TemplateError`` for brackets or braces a renderer could not make sense of."""
    stripped = _OPTIONAL.sub("", template).replace("\\[", "").replace("\\]", "")
    if "[" in stripped or "]" in stripped:
        raise TemplateError("unbalanced or nested [optional] brackets")
    leftover = _VARIABLE.sub("", stripped)
    if "{" in leftover or "}" in leftover:
        raise TemplateError("a '{' or '}' that is not a {variable.name}")


def variables(template: str) -> list[str]:
    return _VARIABLE.findall(template)


def render(template: str, context: Mapping[str, Any]) -> str | None:
    """The text with values filled in, or ``None`` when a required value is missing.

    Each piece of the template is filled once, so a value is never read as a template: a CRM field holding
    ``{customer.notes}`` or a ``]`` prints as written, and cannot pull another field into the card."""
    pieces: list[str] = []
    position = 0
    for match in _OPTIONAL.finditer(template):
        required = _fill(_literal(template[position:match.start()]), context)
        if required is None:
            return None
        pieces += [required, _fill(_literal(match.group(1)), context) or ""]
        position = match.end()
    rest = _fill(_literal(template[position:]), context)
    if rest is None:
        return None
    filled = "".join([*pieces, rest])
    return re.sub(r"\s+([,.])", r"\1", re.sub(r"[ \t]{2,}", " ", filled)).strip()


def _literal(text: str) -> str:
    """A template piece with its escaped brackets made plain."""
    return text.replace("\\[", "[").replace("\\]", "]")

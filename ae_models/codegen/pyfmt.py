"""Python source helpers for the generated scripts: literals and calls laid out as ``ruff format`` would.

The app cannot run ruff, so the templates produce formatted code themselves; the tests check the result
against ruff. Only the shapes of statement the templates use are handled.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Mapping, Sequence

WIDTH = 88  # ruff's default line length
INDENT = "    "


def literal(value: object) -> str:
    """A Python literal for a setting: double-quoted strings, tuples with their trailing comma."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    if isinstance(value, (tuple, list)):
        items = ", ".join(literal(v) for v in value)
        return f"({items},)" if len(value) == 1 else f"({items})"
    raise TypeError(f"no literal for {type(value).__name__}")


def call(indent: str, head: str, args: Sequence[str], tail: str = "", brackets: str = "()") -> list[str]:
    """``head(args)tail`` as one line, or split the way ruff splits it when it is too long.

    ``head`` is everything up to the opening bracket (``x = layers.Dense``); ``tail`` follows the closing
    one (``(x)`` for a layer applied at once); ``brackets="{}"`` makes a dict display of ``"key": value`` args.
    """
    open_, close, joined = brackets[0], brackets[1], ", ".join(args)
    one = f"{indent}{head}{open_}{joined}{close}{tail}"
    if len(one) <= WIDTH:
        return [one]
    if tail.startswith("(") and tail.endswith(")") and len(f"{indent}{head}{open_}{joined}{close}(") <= WIDTH:
        return [f"{indent}{head}{open_}{joined}{close}(", f"{indent}{INDENT}{tail[1:-1]}", f"{indent})"]
    inner = f"{indent}{INDENT}{joined}"
    if len(inner) <= WIDTH:
        return [f"{indent}{head}{open_}", inner, f"{indent}{close}{tail}"]
    return [f"{indent}{head}{open_}", *(f"{indent}{INDENT}{a}," for a in args), f"{indent}{close}{tail}"]


def dict_lines(indent: str, mapping: Mapping[str, object]) -> list[str]:
    """A dict literal, one key per line with a trailing comma (ruff keeps such a dict exploded)."""
    inner, body = indent + INDENT, []
    for key, value in mapping.items():
        line = f'{inner}"{key}": {literal(value)},'
        if len(line) > WIDTH and isinstance(value, (tuple, list)):  # ruff puts each item on a line
            line = "\n".join([f'{inner}"{key}": (', *(f"{inner}{INDENT}{literal(v)}," for v in value), f"{inner}),"])
        body.append(line)
    return [f"{indent}{{", *body, f"{indent}}},"]


def docstring(indent: str, *paragraphs: str) -> list[str]:
    """A docstring wrapped within the line length (ruff leaves docstring text as it is)."""
    width = WIDTH - len(indent)
    if len(paragraphs) == 1:
        lines = textwrap.wrap(f'"""{paragraphs[0]}"""', width, break_on_hyphens=False)
    else:
        lines = textwrap.wrap(f'"""{paragraphs[0]}', width, break_on_hyphens=False)
        for paragraph in paragraphs[1:]:
            lines += ["", *textwrap.wrap(paragraph, width, break_on_hyphens=False)]
        lines.append('"""')
    return [f"{indent}{line}" if line else "" for line in lines]

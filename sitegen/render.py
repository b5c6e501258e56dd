"""One Jinja environment for every generated page: templates in overrides/sitegen/, autoescape on.

Autoescape is what keeps corpus text (titles, numbers, actions...) text: a value can only become markup
through the `md` filter below (Markdown-safe heading text) or a template's own tags.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

TEMPLATES = Path(__file__).resolve().parent.parent / "overrides" / "sitegen"

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>&])")


def md_inline(value) -> Markup:
    """Plain text made safe inside a Markdown heading: nothing in it can become markup."""
    return Markup(_MD_SPECIAL.sub(
        lambda m: {"<": "&lt;", ">": "&gt;", "&": "&amp;"}.get(m.group(1), "\\" + m.group(1)), str(value)))


# MkDocs and Material put these front matter values into <title>, the navigation and <meta content="...">
# without escaping them: they are written escaped, here, for every generated page.
ESCAPED_FRONT_MATTER = ("title", "description")


def front_matter(data: dict) -> Markup:
    """YAML front matter; JSON is valid YAML, and one ascii line per key keeps any text exact."""
    data = {key: str(escape(value)) if key in ESCAPED_FRONT_MATTER else value for key, value in data.items()}
    lines = "".join(f"{key}: {json.dumps(value, ensure_ascii=True)}\n" for key, value in data.items())
    return Markup("---\n" + lines + "---\n")


def html_block(value) -> Markup:
    """One raw HTML block for Markdown: no blank line inside, so nothing in it is re-read as Markdown."""
    return Markup(re.sub(r"\n\s*\n", "\n", str(value).strip()))


def capitalize(value) -> str:
    value = str(value)
    return value[:1].upper() + value[1:]


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=StrictUndefined,  # a missing value stops the build instead of printing nothing
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_inline
    env.filters["capitalize_first"] = capitalize
    env.filters["html_block"] = html_block
    env.globals["front_matter"] = front_matter
    return env


def render(template: str, **context) -> str:
    return environment().get_template(template).render(**context)


__all__ = ["Markup", "escape", "environment", "md_inline", "render"]

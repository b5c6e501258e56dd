"""Words that mkdocs writes once for the whole site, said in the language of each page.

- The ¶ link after every heading: Markdown's toc extension takes one `permalink_title` for all pages
  (mkdocs.yml holds the Vietnamese one); English pages get the English title here.
- The 404 page: mkdocs-static-i18n runs one mkdocs build per language into the same site folder and each
  build writes /404.html, so the last language would win, with its navigation and a language switch that
  points at the last page it built. overrides/404.html says its message in both languages, in the
  catalogue's words (`catalogue` in the templates: checker.messages.text); only the default language's
  build writes it (the others return an empty page, which mkdocs does not write).

The colour-scheme toggle is translated in mkdocs.yml (the i18n plugin's per-language theme options).
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # plain `mkdocs build`: the project's packages are at the repository root
    sys.path.append(str(ROOT))

from checker.messages import MESSAGES, text  # noqa: E402  (the one catalogue of interface words)

PERMALINK_TITLES = MESSAGES["site.permalink_title"]


def _i18n(config):
    i18n = config.plugins.get("i18n")
    if i18n is None or not hasattr(i18n, "current_language") or not hasattr(i18n, "default_language"):
        raise PluginError("hooks/languages.py needs mkdocs-static-i18n (current_language, default_language)")
    return i18n


def on_config(config):
    configured = config.mdx_configs.get("toc", {}).get("permalink_title")
    default = _i18n(config).default_language
    if configured != PERMALINK_TITLES[default]:
        raise PluginError(f"hooks/languages.py: mkdocs.yml toc.permalink_title must be {PERMALINK_TITLES[default]!r}")
    return config


def on_page_content(html, page, config, files):
    language = _i18n(config).current_language
    if language not in PERMALINK_TITLES:
        raise PluginError(f"hooks/languages.py: no permalink title for language '{language}'")
    default = PERMALINK_TITLES[_i18n(config).default_language]
    return html.replace(f'title="{default}"', f'title="{PERMALINK_TITLES[language]}"')


def on_env(env, config, files):
    env.globals["catalogue"] = text  # {"vi": ..., "en": ...} of a key: the 404 page speaks both languages
    return env


def on_post_template(output_content, template_name, config):
    if template_name != "404.html":
        return output_content
    i18n = _i18n(config)
    return output_content if i18n.current_language == i18n.default_language else ""

"""One search index per language, with one entry per provision and unaccented Vietnamese.

mkdocs-static-i18n builds every language into one site and merges their search entries into
/search/search_index.json. After that merge (on_post_build, priority below the plugin's -100), this
hook rewrites the index:

- it splits the entries by language: /search/search_index.json keeps the default language and
  /<locale>/search/search_index.json gets the others (overrides/main.html points the pages of a
  language at their own index), so a search from an English page shows English results;
- a generated regulation page lists its provisions in its front matter (`provision_search`, written by
  sitegen); their headings and blocks carry data-search-exclude, so Material's own entries for
  the page keep only the rest, and each provision becomes one entry whose location is its anchor;
- every entry gets `folded_title` and `folded` fields (lowercase, diacritics removed, đ → d, numbers
  with and without leading zeros, abbreviations and their expansions), indexed by lunr but never
  displayed, so "phoi hop"
  or "5 ngay" finds "phối hợp" and "05 ngày", and "TANDTC" finds "Tòa án nhân dân tối cao";
- each provision entry gets a `cite` field, a token naming it, and each index's config a `citations`
  table from the ways readers type a citation ("dieu 8 khoan 2", "k2 d8", "article 8 clause 2",
  generated from checker.ids) to those tokens, which the site's search worker adds to the query
  (overrides/assets/site/search-worker.js); a provision's title is its citation and its regulation;
- entries are ranked provisions first, then the rest of a regulation page, then every other page;
- each language's index is written in shards, one per page, with a term table
  (sitegen/search_shards.py): search_index.json keeps the config only, and the worker loads the shards
  a query needs.
What each field holds and the boosts are in sitegen/search.py.

Anything unexpected (no i18n plugin, an index of an unknown shape, a malformed front matter entry)
stops the build instead of silently producing a worse index.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # plain `mkdocs build`: the project's packages are at the repository root
    sys.path.append(str(ROOT))

from checker.languages import DEFAULT_LANG, LANGS  # noqa: E402
from sitegen import search, search_shards  # noqa: E402  (fields, citation forms, abbreviations, boosts; the split)

# page url ("regulations/x/" or "en/regulations/x/") -> provision entries of that page
_provision_entries: dict[str, list[dict]] = {}


def on_config(config):
    # Fail at the start rather than after a full build if the setup this hook relies on is missing.
    if "i18n" not in config.plugins or not any(n in config.plugins for n in ("material/search", "search")):
        raise PluginError("hooks/search_index.py needs the 'search' and 'i18n' plugins in mkdocs.yml")
    if not getattr(config.plugins["i18n"], "building", False):
        _provision_entries.clear()  # a new build, not one of the plugin's per-language builds
    return config


def on_page_context(context, page, config, nav):
    entries = page.meta.get("provision_search")
    if entries is None:
        return context
    if not isinstance(entries, list):
        raise PluginError(f"{page.file.src_uri}: provision_search must be a list")
    label = page.meta.get("title")
    lang = _page_language(config)
    if not isinstance(label, str) or not label.strip():
        raise PluginError(f"{page.file.src_uri}: a page with provision_search needs a title (the regulation's label)")
    built = []
    for number, entry in enumerate(entries):
        if not isinstance(entry, dict) or set(entry) != {"id", "title", "text"}:
            raise PluginError(f"{page.file.src_uri}: provision_search[{number}] must have exactly id, title, text")
        try:
            cite = search.citation_token(entry["id"])
        except ValueError as error:
            raise PluginError(f"{page.file.src_uri}: provision_search[{number}]: {error}") from None
        built.append({
            "location": f"{page.url}#{entry['id']}",
            "title": html.escape(search.result_title(entry["title"], label, lang), quote=False),
            "text": html.escape(entry["text"], quote=False),
            "cite": cite,
            "pairs": search.pairs_field(entry["text"]),
            "boost": search.PROVISION_BOOST,
        })
    _provision_entries[page.url] = built
    return context


def _with_provisions(docs: list[dict]) -> list[dict]:
    """Insert each page's provision entries right after the page's own entries.

    Material takes the first entry of a path as the page (the "article") and the rest as its
    sections, so the page entry must stay first."""
    out: list[dict] = []
    pending = dict(_provision_entries)
    for index, doc in enumerate(docs):
        out.append(doc)
        path = doc["location"].split("#")[0]
        following = docs[index + 1]["location"].split("#")[0] if index + 1 < len(docs) else None
        if path in pending and following != path:
            out.extend(pending.pop(path))
    if pending:
        raise PluginError(f"search index: no page entry for {sorted(pending)}")
    return out


def _page_language(config) -> str:
    """The language being built: the i18n plugin's current build, else the theme's language."""
    i18n = config.plugins["i18n"]
    current = getattr(i18n, "current_language", None)
    return current if current in LANGS else config.theme.get("language", DEFAULT_LANG)


def _add_fields(doc: dict) -> dict:
    # title and text are HTML (tags kept by Material, text escaped); the folded copy is never shown,
    # so it is plain words. Entries that are not provisions are ranked below them.
    for field, target in (("title", "folded_title"), ("text", "folded")):
        folded = search.folded_field(html.unescape(re.sub(r"<[^>]+>", " ", doc.get(field, ""))))
        if folded:
            doc[target] = folded
    if "cite" not in doc:
        doc["boost"] = doc.get("boost", 1) * search.page_boost(doc["location"])
    return doc


@event_priority(-200)
def on_post_build(config):
    i18n = config.plugins["i18n"]
    if not hasattr(i18n, "building") or not hasattr(i18n, "build_languages"):
        raise PluginError("hooks/search_index.py: unsupported mkdocs-static-i18n version (no 'building')")
    if i18n.building:
        return  # a language built inside the plugin's loop; the merged index does not exist yet
    path = Path(config.site_dir) / "search" / "search_index.json"
    try:
        index = json.loads(path.read_text(encoding="utf-8"))
        base_config, docs = index["config"], index["docs"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise PluginError(f"hooks/search_index.py: cannot read {path}: {error}") from None

    provision_ids = {entry["location"].split("#", 1)[1] for entries in _provision_entries.values() for entry in entries}
    citations = search.citation_table(sorted(provision_ids))
    docs = _with_provisions(docs)
    default = i18n.default_language
    others = [lang for lang in i18n.build_languages if lang != default]
    by_lang: dict[str, list[dict]] = {lang: [] for lang in [default, *others]}
    for doc in docs:
        location = doc["location"]
        lang = next((code for code in others if location.startswith(f"{code}/")), default)
        if lang != default:
            doc = {**doc, "location": location[len(lang) + 1:]}
        by_lang[lang].append(_add_fields(doc))

    for lang, lang_docs in by_lang.items():
        lang_config = {**base_config, "fields": search.FIELDS, "citations": citations}
        # lunr's own pipelines are for English; stemming or stop words would break Vietnamese
        # tokens, and queries end in a wildcard anyway (Material), which skips the pipeline.
        lang_config["lang"] = ["en"]
        lang_config["pipeline"] = ["stopWordFilter"] if lang == "en" else []
        base = "search/" if lang == default else f"{lang}/search/"
        # Written in shards, so a query loads only the pages that can answer it (sitegen/search_shards.py)
        search_shards.write_language_index(Path(config.site_dir) / base, base, lang_config, lang_docs)

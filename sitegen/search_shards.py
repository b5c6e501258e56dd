"""The search index of a language split into pieces, so a query loads only what can answer it.

Material's search loads the whole index of a language before the first answer: at 200 regulations,
43 MB. hooks/search_index.py builds the entries of each language (one per provision, folded
Vietnamese, citations: sitegen/search.py); this module, called at its end, writes them as:

- `search/shards/<page>.json`: one shard per page, `{"docs": [...]}`, the page's own entry first and
  then its sections and provisions, as Material's worker expects them (it takes the first entry of a
  path as the page). A regulation page holds all its provisions, so one regulation is one shard;
- `search/terms/<key>.json`: the term table, split by the first two letters of a term (`key`): for
  each unaccented term of the entries (words, pairs of syllables, citation tokens), the shards where it
  weighs most and how much (`{term: [shard, weight, shard, weight, ...]}`, at most CHAMPIONS shards);
- `search/search_index.json`: what Material's page script fetches and hands to the worker: the
  index config, with `shards` (the list of shard files and their sizes, the term table's keys, the
  byte budget) and no entries.

The site's worker (overrides/assets/site/search-worker.js) looks the query's terms up in the term table,
scores the shards with the weights found, loads the best ones up to SHARD_BUDGET bytes and lets
Material's worker build lunr on those entries only. A small site (all shards under ALL_AT_ONCE bytes)
loads every shard at the first query and skips the term table: the same search as one index.

The weights follow lunr's scoring as Material configures it (BM25 without length normalisation, the
field and entry boosts of sitegen/search.py), with the inverse document frequency of the whole
language, so the worker picks the shards whose best entry would score highest.

Why not Pagefind, whose index is loaded in fragments by design: it would be a second search in the
build with its own tokenizer and ranking, and the Vietnamese folding, the abbreviations, the numbers
with and without leading zeros, the citation look-up and the one entry per provision of
hooks/search_index.py would all have to be redone in its terms; splitting the index we have keeps
every one of them and Material's results, highlighting and keyboard handling as they are.
"""

from __future__ import annotations

import html
import json
import math
import re
import shutil
from collections import defaultdict
from pathlib import Path

from .text import fold

# The bytes of shards a query may load beyond the term table; ~0.6 MB keeps the first query (index
# config, term table pieces, Material's worker, shards) under the 1 MB goal of issue 14.
SHARD_BUDGET = 600_000
# A site whose shards add up to less than this loads them all at once (no term table needed).
ALL_AT_ONCE = 800_000
# The shards kept per term: the worker loads only a few shards per query anyway.
CHAMPIONS = 12
# lunr's BM25 saturation (lunr.Builder default k1); Material sets b = 0 (no length normalisation).
K1 = 1.2

_TAGS = re.compile(r"<[^>]+>")
_TERM_SPLIT = re.compile(r"[^a-z0-9_]+")
_PAGE_NAME = re.compile(r"[^a-z0-9-]+")


def terms_of(value: str, separator: re.Pattern) -> list[str]:
    """The unaccented terms of a field as the worker compares them: lunr's tokens (split by the index's
    separator, lowercase), folded (đ → d, no diacritics) and split once more at anything not a-z, 0-9
    or the "_" of a syllable pair."""
    plain = html.unescape(_TAGS.sub(" ", value))
    out = []
    for token in separator.split(plain.lower()):
        out += [t for t in _TERM_SPLIT.split(fold(token)) if t]
    return out


def bucket_key(term: str) -> str:
    """The term table piece of a term: its first two characters (the worker computes the same)."""
    return term[:2]


def page_of(location: str) -> str:
    return location.split("#", 1)[0]


def shard_name(page: str) -> str:
    """A file name for a page's shard: "regulations/380-qd-tw/" -> "regulations.380-qd-tw"."""
    name = ".".join(part for part in (_PAGE_NAME.sub("-", p.lower()).strip("-") for p in page.split("/")) if part)
    return name or "index"


def split_pages(docs: list[dict]) -> list[tuple[str, list[dict]]]:
    """[(page, its entries)] in the order of the index, each page's own entry first."""
    pages: dict[str, list[dict]] = {}
    for doc in docs:
        pages.setdefault(page_of(doc["location"]), []).append(doc)
    return list(pages.items())


def term_weights(pages: list[tuple[str, list[dict]]], fields: dict, separator: re.Pattern) -> dict[str, dict[int, float]]:
    """{term: {shard number: weight}}: per shard, the best score one of its entries gives the term."""
    entry_scores: list[tuple[int, dict[str, float]]] = []
    document_frequency: dict[str, int] = defaultdict(int)
    for number, (_, docs) in enumerate(pages):
        for doc in docs:
            boost = float(doc.get("boost", 1))
            scores: dict[str, float] = defaultdict(float)
            for field, spec in fields.items():
                value = doc.get(field)
                if isinstance(value, list):
                    value = " ".join(str(v) for v in value)
                if not isinstance(value, str) or not value:
                    continue
                counts: dict[str, int] = defaultdict(int)
                for term in terms_of(value, separator):
                    counts[term] += 1
                field_boost = float(spec.get("boost", 1))
                for term, tf in counts.items():
                    scores[term] += field_boost * boost * (K1 + 1) * tf / (K1 + tf)
            for term in scores:
                document_frequency[term] += 1
            entry_scores.append((number, scores))
    total = len(entry_scores)
    weights: dict[str, dict[int, float]] = defaultdict(dict)
    for number, scores in entry_scores:
        for term, score in scores.items():
            df = document_frequency[term]
            weight = score * math.log(1 + (total - df + 0.5) / (df + 0.5))
            if weight > weights[term].get(number, 0.0):
                weights[term][number] = weight
    return weights


def _rounded(value: float) -> float:
    return float(f"{value:.3g}")


def term_table(weights: dict[str, dict[int, float]]) -> dict[str, dict[str, list]]:
    """{key: {term: [shard, weight, ...]}}, the CHAMPIONS best shards of each term, best first."""
    buckets: dict[str, dict[str, list]] = defaultdict(dict)
    for term in sorted(weights):
        best = sorted(weights[term].items(), key=lambda item: (-item[1], item[0]))[:CHAMPIONS]
        buckets[bucket_key(term)][term] = [x for number, weight in best for x in (number, _rounded(weight))]
    return buckets


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def write_language_index(search_dir: Path, base: str, config: dict, docs: list[dict]) -> dict:
    """Write a language's search index as shards, term table and a small search_index.json in
    search_dir, its `search/` folder, at `base` from the site root ("search/", "en/search/"); returns
    the `shards` manifest put in the config."""
    for folder in ("shards", "terms"):
        shutil.rmtree(search_dir / folder, ignore_errors=True)  # a rebuild into the same site folder
        (search_dir / folder).mkdir(parents=True)
    pages = split_pages(docs)
    files = []
    taken: set[str] = set()
    for page, page_docs in pages:
        name = shard_name(page)
        while name in taken:  # two paths that differ only in characters a file name leaves out
            name += "-"
        taken.add(name)
        data = _dump({"docs": page_docs}).encode("utf-8")
        (search_dir / "shards" / f"{name}.json").write_bytes(data)
        files.append([name, len(data)])
    separator = re.compile(config.get("separator") or r"[\s\-]+")
    buckets = term_table(term_weights(pages, config.get("fields", {}), separator))
    for key, terms in buckets.items():
        (search_dir / "terms" / f"{key}.json").write_text(_dump(terms), encoding="utf-8")
    manifest = {"base": base, "files": files, "keys": sorted(buckets), "budget": SHARD_BUDGET,
                "all_at_once": sum(size for _, size in files) <= ALL_AT_ONCE}
    (search_dir / "search_index.json").write_text(_dump({"config": {**config, "shards": manifest}, "docs": []}),
                                                  encoding="utf-8")
    return manifest


def load_index(search_dir: Path) -> dict:
    """A language's whole index put back together ({"config", "docs"}), for tests and measurements."""
    index = json.loads((search_dir / "search_index.json").read_text(encoding="utf-8"))
    docs = list(index["docs"])
    for name, _ in index["config"]["shards"]["files"]:
        docs += json.loads((search_dir / "shards" / f"{name}.json").read_text(encoding="utf-8"))["docs"]
    return {"config": index["config"], "docs": docs}

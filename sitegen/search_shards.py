"""The search index of a language split into pieces, so a query loads only what can answer it.

Material's search loads the whole index of a language before the first answer (at 200 regulations,
43 MB) and builds lunr's index on all of it. hooks/search_index.py builds the entries of each language
(one per provision, folded Vietnamese, citations: sitegen/search.py); this module, called at its end,
writes them as:

- `search/shards/<n>.json`: each page's entries in the order of the index, cut into shards of about
  SHARD_BYTES (`{"page": {location, title, boost}, "docs": [...]}`), the page's own entry first in its
  first shard (Material's worker takes the first entry of a path as the page, the others as its
  sections; `page` stands for it when a query needs a section only);
- `search/terms/<key>.json`: the term table, in pieces named by the first KEY_LETTERS letters of a term: for
  each unaccented term of the entries (words, pairs of syllables, citation tokens) the CHAMPIONS entries
  it weighs most in and how much (`"t": {term: [entry id, weight, ...]}`, the id being the shard's
  number × SLOTS + the entry's place in it), and for each term lunr indexes,
  the number of fields of the whole language that hold it (`"d"`: lunr's document frequency);
- `search/search_index.json`: what Material's page script fetches and hands to the worker: the index
  config, with `shards` (the size of each shard, the pieces' keys, the number of entries, the budgets)
  and no entries: a few bytes per shard, about 25 KB at 400 regulations.

The site's worker (overrides/assets/site/search-worker.js) looks the query's terms up in the pieces they
name, adds up the weights per entry, loads the shards of the best entries within SHARD_BUDGET bytes
and gives Material's worker only the best CANDIDATES entries (and their pages' titles), with lunr's
idf taken from the whole language, so lunr ranks them as it would in one index of every entry. What a
first query loads is bounded by the budget and the champions per term, whatever the number of
regulations; the index lunr builds is bounded by CANDIDATES, so the first answer does not wait for an
index of the whole site. The price: a query lists its best CANDIDATES entries, not every entry that
has one of its words.

The weights are what lunr adds to an entry's score for a term as Material configures it (BM25 without
length normalisation, the field and entry boosts of sitegen/search.py), with the document frequencies
of the whole language.

Why not Pagefind, whose index is loaded in fragments by design: it would be a second search in the
build with its own tokenizer and ranking, and the Vietnamese folding, the abbreviations, the numbers
with and without leading zeros, the citation look-up and the one entry per provision of
hooks/search_index.py would all have to be redone in its terms; splitting the index we have keeps
every one of them and Material's results, highlighting and keyboard handling as they are.
"""

from __future__ import annotations

import json
import math
import re
import shutil
from collections import defaultdict
from pathlib import Path

from .text import fold

# What a query may load beyond search_index.json and the worker scripts: shards up to this many bytes;
# with the term table's pieces and Material's worker the first query stays under issue 14's 1 MB.
SHARD_BUDGET = 500_000
# A page's entries are cut into shards of about this size, so a query loads the part of a long page
# (a regulation, a gathering page) that can answer it, not the whole page.
SHARD_BYTES = 12_000
# A piece of the term table holds the terms that begin with the same KEY_LETTERS letters (a shorter
# term is a piece of its own): a query loads the pieces of its words. The worker looks a word shorter
# than this up whole only, so the letters typed so far ("p", "ph") load nothing but their own piece.
KEY_LETTERS = 3
# An entry's id in the term table: its shard's number × SLOTS + its place in the shard.
SLOTS = 4096
# The entries Material's worker indexes for a query: the best by the term table, at most CANDIDATES
# and until their text reaches INDEX_CHARS, with their pages' own entries. lunr builds its index at
# each new set of entries, in a time that grows with their text; with 12 the query set's look-ups
# were no longer all in the first three (tests/site/search_queries.yml), with 16 and 20 they were, with
# the same first ranks as 24 (50 of 54); at 400 regulations the first "phoi hop" takes about 30 ms of
# processor time in Node with 16, 46–56 ms with 24 (docs/method/scale.md).
# INDEX_CHARS (the text of the title, the text and the matched-only fields, counted before the worker
# trims the latter) was 24,000 until 30/11/2026: with 12,000 the query set gains a first rank (51 of 54)
# and keeps every look-up in the first three, with 8,000 one fell out of them; at 400 regulations the
# first "15 ngay", "can bo" and "dieu 8 khoan 2" take 32–47 ms of processor time instead of 46–52.
CANDIDATES = 16
INDEX_CHARS = 12_000
# The fields Material's results show (and highlight); the other fields of the config are matched only,
# and the worker gives lunr only their terms that a word of the query begins (`trim` in the manifest).
SHOWN = ("title", "text", "tags")
# The entries kept per term in the term table, best first.
CHAMPIONS = 64
# lunr's BM25 saturation (lunr.Builder default k1); Material sets b = 0 (no length normalisation).
K1 = 1.2

_TAGS = re.compile(r"<[^>]+>")
_TERM_SPLIT = re.compile(r"[^a-z0-9_]+")
_NOT_KEY = re.compile(r"[^a-z0-9_]")


def lunr_terms(value, separator: re.Pattern) -> list[str]:
    """The terms lunr indexes for a field in Material's worker: the text between tags, split by the
    index's separator, lowercase (the Vietnamese pipeline is empty; English stop words are counted
    too, which only adds terms no query will look up)."""
    if isinstance(value, list):
        value = " ".join(str(v) for v in value)
    if not isinstance(value, str):
        return []
    return [t for t in separator.split(_TAGS.sub(" ", value).lower()) if t]


def folded_terms(term: str) -> list[str]:
    """The unaccented terms a lunr term stands for, as the worker splits a query: folded (đ → d, no
    diacritics) and split at anything not a-z, 0-9 or the "_" of a syllable pair."""
    return [t for t in _TERM_SPLIT.split(fold(term)) if t]


def bucket_key(term: str) -> str:
    """The term table piece of a term: its first KEY_LETTERS unaccented letters (the worker computes
    the same from the query's words); "" for a term without any."""
    return _NOT_KEY.sub("", fold(term))[:KEY_LETTERS]


def page_of(location: str) -> str:
    return location.split("#", 1)[0]


def _size(doc: dict) -> int:
    return len(_dump(doc).encode("utf-8")) + 1


def split_shards(docs: list[dict]) -> list[tuple[dict, list[dict]]]:
    """[(page, entries)]: each page's entries in the order of the index, cut into shards of about
    SHARD_BYTES (an entry is never cut; fewer than SLOTS entries a shard), the page's own entry first
    in its first shard; `page` is the page's location, title and boost, which the worker gives Material
    as the page's entry when a query needs a section and not the page's own entry (Material takes the
    first entry of a path as the page, the others as its sections)."""
    pages: dict[str, list[dict]] = {}
    for doc in docs:
        pages.setdefault(page_of(doc["location"]), []).append(doc)
    shards: list[tuple[dict, list[dict]]] = []
    for page, page_docs in pages.items():
        own = page_docs[0]
        head = {"location": page, "title": own.get("title", ""), **({"boost": own["boost"]} if "boost" in own else {})}
        current: list[dict] = []
        size = 0
        for doc in page_docs:
            if current and (size + _size(doc) > SHARD_BYTES or len(current) == SLOTS):
                shards.append((head, current))
                current, size = [], 0
            current.append(doc)
            size += _size(doc)
        shards.append((head, current))
    return shards


def lunr_idf(df: int, total: int) -> float:
    """lunr.idf: df counts each field of an entry that holds the term."""
    return math.log(1 + abs((total - df + 0.5) / (df + 0.5)))


def term_table(docs: list[dict], fields: dict, separator: re.Pattern, ids: list[int] | None = None) -> tuple[dict, dict]:
    """({unaccented term: {entry id: weight}}, {lunr term: document frequency}); an entry's id is its
    number in `docs` unless `ids` gives them.

    An entry's weight for a term is what lunr adds to its score for it (the value of its field
    vectors): idf × (k1 + 1)·tf / (k1 + tf) × field boost × entry boost, summed over the fields and
    over the accented terms that fold to it, with the document frequencies of the whole language."""
    counted: list[dict[tuple[str, str], int]] = []
    frequency: dict[str, int] = defaultdict(int)
    for doc in docs:
        counts: dict[tuple[str, str], int] = defaultdict(int)
        for field in fields:
            if field in doc:
                for term in lunr_terms(doc[field], separator):
                    counts[(field, term)] += 1
        for _, term in counts:
            frequency[term] += 1
        counted.append(counts)
    weights: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    for number, doc, counts in zip(ids if ids is not None else range(len(docs)), docs, counted):
        boost = float(doc.get("boost", 1))
        for (field, term), tf in counts.items():
            value = (lunr_idf(frequency[term], len(docs)) * (K1 + 1) * tf / (K1 + tf)
                     * float(fields[field].get("boost", 1)) * boost)
            for folded in set(folded_terms(term)):
                weights[folded][number] += value
    return weights, dict(frequency)


def _rounded(value: float) -> float:
    return float(f"{value:.3g}")


def pieces(weights: dict, frequency: dict) -> dict[str, dict]:
    """{key: {"t": {term: [entry, weight, ...]}, "d": {lunr term: frequency}}}: the CHAMPIONS best
    entries of each unaccented term, best first, and the frequencies the worker gives lunr."""
    out: dict[str, dict] = defaultdict(lambda: {"t": {}, "d": {}})
    for term in sorted(weights):
        best = sorted(weights[term].items(), key=lambda item: (-item[1], item[0]))[:CHAMPIONS]
        key = bucket_key(term)
        if key:
            out[key]["t"][term] = [x for number, weight in best for x in (number, _rounded(weight))]
    for term in sorted(frequency):
        key = bucket_key(term)
        if key:
            out[key]["d"][term] = frequency[term]
    return out


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def write_language_index(search_dir: Path, base: str, config: dict, docs: list[dict]) -> dict:
    """Write a language's search index as shards, term table and a small search_index.json in
    search_dir, its `search/` folder, at `base` from the site root ("search/", "en/search/"); returns
    the `shards` manifest put in the config. Shard n is `shards/<n>.json`; an entry's id in the term
    table is n × SLOTS + its place in the shard."""
    for folder in ("shards", "terms"):
        shutil.rmtree(search_dir / folder, ignore_errors=True)  # a rebuild into the same site folder
        (search_dir / folder).mkdir(parents=True)
    sizes: list[int] = []
    ordered: list[dict] = []
    ids: list[int] = []
    for number, (page, shard_docs) in enumerate(split_shards(docs)):
        data = _dump({"page": page, "docs": shard_docs}).encode("utf-8")
        (search_dir / "shards" / f"{number}.json").write_bytes(data)
        sizes.append(len(data))
        ordered += shard_docs
        ids += [number * SLOTS + place for place in range(len(shard_docs))]
    separator = re.compile(config.get("separator") or r"[\s\-]+")
    weights, frequency = term_table(ordered, config.get("fields", {}), separator, ids)
    table = pieces(weights, frequency)
    for key, piece in table.items():
        (search_dir / "terms" / f"{key}.json").write_text(_dump(piece), encoding="utf-8")
    manifest = {"base": base, "sizes": sizes, "slots": SLOTS, "key_letters": KEY_LETTERS,
                "keys": " ".join(sorted(table)), "entries": len(ordered),
                "budget": SHARD_BUDGET, "candidates": CANDIDATES, "index_chars": INDEX_CHARS,
                "trim": [field for field in config.get("fields", {}) if field not in SHOWN]}
    (search_dir / "search_index.json").write_text(_dump({"config": {**config, "shards": manifest}, "docs": []}),
                                                  encoding="utf-8")
    return manifest


def load_index(search_dir: Path) -> dict:
    """A language's whole index put back together ({"config", "docs"}), for tests and measurements."""
    index = json.loads((search_dir / "search_index.json").read_text(encoding="utf-8"))
    docs = list(index["docs"])
    for number in range(len(index["config"]["shards"]["sizes"])):
        docs += json.loads((search_dir / "shards" / f"{number}.json").read_text(encoding="utf-8"))["docs"]
    return {"config": index["config"], "docs": docs}

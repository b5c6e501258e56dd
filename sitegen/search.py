"""What the search index knows beyond the words of a page: citations, abbreviations, numbers, ranks.

Material's search (lunr in a Web Worker, client-side, one index per language) matches the words of
each entry's fields. hooks/search_index.py builds the entries; this module gives them:

- `cite`: one token naming the provision ("zzdieu8khoan2zz"). The index config carries a table from
  every way a reader types a citation to these tokens ("dieu 8 khoan 2", "khoan 2 dieu 8", "d8 k2",
  "k2 d8", "article 8 clause 2", "8(2)" ..., generated from checker.ids, the one provision-id grammar,
  and the catalogue's words); the page's search worker (overrides/assets/site/search-worker.js) looks
  the query's words up in it and adds the tokens it finds to the query. A lookup, not a parser: bags of
  words cannot tell "Điều 6 khoản 5" from "Điều 5 khoản 6", a phrase can;
- `folded_title`, `folded`: the title and the text unaccented (đ → d), each number also written with and without a
  leading zero ("05" ↔ "5") and the abbreviations of sitegen/abbreviations.yml added where their
  expansion is written out, and the other way round;
- `pairs` (provisions only): each two neighbouring syllables of the text as one token, for the words
  of a query rather than its syllables;
- a rank: provisions first, then the rest of a regulation page, then every other page.
"""

from __future__ import annotations

import json
from pathlib import Path

import re
from functools import cache
from importlib import resources

import yaml

from checker.ids import FRONT, ProvisionId
from checker.languages import LANGS
from checker.messages import text

from .text import fold

# Document boosts (lunr multiplies every field of the entry by it). Material scores without length
# normalisation, so a long tool, method or training page that repeats a word would outrank the
# provision that says it once; regulation text is what readers look up.
PROVISION_BOOST = 4.0
REGULATION_PAGE_BOOST = 0.5  # the page's own entry (title, table of contents) and its other sections
OTHER_PAGE_BOOST = 0.2
# Field boosts of the index config. Material's default title boost (1000) lets any page whose title
# has one of the words outrank the text that answers the query; the citation forms weigh most.
TITLE_BOOST = 5.0
FIELDS = {"title": {"boost": TITLE_BOOST}, "text": {"boost": 1.0}, "tags": {"boost": 1000.0},
          "folded_title": {"boost": TITLE_BOOST}, "folded": {"boost": 1.0}, "pairs": {"boost": 2.0},
          "cite": {"boost": 100.0}}

_WORDS = {"dieu": "cite.word.dieu", "khoan": "cite.word.khoan", "diem": "cite.word.diem", "gach": "cite.word.gach"}
_SHORT = {"dieu": "cite.short.dieu", "khoan": "cite.short.khoan"}
_NUMBER = re.compile(r"(?<![\w])(\d+)(?![\w])")


def words(value: str) -> str:
    """Plain unaccented words, as a reader types them."""
    return " ".join(fold(value).split())


def citation_forms(provision_id: str) -> list[str]:
    """The citation of a provision as a reader may type it, in both languages, unaccented."""
    ident = ProvisionId.parse(provision_id)
    cite = ident.citation()
    forms = [words(cite["vi"]), words(cite["en"])]
    if ident.decision and ident.front:  # the Decision's legal basis is the document's: "can cu thu 3"
        plain = ProvisionId(front=ident.front, number=ident.number).citation()
        forms += [words(plain["vi"]), words(plain["en"])]
    if ident.kind not in (FRONT, "chuong"):
        levels = [(level, getattr(ident, level)) for level in ("dieu", "khoan", "diem", "gach")
                  if getattr(ident, level) is not None]
        values = [ident.letter if level == "diem" else str(value) for level, value in levels]
        for lang in LANGS:
            named = [f"{text(_WORDS[level])[lang]} {value}" for (level, _), value in zip(levels, values)]
            forms.append(words(" ".join(named)))  # outermost first: "dieu 8 khoan 2"
            if lang == "vi":
                forms.append(words(" ".join(reversed(named))))  # as cited: "khoan 2 dieu 8"
            if all(level in _SHORT for level, _ in levels):
                short = [f"{text(_SHORT[level])[lang]}{value}" for (level, _), value in zip(levels, values)]
                forms.append(words(" ".join(short)))  # "d8 k2"
                forms.append(words(" ".join(reversed(short))))  # "k2 d8"
        if ident.khoan is not None and ident.gach is None:  # "8(2)", "8(2)(b)"
            forms.append(words(f"{ident.dieu}({ident.khoan})" + (f"({ident.letter})" if ident.letter else "")))
    return list(dict.fromkeys(forms))


def citation_token(provision_id: str) -> str:
    """The token of a provision in the `cite` field; no token is the beginning of another, since
    Material searches every word as a prefix."""
    return f"zz{ProvisionId.parse(provision_id)}zz".replace("-", "")


def phrase(value: str) -> str:
    """A citation as the worker compares it: unaccented words and numbers, single spaces."""
    return " ".join(re.split(r"[^a-z0-9]+", words(value))).strip()


def citation_table(provision_ids) -> dict[str, str]:
    """{typed citation: the tokens of the provisions it names}, for the index config."""
    table: dict[str, list[str]] = {}
    for provision_id in provision_ids:
        token = citation_token(provision_id)
        for form in citation_forms(provision_id):
            key = phrase(form)
            if key and token not in table.setdefault(key, []):
                table[key].append(token)
    return {key: " ".join(tokens) for key, tokens in sorted(table.items())}


def number_forms(value: str) -> list[str]:
    """Each number of the text also without its leading zeros and, below 10, with one ("05" ↔ "5")."""
    extra = []
    for number in _NUMBER.findall(value):
        stripped = number.lstrip("0") or "0"
        if stripped != number:
            extra.append(stripped)
        if len(stripped) == 1 and number == stripped:
            extra.append(f"0{stripped}")
    return list(dict.fromkeys(extra))


@cache
def abbreviations() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(unaccented abbreviation, its unaccented expansions), longest expansion first."""
    data = yaml.safe_load(resources.files(__package__).joinpath("abbreviations.yml").read_text(encoding="utf-8"))
    entries = []
    for entry in data["abbreviations"]:
        expansions = tuple(words(entry[lang]) for lang in LANGS if entry.get(lang))
        entries.append((words(entry["abbr"]), expansions))
    return tuple(sorted(entries, key=lambda e: -max(len(x) for x in e[1])))


@cache
def equivalents() -> tuple[tuple[str, ...], ...]:
    """Groups of unaccented words that mean the same to a reader."""
    data = yaml.safe_load(resources.files(__package__).joinpath("abbreviations.yml").read_text(encoding="utf-8"))
    return tuple(tuple(member.lower() for member in group) for group in data.get("equivalents", []))


def _padded(value: str) -> str:
    return f" {re.sub(r'[^a-z0-9/]+', ' ', value)} "


def abbreviation_forms(plain: str) -> list[str]:
    """The abbreviations whose expansion the text writes out, the expansions of those it uses, and the
    equivalents of its words (compared accented: "họp" is not "hợp")."""
    extra = []
    padded = _padded(words(plain))
    accented = " " + " ".join(re.split(r"[^\w/]+", plain.lower())) + " "
    for abbr, expansions in abbreviations():
        if any(_padded(x) in padded for x in expansions):
            extra.append(abbr)
        elif f" {abbr} " in padded or re.search(rf"[\s-]{re.escape(abbr)}[\s]", padded):
            extra.append(expansions[0])
    for group in equivalents():  # unaccented, like the fields they go to (the worker folds query pairs)
        present = [member for member in group if f" {member} " in accented]
        if present:
            extra += [words(member) for member in group if member not in present]
    return extra


def folded_field(plain: str) -> str:
    """The unaccented field of an entry's plain title (`folded_title`) or text (`folded`): its words,
    numbers with and without leading zeros, abbreviations and expansions."""
    folded = words(plain)
    extra = number_forms(folded) + abbreviation_forms(plain)
    # English (or already unaccented) words are in the title and text fields as they are
    same = folded == " ".join(plain.lower().split())
    return " ".join([*([] if same else [folded]), *extra])


def pairs(value: str) -> str:
    """Each two neighbouring syllables as one token ("can bo" -> "can_bo"): Vietnamese writes a word as
    syllables separated by spaces, so "cử cán bộ" and "căn cứ ... cán bộ" share every syllable but not
    their pairs (in English, "working days" is a pair too). The worker makes the same pairs of the query."""
    syllables = phrase(value).split()
    return " ".join(dict.fromkeys(f"{a}_{b}" for a, b in zip(syllables, syllables[1:])))


def pairs_field(value: str) -> str:
    """The `pairs` field of a provision: the pairs of its text and of the words search adds to it."""
    return pairs(" ".join([value, *abbreviation_forms(value)]))


def page_boost(location: str) -> float:
    """The document boost of an entry that is not a provision."""
    return REGULATION_PAGE_BOOST if re.match(r"regulations/[^/#]+/", location) else OTHER_PAGE_BOOST


def result_title(cite: str, label: str, lang: str) -> str:
    """A provision's result title: its citation and its regulation."""
    return text("search.result", cite=cite, label=label)[lang]


def write_worker_target(site_dir: Path) -> Path:
    """assets/site/search-target.js: which file is Material's search worker in this build (its name carries
    a hash). The site's worker (overrides/assets/site/search-worker.js) imports it by a path relative to
    itself: a query parameter would be lost when the service worker answers from its cache, because a
    worker's location is the URL of the response it was started from."""
    workers = sorted((site_dir / "assets" / "javascripts" / "workers").glob("search.*.js"))
    if len(workers) != 1:
        raise ValueError(f"expected one Material search worker in assets/javascripts/workers, found {len(workers)}")
    target = site_dir / "assets" / "site" / "search-target.js"
    target.write_text("// Written by sitegen.search at build time: Material's search worker of this build.\n"
                      f"self.materialSearchWorker = {json.dumps('../javascripts/workers/' + workers[0].name)};\n",
                      encoding="utf-8")
    return target

"""One English term for one thing: the texts, metadata, rules and scenarios agree (data: english_terms.yml)."""

import re
import unicodedata
from pathlib import Path

import pytest
import yaml

from checker.corpus import read_blocks

ROOT = Path(__file__).resolve().parents[2]
REGULATIONS = ROOT / "regulations"
IDS = sorted(p.name for p in REGULATIONS.iterdir() if p.is_dir())
VARIANTS = yaml.safe_load((Path(__file__).with_name("english_terms.yml")).read_text(encoding="utf-8"))["variants"]


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).lower()


def _english_strings(value):
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "en" and isinstance(item, str):
                yield item
            else:
                yield from _english_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _english_strings(item)


def _english_texts(regulation):
    folder = REGULATIONS / regulation
    yield "text.en.md", (folder / "text.en.md").read_text(encoding="utf-8")
    for name in ("meta.yml", "rules.yml", "scenarios.yml"):
        if (folder / name).exists():
            for text in _english_strings(yaml.safe_load((folder / name).read_text(encoding="utf-8"))):
                yield name, text


@pytest.mark.parametrize("regulation", IDS)
def test_no_variant_of_a_fixed_english_term(regulation):
    found = []
    for name, text in _english_texts(regulation):
        text = _norm(text)
        for variant in VARIANTS:
            if variant.get("unless"):
                text = text.replace(_norm(variant["unless"]), "")
            if _norm(variant["wrong"]) in text:
                found.append(f"{name}: '{variant['wrong']}' (use '{variant['right']}': {variant['why']})")
    assert not found, "\n".join(found)


def _blocks(regulation, lang):
    return {pid: text for pid, _, text in read_blocks(REGULATIONS / regulation / f"text.{lang}.md")[0]}


@pytest.mark.parametrize("regulation", IDS)
@pytest.mark.parametrize("lang", ("vi", "en"))
def test_metadata_uses_the_words_of_the_text(regulation, lang):
    """The title and each legal basis in meta.yml are the words of the text, so both use one term each."""
    meta = yaml.safe_load((REGULATIONS / regulation / "meta.yml").read_text(encoding="utf-8"))
    blocks = _blocks(regulation, lang)
    title_block = blocks.get("qd-tieu-de") or blocks["tieu-de"]
    assert _norm(meta["title"][lang]) in _norm(title_block)
    for basis in meta["legal_bases"]:
        assert _norm(basis[lang]) in _norm(blocks[basis["provision"]]), (basis["provision"], basis[lang])

"""The Word downloads (sitegen.worddoc, python-docx): they open with python-docx, every provision is in them in
order, and chương / điều are real Word headings."""

from __future__ import annotations

import pytest

LANGS = ("vi", "en")


def _document(built_site, path):
    from docx import Document

    return Document(str(built_site / path))


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("reg_id", ["380-qd-tw", "lao-cai-vks-xa-phuong"])
def test_docx_holds_every_provision_in_order_with_word_headings(built_site, site_index, site_regulations, reg_id, lang):
    entry = next(e for e in site_index["regulations"] if e["id"] == reg_id)
    document = _document(built_site, entry["docx"][lang])
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    provisions = site_regulations[reg_id]["provisions"]
    has_decision = any(p["id"].startswith("qd-") for p in provisions)
    cursor = 0
    for provision in provisions:
        lines = [line.strip() for line in provision[lang].strip().splitlines() if line.strip()]
        first = lines[0]
        at = next((i for i in range(cursor, len(paragraphs)) if first in paragraphs[i][1]), None)
        assert at is not None, f"{reg_id} {lang}: {provision['id']} missing or out of order"
        style = paragraphs[at][0]
        if provision["kind"] == "chuong":
            assert style == ("Heading 2" if has_decision else "Heading 1"), provision["id"]
        elif provision["kind"] == "dieu":
            main = not provision["id"].startswith("qd-")
            assert style == ("Heading 3" if has_decision and main else "Heading 2"), provision["id"]
        else:
            assert not style.startswith("Heading"), provision["id"]
        cursor = at + 1
    text = _words("\n".join(t for _, t in paragraphs))
    for provision in provisions:  # every word of every provision
        for line in provision[lang].strip().splitlines():
            assert _words(line) in text, (provision["id"], line)
    assert document.core_properties.language == lang


def test_docx_sizes_are_reasonable(built_site, site_index):
    for entry in site_index["regulations"]:
        for lang in LANGS:
            size = (built_site / entry["docx"][lang]).stat().st_size
            assert 20_000 < size < 200_000, (entry["docx"][lang], size)

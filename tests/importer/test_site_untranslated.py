"""The English page of an imported (untranslated) regulation: Vietnamese text, a notice per provision, same anchors."""

import re

from checker.corpus import load_corpus
from checker.messages import MESSAGES
from sitegen import views
from test_corpus_review import _corpus

PENDING = MESSAGES["site.translation_pending"]


def _pages(tmp_path, translate=None):
    root, folder = _corpus(tmp_path)
    if translate:
        path = folder / "text.en.md"
        path.write_text(path.read_text(encoding="utf-8").replace(*translate), encoding="utf-8")
    corpus = load_corpus(root)
    ctx = views.Context(corpus, tmp_path / "docs", root)
    reg = corpus["regulations"]["thu"]
    return reg, {lang: views.regulation_page(ctx, reg, lang) for lang in ("vi", "en")}


def _anchors(page):
    return set(re.findall(r'id="([a-z0-9-]+)"', page)) | set(re.findall(r"\{ #([a-z0-9-]+)", page))


def test_english_page_shows_vietnamese_with_a_notice_per_provision(tmp_path):
    reg, pages = _pages(tmp_path)
    assert pages["en"].count(PENDING["en"]) == len(reg["provisions"])
    assert PENDING["vi"] not in pages["vi"] and PENDING["en"] not in pages["vi"]
    assert "Bên được yêu cầu trả lời trong thời hạn 05 ngày làm việc" in pages["en"]
    assert "(untranslated)" not in pages["en"]
    ids = {p["id"] for p in reg["provisions"]}
    assert ids <= _anchors(pages["en"]) and ids <= _anchors(pages["vi"])  # the language switch keeps anchors


def test_a_translated_provision_loses_its_notice(tmp_path):
    reg, pages = _pages(tmp_path, ("::: dieu-1\n(untranslated)", "::: dieu-1\nArticle 1. Scope"))
    assert pages["en"].count(PENDING["en"]) == len(reg["provisions"]) - 1
    assert "Article 1. Scope" in pages["en"]

"""One concept, one name, in one place: changing a label in the catalogue changes it in the command line,
the regulation pages, the training kit and the browser checker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker import messages
from checker.corpus import load_corpus

ROOT = Path(__file__).resolve().parents[2]
MARK = {"vi": "HẬU-QUẢ-ĐÁNH-DẤU", "en": "CONSEQUENCE-MARKER"}


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(ROOT / "regulations")


@pytest.fixture
def marked(monkeypatch):
    monkeypatch.setitem(messages.MESSAGES, "label.consequence", MARK)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_command_line_says_it(marked, corpus, lang):
    from checker.cli import render_table
    from checker.engine import check

    result = check(corpus, {"regulation": "lao-cai-vks-xa-phuong", "event": "opinion-request-received",
                            "date": "2026-11-20", "lang": lang})
    assert f"{MARK[lang]}: " in render_table(result, lang)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_regulation_page_and_the_deadlines_table_say_it(marked, corpus, lang):
    from sitegen import views

    ctx = views.Context(corpus, ROOT / "docs")
    assert f"{MARK[lang]}:" in views.regulation_page(ctx, corpus["regulations"]["lao-cai-vks-xa-phuong"], lang)
    assert f"{MARK[lang]}:" in views.deadlines_page(ctx, corpus["regulations"]["lao-cai-vks-xa-phuong"], lang)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_training_kit_says_it(marked, corpus, lang):
    from sitegen import training

    items = [item for item in training.build_items(corpus) if item["regulation"] == "lao-cai-vks-xa-phuong"]
    assert f"{MARK[lang]}:" in training.scenarios_page(lang, corpus["regulations"]["lao-cai-vks-xa-phuong"], items)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_browser_checker_reads_it_from_the_page(marked, corpus, lang):
    from sitegen import views

    ctx = views.Context(corpus, ROOT / "docs")
    html = views.block("checker-form", ctx, lang, "checker/")
    start = html.index('<script type="application/json" id="checker-text">') + len(
        '<script type="application/json" id="checker-text">')
    words = json.loads(html[start:html.index("</script>", start)])
    assert words["consequence"] == MARK[lang]
    script = (ROOT / "docs" / "assets" / "checker" / "checker.js").read_text(encoding="utf-8")
    assert "TEXT.consequence" in script and MARK[lang] not in script

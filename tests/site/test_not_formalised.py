"""Regulation pages say what is deliberately not formalised, and the project's readings of a rule, next to
the provision and the rule (sitegen.views, built from the corpus without running mkdocs)."""

import copy
import html
from pathlib import Path

import pytest

from checker.corpus import load_corpus

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(ROOT / "regulations")


def _page(docs_script, corpus, reg_id, lang, reg=None):
    from sitegen import views

    return views.regulation_page(views.Context(corpus, ROOT / "docs"), reg or corpus["regulations"][reg_id], lang)


@pytest.mark.parametrize("lang, badge, words, reason", [
    ("vi", "Không lập quy tắc", "“Kịp thời biểu dương, khen thưởng", "Câu này không nêu bên phải làm"),
    ("en", "Not formalised", "“Promptly commend and reward", "The sentence names no party"),
])
def test_not_formalised_words_follow_their_provision(docs_script, corpus, lang, badge, words, reason):
    page = _page(docs_script, corpus, "lao-cai-vks-xa-phuong", lang)
    provision = page.index('id="dieu-9-khoan-2"')
    box = page.index('class="rule not-formalised"', provision)
    assert box < page.index('id="dieu-9-khoan-3"')
    shown = page[box:page.index("</aside>", box)]
    assert badge in shown and words in shown and reason in shown


def test_a_whole_provision_not_formalised_says_so(docs_script, corpus):
    page = _page(docs_script, corpus, "380-qd-tw", "en")
    box = page.index('class="rule not-formalised"', page.index('id="dieu-2-khoan-3"'))
    assert box < page.index('id="dieu-2-khoan-4"')
    assert "The whole provision: A principle of coordination" in page[box:page.index("</aside>", box)]


def test_not_formalised_text_is_escaped(docs_script, corpus):
    reg = copy.deepcopy(corpus["regulations"]["lao-cai-vks-xa-phuong"])
    item = reg["rules"]["not_formalised"][-1]
    item["excerpt"] = {"vi": "<script>alert(1)</script>", "en": "<b>x</b>"}
    item["reason"] = {"vi": "a & b", "en": "\"q\" <i>"}
    page = _page(docs_script, corpus, None, "en", reg)
    assert "<b>x</b>" not in page and "&lt;b&gt;x&lt;/b&gt;" in page and "&lt;i&gt;" in page


@pytest.mark.parametrize("rule_id", ["r-dieu-8-khoan-2-gui-truoc-05-ngay", "r-dieu-8-khoan-3-diem-a-cung-cap-tai-lieu-05-ngay"])
@pytest.mark.parametrize("lang, words", [("vi", "là cách đọc của dự án"), ("en", "is the project's reading")])
def test_the_inferred_reference_date_is_called_the_projects_reading(docs_script, corpus, rule_id, lang, words):
    page = _page(docs_script, corpus, "lao-cai-vks-xa-phuong", lang)
    box = page.index(f'id="{rule_id}"')
    visible = page[box:page.index("<details>", box)]  # beside the reference date, not folded away
    assert 'class="reference-date"' in visible and words in html.unescape(visible)

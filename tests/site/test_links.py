"""Every internal link and anchor of the built site resolves, in both languages, and every provision has
the same anchor in both languages."""

import re


def test_every_internal_link_and_anchor_resolves(built_site, docs_script):
    problems = docs_script.verify_links(built_site)
    assert not problems, "\n".join(problems[:30])


def test_link_checker_catches_a_broken_anchor(tmp_path, docs_script):
    (tmp_path / "index.html").write_text('<a href="page/#missing">x</a><a href="#top">y</a><p id="top"></p>')
    (tmp_path / "page").mkdir()
    (tmp_path / "page" / "index.html").write_text('<a href="../nowhere/">z</a><img src="https://cdn.example/x.png">')
    problems = docs_script.verify_links(tmp_path)
    assert len(problems) == 3, problems


def test_every_provision_has_the_same_anchor_in_both_languages(built_site, site_regulations):
    for reg_id, regulation in site_regulations.items():
        pages = {lang: (built_site / prefix / "regulations" / reg_id / "index.html").read_text(encoding="utf-8")
                 for lang, prefix in (("vi", ""), ("en", "en"))}
        for lang, html in pages.items():
            ids = set(re.findall(r'id="([^"]+)"', html))
            missing = [p["id"] for p in regulation["provisions"] if p["id"] not in ids]
            assert not missing, (reg_id, lang, missing[:5])

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


def test_every_page_exists_in_both_languages_with_the_same_anchors(built_site, docs_script):
    """The language switch keeps the #anchor: it must exist on the other side. Only the page title's own
    id (derived from its words) may differ; every section and provision id is the same."""
    pages = docs_script.scan_site(built_site)
    vietnamese = {p for p in pages if not p.startswith(("en/", "pyodide/", "wheels/")) and p != "404.html"}
    english = {p[3:] for p in pages if p.startswith("en/")}
    assert vietnamese == english, (sorted(vietnamese - english), sorted(english - vietnamese))
    differ = {}
    for page in sorted(vietnamese):
        titles = {lang: set(re.findall(r'<h1[^>]* id="([^"]+)"', (built_site / prefix / page).read_text(encoding="utf-8")))
                  for lang, prefix in (("vi", "."), ("en", "en"))}
        vi_ids, en_ids = pages[page].ids - titles["vi"], pages["en/" + page].ids - titles["en"]
        if vi_ids != en_ids:
            differ[page] = (sorted(vi_ids - en_ids)[:5], sorted(en_ids - vi_ids)[:5])
    assert not differ, differ


def test_one_404_page_in_both_languages(built_site):
    assert not (built_site / "en" / "404.html").exists()
    page = (built_site / "404.html").read_text(encoding="utf-8")
    assert '<html lang="vi"' in page  # the default language's build wrote it, not the last one
    assert "Không tìm thấy trang" in page and "Page not found" in page
    assert 'href="/en/" hreflang="en"' in page and 'href="/" hreflang="vi"' in page  # the switch goes home


def test_serve_answers_a_missing_page_with_the_404_page(built_site, docs_script):
    import threading
    import urllib.error
    import urllib.request
    from http.server import ThreadingHTTPServer

    server = ThreadingHTTPServer(("127.0.0.1", 0), docs_script.site_handler(built_site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        try:
            urllib.request.urlopen(f"{url}/en/no/such/page/")
            raise AssertionError("a missing page answered 200")
        except urllib.error.HTTPError as error:
            assert error.code == 404 and "Page not found" in error.read().decode("utf-8")
        assert urllib.request.urlopen(f"{url}/regulations/380-qd-tw/").status == 200
    finally:
        server.shutdown()
        server.server_close()

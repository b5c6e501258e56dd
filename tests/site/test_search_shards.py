"""The search index in shards (sitegen/search_shards.py) and the site's worker that loads only the shards a
query needs (overrides/assets/site/search-worker.js), the worker run in Node as the page runs it
(scripts/search_run.mjs, Material's own worker and lunr inside it)."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from sitegen import search_shards
from sitegen.search_eval import load_queries, run
from sitegen.search_shards import load_index, write_language_index

FIRST_QUERY_LIMIT = 1_000_000  # issue 14: the first query loads at most 1 MB, whatever the number of regulations


def _doc(location: str, text: str, title: str = "T", boost: float = 1.0) -> dict:
    return {"location": location, "title": title, "text": text, "boost": boost}


def test_a_page_is_cut_into_shards_with_its_own_entry_first_and_no_entry_cut():
    long = "chữ " * (search_shards.SHARD_BYTES // 8)
    docs = [_doc("a/", "trang a", title="Trang A", boost=0.5), *[_doc(f"a/#s{i}", long) for i in range(5)],
            _doc("b/", "trang b"), _doc("b/#x", "mục x")]
    shards = search_shards.split_shards(docs)
    a_shards = [entries for page, entries in shards if page["location"] == "a/"]
    assert len(a_shards) > 2 and a_shards[0][0]["location"] == "a/"
    # every shard of a page names the page, for a query that needs a section and not the page's own entry
    assert all(page == {"location": "a/", "title": "Trang A", "boost": 0.5} for page, _ in shards[:len(a_shards)])
    assert [d["location"] for _, entries in shards for d in entries] == [d["location"] for d in docs]
    assert shards[-1][0]["location"] == "b/" and [d["location"] for d in shards[-1][1]] == ["b/", "b/#x"]


def test_the_term_table_weighs_like_lunr_and_keeps_the_best_entries_per_term():
    fields = {"title": {"boost": 5.0}, "text": {"boost": 1.0}}
    separator = re.compile(r"[\s\-]+")
    docs = [_doc("a/", "phối hợp", title="khác"), _doc("b/", "khác", title="Phối hợp"), _doc("c/", "khác")]
    weights, frequency = search_shards.term_table(docs, fields, separator)
    assert set(weights["phoi"]) == {0, 1}  # accented and unaccented terms fold together
    assert weights["phoi"][1] > weights["phoi"][0]  # the title weighs five times the text
    assert frequency["phối"] == 2 and frequency["khác"] == 3
    many = {"x": {number: float(number) for number in range(search_shards.CHAMPIONS + 10)}}
    table = search_shards.pieces(many, {"x": 99})
    postings = table["x"]["t"]["x"]
    assert len(postings) == 2 * search_shards.CHAMPIONS and postings[0] == search_shards.CHAMPIONS + 9  # best first
    assert table["x"]["d"] == {"x": 99}
    assert search_shards.bucket_key("Điều") == "die" and search_shards.bucket_key("“") == ""
    assert search_shards.bucket_key("5") == "5"


def test_the_index_written_in_shards_reads_back_whole(tmp_path):
    docs = [_doc("a/", "một"), _doc("a/#x", "hai"), _doc("b/", "ba")]
    config = {"lang": ["en"], "separator": r"[\s\-]+", "pipeline": [], "fields": {"text": {"boost": 1.0}}}
    manifest = write_language_index(tmp_path, "search/", config, docs)
    small = json.loads((tmp_path / "search_index.json").read_text(encoding="utf-8"))
    assert small["docs"] == [] and small["config"]["shards"] == manifest  # what Material's page script fetches
    assert load_index(tmp_path)["docs"] == docs
    assert len(manifest["sizes"]) == 2 and manifest["entries"] == 3
    assert manifest["sizes"][1] == (tmp_path / "shards" / "1.json").stat().st_size
    assert {p.name for p in (tmp_path / "terms").iterdir()} == {f"{key}.json" for key in manifest["keys"].split()}
    # the term table names an entry by shard × slots + place: "hai" is the second entry of shard 0
    hai = json.loads((tmp_path / "terms" / "hai.json").read_text(encoding="utf-8"))["t"]["hai"]
    assert hai[0] == 1 and json.loads((tmp_path / "terms" / "ba.json").read_text(encoding="utf-8"))["t"]["ba"][0] == manifest["slots"]
    # A rebuild into the same folder leaves no shard of the previous build behind.
    write_language_index(tmp_path, "search/", config, docs[:1])
    assert [p.name for p in (tmp_path / "shards").iterdir()] == ["0.json"]


def test_the_built_index_is_small_and_every_shard_is_precached(built_site):
    sw = (built_site / "sw.js").read_text(encoding="utf-8")  # Workbox's precache list, as test_offline reads it
    urls = set(re.findall(r'url:"([^"]+)"', sw)) | set(re.findall(r'"url":"([^"]+)"', sw))
    for prefix in ("", "en/"):
        search = built_site / prefix / "search"
        index = json.loads((search / "search_index.json").read_text(encoding="utf-8"))
        assert index["docs"] == [] and index["config"]["shards"]["base"] == f"{prefix}search/"
        files = {p.relative_to(built_site).as_posix() for p in search.rglob("*.json")}
        assert len(files) > 3 and files <= urls, sorted(files - urls)[:5]


def test_the_worker_speaks_materials_messages_and_takes_any_query(built_site):
    """search_run.mjs sends Material's setup (0) and waits for ready (1), then queries (2) and reads the
    results (3): a change of Material's worker protocol fails here. Odd queries answer, never throw."""
    odd = ["", "   ", '"', "***", "+-~^", "đ", "a" * 300, "dieu 999 khoan 999", "<script>", "constructor",
           "__proto__ toString", "hasOwnProperty_x"]
    answer = run(built_site, "vi", ["15 ngay", *odd])
    first = answer["results"][0]
    assert first["shown"][0].startswith("regulations/380-qd-tw/#dieu-5-khoan-2-diem-b"), first["shown"][:5]
    assert len(answer["results"]) == 1 + len(odd)
    # lunr ranks the entries it is given with the whole language's frequencies: the worker replaced
    # lunr.idf, which lunr's Builder calls through its namespace when it weighs each term.
    assert answer["idf"] == "wholeIndexIdf"
    material = next((built_site / "assets" / "javascripts" / "workers").glob("search.*.min.js")).read_text(encoding="utf-8")
    assert re.search(r"\.idf\(this\.invertedIndex\[", material) and "self.lunr=" in material
    # The page fetched search_index.json (the config) and the worker only parts of the index.
    assert answer["start_bytes"] + first["loaded_bytes"] < answer["index_bytes"]


def _with_manifest(built_site, tmp_path, **changes):
    """A site with the built one's assets and Vietnamese index but `changes` in the index's manifest."""
    site = tmp_path / "site"
    (site / "search").mkdir(parents=True)
    (site / "assets").symlink_to(built_site / "assets", target_is_directory=True)
    for folder in ("shards", "terms"):
        (site / "search" / folder).symlink_to(built_site / "search" / folder, target_is_directory=True)
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    index["config"]["shards"].update(changes)
    (site / "search" / "search_index.json").write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
    return site


def test_lunr_gets_only_the_matched_fields_terms_a_query_word_begins_and_ranks_the_same(built_site, tmp_path, monkeypatch):
    """Of the fields matched but not shown (the unaccented copies, the syllable pairs, the citation token:
    `trim` in the manifest), the worker gives lunr only the terms a word of the query begins (lunr
    matches words as beginnings, Material's b = 0 gives a field's length no weight, the idf is the whole
    language's), so lunr builds its index on far fewer terms (the time of a first query, issue 14) and
    every query of the query set, and a few typed prefixes and operators, gets the same results with
    the same scores as with the entries given whole."""
    manifest = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]["shards"]
    assert set(manifest["trim"]) == {"folded_title", "folded", "pairs", "cite"}
    whole = _with_manifest(built_site, tmp_path, trim=[])
    queries = [q["query"] for q in load_queries() if q["lang"] == "vi"]
    queries += ["p", "ph", "pho", "phoi", "phoi h", "phối hợp", '"phoi hop"', "+phoi -hop", "phoi^3", "ph*", "phoi~1",
                "title:phoi", "Điều 8"]
    monkeypatch.setenv("SEARCH_SCORES", "1")
    monkeypatch.setenv("SEARCH_TERMS", "1")
    trimmed, given_whole = run(built_site, "vi", queries)["results"], run(whole, "vi", queries)["results"]
    for small, large in zip(trimmed, given_whole):
        assert (small["shown"], small["scores"]) == (large["shown"], large["scores"]), small["query"]
    by_query = {r["query"]: r for r in trimmed}
    phoi_hop = by_query["phối hợp"]["terms"]
    words = ("phối", "hợp", "phoi_hop")
    for field in ("folded_title", "folded", "pairs", "cite"):
        assert all(term.startswith(words) for term in phoi_hop.get(field, [])), (field, phoi_hop.get(field, [])[:5])
    kept = sum(n for f, n in by_query["phoi h"]["indexed_terms"].items() if f in manifest["trim"])
    all_terms = sum(n for f, n in next(r for r in given_whole if r["query"] == "phoi h")["indexed_terms"].items()
                    if f in manifest["trim"])
    assert kept * 3 < all_terms, (kept, all_terms)
    # a wildcard, an edit distance or a field matches more than beginnings: the entries are given whole
    assert by_query["ph*"]["indexed_terms"] == next(r for r in given_whole if r["query"] == "ph*")["indexed_terms"]


def _replicated(index: dict, copies: int) -> list[dict]:
    """The index of a corpus with `copies` copies of each regulation (as scripts/synthetic_corpus.py makes
    them: new ids, "(Snnn)" after the title), the other pages unchanged."""
    regulation = re.compile(r"^regulations/([^/#]+)/")
    out: list[dict] = []
    for doc in index["docs"]:
        found = regulation.match(doc["location"])
        if not found:
            out.append(doc)
            continue
        for copy in range(1, copies + 1):
            new_id = f"{found[1]}-s{copy:03d}"
            out.append({**doc, "location": doc["location"].replace(found[1], new_id, 1),
                        "title": f"{doc['title']} (S{copy:03d})"})
    # Material's order: each page's own entry first; the copies of a page are grouped by copy
    pages: dict[str, list[dict]] = {}
    for doc in out:
        pages.setdefault(doc["location"].split("#")[0], []).append(doc)
    return [doc for docs in pages.values() for doc in docs]


COPIES = (1, 10, 30)  # each regulation of the corpus once, ten and thirty times: 2, 20 and 60 regulations
QUERIES = ("phoi hop", "15 ngay", "dieu 8 khoan 2")


@pytest.fixture(scope="module")
def first_queries(built_site, tmp_path_factory) -> dict:
    """{copies: (whole index bytes, {query: (bytes a first query loads, what it shows)})}, each query the
    first of a new worker, on the Vietnamese index of the corpus with each regulation `copies` times."""
    index = load_index(built_site / "search")
    config = {k: v for k, v in index["config"].items() if k != "shards"}
    out = {}
    for copies in COPIES:
        site = tmp_path_factory.mktemp(f"copies{copies}")
        (site / "assets").symlink_to(built_site / "assets", target_is_directory=True)
        write_language_index(site / "search", "search/", config, _replicated(index, copies))
        answers = {}
        for query in QUERIES:
            answer = run(site, "vi", [query])
            result = answer["results"][0]
            answers[query] = (answer["start_bytes"] + result["loaded_bytes"], result["shown"])
        out[copies] = (answer["index_bytes"], answers)
        shutil.rmtree(site)
    return out


@pytest.mark.parametrize("query", QUERIES)
def test_the_first_query_loads_no_more_when_there_are_more_regulations(first_queries, query):
    """From 20 to 60 regulations the whole index almost triples; the bytes a first query loads stay under
    1 MB (the term table keeps CHAMPIONS entries per term, the shards have a byte budget) and grow by a
    small fraction of what the index grows by, and the answer is still the right provision."""
    index_20, at_20 = first_queries[10]
    index_60, at_60 = first_queries[30]
    (bytes_2, _), (bytes_20, _), (bytes_60, shown) = first_queries[1][1][query], at_20[query], at_60[query]
    assert index_60 > 2.5 * index_20 and index_60 > 5 * FIRST_QUERY_LIMIT
    assert max(bytes_2, bytes_20, bytes_60) <= FIRST_QUERY_LIMIT, (bytes_2, bytes_20, bytes_60)
    assert bytes_60 - bytes_20 <= 0.1 * (index_60 - index_20), (bytes_20, bytes_60, index_20, index_60)
    if query == "15 ngay":
        assert re.match(r"regulations/380-qd-tw-s\d{3}/#dieu-5-khoan-2-diem-b", shown[0]), shown[:3]
    if query == "dieu 8 khoan 2":
        assert shown[0].endswith("/#dieu-8-khoan-2"), shown[:3]

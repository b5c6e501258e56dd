"""An imported regulation in the corpus: the validator accepts untranslated blocks and draft rules, counts them,
and leaves the drafts out of the compiled corpus (so neither the checker nor the site sees them)."""

import shutil

import yaml

from checker.corpus import main, validate_corpus
from importer.folder import import_file
from importer_helpers import REPO

TEXT = ("QUY CHẾ\nphối hợp thử\n\n- Căn cứ Điều lệ Đảng;\n\nĐiều 1. Phạm vi\n"
        "1. Bên được yêu cầu trả lời trong thời hạn 05 ngày làm việc kể từ khi nhận được văn bản.\n"
        "2. Ban Thường vụ chủ trì.\n\nĐiều 2. Hiệu lực\nQuy chế này có hiệu lực kể từ ngày ký.\n")


def _corpus(tmp_path):
    root = tmp_path / "regulations"
    root.mkdir()
    shutil.copy(REPO / "regulations" / "glossary.yml", root / "glossary.yml")
    source = tmp_path / "thu.txt"
    source.write_text(TEXT, encoding="utf-8")
    folder, _, _ = import_file(source, "thu", root)
    return root, folder


def test_imported_folder_validates_with_drafts_left_out(tmp_path, capsys):
    root, folder = _corpus(tmp_path)
    corpus, errors = validate_corpus(root)
    assert errors == []
    regulation = corpus["regulations"]["thu"]
    assert regulation["rules"]["rules"] == []  # every rule is a draft
    assert regulation["review"] == {"draft_rules": 2, "untranslated": 6}
    assert all(p["untranslated"] for p in regulation["provisions"])
    assert main([str(root)]) == 0
    out = capsys.readouterr().out
    assert "2 quy tắc nháp chờ duyệt" in out and "2 draft rules awaiting review, 6 untranslated provisions" in out


def test_a_reviewed_rule_is_compiled_and_a_translated_block_is_checked(tmp_path):
    root, folder = _corpus(tmp_path)
    rules = yaml.safe_load((folder / "rules.yml").read_text(encoding="utf-8"))
    rule = rules["rules"][0]
    rule.pop("review")
    rule["action"]["en"] = "Reply within 5 working days."
    rule["timing"]["from"] = "receipt"
    rule.pop("notes")  # a reviewed rule is held to the glossary: its note must be translated or dropped
    (folder / "rules.yml").write_text(yaml.safe_dump(rules, allow_unicode=True), encoding="utf-8")
    english = (folder / "text.en.md").read_text(encoding="utf-8")
    english = english.replace("::: dieu-2\n(untranslated)", "::: dieu-2\nArticle 2. Effect\n\nThis Regulation takes effect from the date of signing.", 1)
    (folder / "text.en.md").write_text(english, encoding="utf-8")
    corpus, errors = validate_corpus(root)
    assert errors == []
    regulation = corpus["regulations"]["thu"]
    assert [r["id"] for r in regulation["rules"]["rules"]] == [rule["id"]]
    assert "review" not in regulation["rules"]["rules"][0]
    assert regulation["review"] == {"draft_rules": 1, "untranslated": 5}
    by_id = {p["id"]: p for p in regulation["provisions"]}
    assert by_id["dieu-2"]["en"].startswith("Article 2. Effect") and "untranslated" not in by_id["dieu-2"]
    # a translated block is held to the glossary again ("Ban Thường vụ" needs "Standing Committee")
    (folder / "text.en.md").write_text(
        english.replace("::: dieu-1-khoan-2\n(untranslated)", "::: dieu-1-khoan-2\n2. The board presides."),
        encoding="utf-8")
    _, errors = validate_corpus(root)
    assert any("glossary term 'Ban Thường vụ'" in e.message_en for e in errors)


def test_a_rule_marked_reviewed_with_open_fields_is_an_error(tmp_path):
    root, folder = _corpus(tmp_path)
    path = folder / "rules.yml"
    text = path.read_text(encoding="utf-8").replace("  review: draft", "  review: reviewed")
    path.write_text(text.replace("from: receipt", "from: unknown"), encoding="utf-8")
    _, errors = validate_corpus(root)
    messages = [e.message_en for e in errors]
    assert any("is no longer a draft but its starting point is still 'unknown'" in m for m in messages)
    assert any("no longer a draft but still reads '(untranslated)'" in m for m in messages)
    assert all(e.path.endswith("rules.yml") and e.line > 0 for e in errors)


def test_missing_english_file_means_all_untranslated(tmp_path):
    root, folder = _corpus(tmp_path)
    (folder / "text.en.md").unlink()
    corpus, errors = validate_corpus(root)
    assert errors == []
    assert corpus["regulations"]["thu"]["review"]["untranslated"] == 6


def test_review_accepts_only_draft_or_reviewed(tmp_path):
    root, folder = _corpus(tmp_path)
    path = folder / "rules.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("  review: draft", "  review: maybe", 1), encoding="utf-8")
    _, errors = validate_corpus(root)
    assert errors and errors[0].path.endswith("rules.yml") and errors[0].line > 0
    assert "review" in errors[0].message_en

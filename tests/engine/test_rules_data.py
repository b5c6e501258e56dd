"""The rules data (regulations/*/rules.yml): complete, citing real provisions, faithful to the text."""

import re
import unicodedata
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
REGULATIONS = ROOT / "regulations"
IDS = ("380-qd-tw", "lao-cai-vks-xa-phuong")


def _rules(regulation):
    return yaml.safe_load((REGULATIONS / regulation / "rules.yml").read_text(encoding="utf-8"))


def _blocks(regulation, lang):
    blocks, current = {}, None
    for line in (REGULATIONS / regulation / f"text.{lang}.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("::: "):
            current = line[4:].strip()
            blocks[current] = ""
        elif current:
            blocks[current] += " " + line
    return blocks


def _all_cites(data):
    for rule in data["rules"]:
        yield from rule["cites"]
    for row in data.get("matrix", []):
        yield from row["cites"]
    for item in data.get("liaison", []):
        yield from item["cites"]


@pytest.mark.parametrize("regulation", IDS)
def test_validates_against_the_corpus_model(regulation):
    corpus = pytest.importorskip("checker.corpus")
    corpus.Rules.model_validate(_rules(regulation), strict=False)


@pytest.mark.parametrize("regulation", IDS)
def test_every_cite_exists_in_both_languages(regulation):
    data = _rules(regulation)
    for lang in ("vi", "en"):
        missing = set(_all_cites(data)) - set(_blocks(regulation, lang))
        assert not missing, (lang, missing)


REQUIRED = {
    "380-qd-tw": ["qd-dieu-2", "qd-dieu-3", "dieu-4-khoan-1-diem-b-gach-3", "dieu-4-khoan-2-diem-b-gach-1",
                  "dieu-4-khoan-2-diem-b-gach-2", "dieu-5-khoan-1-diem-b-gach-2", "dieu-5-khoan-2-diem-a-gach-1",
                  "dieu-5-khoan-2-diem-b-gach-1", "dieu-5-khoan-2-diem-b-gach-2", "dieu-6-khoan-1", "dieu-6-khoan-2",
                  "dieu-7-khoan-1", "dieu-7-khoan-2", "dieu-8-khoan-1", "dieu-8-khoan-2", "dieu-8-khoan-3",
                  "dieu-8-khoan-4", "dieu-8-khoan-5"],
    "lao-cai-vks-xa-phuong": ["dieu-6-khoan-2", "dieu-6-khoan-6", "dieu-7-khoan-2", "dieu-7-khoan-3", "dieu-7-khoan-4",
                              "dieu-8-khoan-1", "dieu-8-khoan-2", "dieu-8-khoan-3-diem-a", "dieu-8-khoan-3-diem-b"],
}


@pytest.mark.parametrize("regulation", IDS)
def test_the_provisions_the_issue_names_have_rules(regulation):
    cited = {c for rule in _rules(regulation)["rules"] for c in rule["cites"]}
    assert set(REQUIRED[regulation]) <= cited


# Words that put a time on a duty: a number of days or months, a period, "before the date", "promptly".
TIME_WORDS = re.compile(r"\b\d+ (?:ngày|tháng)\b|hằng năm|hằng quý|định kỳ|trước ngày|kịp thời|đột xuất|thời hạn", re.I)
# Provisions with such words that state no duty of a party, and why.
NOT_A_DUTY = {
    "380-qd-tw": {"qd-tieu-de": "the date of the Decision", "dieu-2-khoan-3": "a principle of coordination"},
    "lao-cai-vks-xa-phuong": {"dieu-3-khoan-2": "a principle",
                              "dieu-5-khoan-5": "a content area of coordination (Điều 5), not a party's duty"},
}


@pytest.mark.parametrize("regulation", IDS)
def test_every_provision_that_times_a_duty_has_a_rule(regulation):
    cited = {c for rule in _rules(regulation)["rules"] for c in rule["cites"]}
    timed = {pid for pid, text in _blocks(regulation, "vi").items() if TIME_WORDS.search(text)}
    assert timed - cited == set(NOT_A_DUTY[regulation])
    # "hằng năm" in 380 Điều 4-5 (annual assessment, annual work programme) is a periodic rule, not only a matrix row.
    periodic = {c for r in _rules(regulation)["rules"] if r["timing"]["kind"] == "periodic" for c in r["cites"]}
    if regulation == "380-qd-tw":
        assert {"dieu-4-khoan-2-diem-b-gach-2", "dieu-5-khoan-1-diem-b-gach-2", "dieu-5-khoan-2-diem-a-gach-1"} <= periodic


def test_every_lao_cai_duty_of_articles_6_and_7_is_a_rule():
    """The Lào Cai Điều 6-7 list each side's duties clause by clause: every clause is a rule, not only a matrix row."""
    cited = {c for rule in _rules("lao-cai-vks-xa-phuong")["rules"] for c in rule["cites"]}
    clauses = {pid for pid in _blocks("lao-cai-vks-xa-phuong", "vi") if re.fullmatch(r"dieu-[67]-khoan-\d", pid)}
    assert len(clauses) == 13 and clauses - cited == set()


def _timings(regulation):
    return {rule["id"]: (rule["cites"], rule["timing"]) for rule in _rules(regulation)["rules"]}


def test_the_time_limits_of_the_texts():
    qd = _timings("380-qd-tw")
    assert qd["r-dieu-5-khoan-2-diem-b-15-ngay"] == (
        ["dieu-5-khoan-2-diem-b-gach-2"], {"kind": "within", "count": 15, "unit": "calendar_days", "from": "receipt"})
    assert qd["r-dieu-7-khoan-1-bao-cao-hang-nam"][1] == {"kind": "annual_before", "day": 15, "month": 12}
    lc = _timings("lao-cai-vks-xa-phuong")
    assert lc["r-dieu-8-khoan-2-gui-truoc-05-ngay"][1] == {"kind": "before", "count": 5, "unit": "working_days"}
    assert lc["r-dieu-8-khoan-2-tra-loi-05-ngay"][1] == {"kind": "within", "count": 5, "unit": "working_days",
                                                          "from": "receipt"}
    assert lc["r-dieu-8-khoan-3-diem-a-cung-cap-tai-lieu-05-ngay"][1]["kind"] == "before"
    assert lc["r-dieu-8-khoan-3-diem-b-xay-dung-bao-cao"][1]["kind"] == "periodic"
    # Every number of days in the texts is a rule, and nothing else is: no invented periods.
    for regulation in IDS:
        counted = {(t["count"], t["unit"]) for _, t in _timings(regulation).values() if "count" in t}
        assert counted == ({(15, "calendar_days")} if regulation == "380-qd-tw" else {(5, "working_days")})


def test_only_the_texts_consequence_is_a_consequence():
    consequences = [(r["id"], r["consequence"]["vi"]) for reg in IDS for r in _rules(reg)["rules"] if r.get("consequence")]
    assert consequences == [("r-dieu-8-khoan-2-tra-loi-05-ngay",
                             "Nếu quá thời hạn trên mà không có ý kiến trả lời thì coi như nhất trí và cùng chịu trách "
                             "nhiệm về vấn đề được lấy ý kiến.")]


def test_380_matrix_covers_every_dash_item_of_articles_4_and_5():
    cited = {c for row in _rules("380-qd-tw")["matrix"] for c in row["cites"]}
    items = {pid for pid in _blocks("380-qd-tw", "vi") if re.fullmatch(r"dieu-[45]-khoan-\d-diem-[ab]-gach-\d+", pid)}
    assert len(items) == 33  # Điều 4: 6 + 3 + 7 + 2; Điều 5: 8 + 2 + 3 + 2
    assert items - cited == set()


# Items whose own words give their party another role than the heading of their clause, and why.
OWN_ROLE = {
    ("dieu-5-khoan-1-diem-a-gach-5", "coordinates"):
        "under 'Trách nhiệm chủ trì', yet its last clauses say the tỉnh ủy 'phối hợp' on inspections of the courts' "
        "professional work and on thematic inspection programmes proposed by the Party Committee of the SPC",
}


def test_380_matrix_roles_follow_the_articles():
    """Điều 4 khoản 1 / Điều 5 khoản 1 are 'chủ trì'; khoản 2 of each is 'phối hợp' (unless the item's words differ)."""
    owner = {"4": "dang-uy-tandtc", "5": "tinh-uy"}
    matrix = _rules("380-qd-tw")["matrix"]
    for row in matrix:
        for pid in row["cites"]:
            article, clause = re.match(r"dieu-(\d)-khoan-(\d)", pid).groups()
            roles = {"presides" if clause == "1" else "coordinates"} | {r for (p, r) in OWN_ROLE if p == pid}
            assert any(owner[article] in row[role] for role in roles), (row["area"]["vi"], pid)
    # Each exception is used: some row shows the item's own role.
    for (pid, role), why in OWN_ROLE.items():
        assert why and any(pid in row["cites"] and owner[pid[5]] in row[role] for row in matrix), pid


def _areas_citing(pid):
    return [row for row in _rules("380-qd-tw")["matrix"] if pid in row["cites"]]


def test_380_matrix_labels_say_what_the_items_say():
    # 4-1-a-1 covers only the cases reported to the Politburo and Secretariat or under a Steering Committee.
    for row in _areas_citing("dieu-4-khoan-1-diem-a-gach-1"):
        assert "Ban Chỉ đạo" in row["area"]["vi"] and "Steering Committee" in row["area"]["en"], row["area"]["vi"]
    # 5-1-a-7: the tỉnh ủy presides in giving opinions, on serious and complicated cases too.
    [opinions] = _areas_citing("dieu-5-khoan-1-diem-a-gach-7")
    assert "chủ trì cho ý kiến" in opinions["area"]["vi"] and "nghiêm trọng, phức tạp" in opinions["area"]["vi"]
    assert "tinh-uy" in opinions["presides"]
    # 5-1-a-5: the tỉnh ủy coordinates on the thematic inspection programmes.
    assert any("chuyên đề" in row["area"]["vi"] and "tinh-uy" in row["coordinates"]
               for row in _areas_citing("dieu-5-khoan-1-diem-a-gach-5"))
    # 4-2-b-1 and 4-2-b-2: the SPC Party Committee nominates and proposes; it gives opinions on the planning.
    shown = " ".join(row["area"]["vi"] for pid in ("dieu-4-khoan-2-diem-b-gach-1", "dieu-4-khoan-2-diem-b-gach-2")
                     for row in _areas_citing(pid))
    assert "giới thiệu, đề nghị" in shown and "Quy hoạch tỉnh ủy, thành ủy viên" in shown and "tham gia ý kiến" in shown
    [personnel] = [r for r in _rules("380-qd-tw")["matrix"] if "dieu-4-khoan-1-diem-b-gach-3" in r["cites"]]
    assert (personnel["presides"], personnel["coordinates"]) == (["dang-uy-tandtc"], ["tinh-uy"])


def test_lao_cai_matrix_covers_every_clause_of_articles_6_and_7():
    cited = {c for row in _rules("lao-cai-vks-xa-phuong")["matrix"] for c in row["cites"]}
    clauses = {pid for pid in _blocks("lao-cai-vks-xa-phuong", "vi") if re.fullmatch(r"dieu-[67]-khoan-\d", pid)}
    assert len(clauses) == 13 and clauses <= cited


def test_liaison_offices_of_380():
    offices = [(i["party"], i["office"]["vi"].split(":")[0], i["cites"]) for i in _rules("380-qd-tw")["liaison"]]
    assert ("dang-uy-tandtc", "Văn phòng Đảng ủy Tòa án nhân dân tối cao", ["dieu-8-khoan-4"]) in offices
    assert ("tinh-uy", "Ban nội chính tỉnh ủy, thành ủy", ["dieu-8-khoan-4"]) in offices


def _words(text):
    text = unicodedata.normalize("NFC", text).lower()
    return re.findall(r"\w+", text)


@pytest.mark.parametrize("regulation", IDS)
def test_action_texts_keep_the_source_wording(regulation):
    """An action may drop words of its provision but adds almost none: at least 90% of its words (and
    every word but a handful) are words of the provisions it cites, or of the party names."""
    blocks = _blocks(regulation, "vi")
    data = _rules(regulation)
    party_words = {w for p in data["parties"] for w in _words(p["vi"])}
    worst = []
    for rule in data["rules"]:
        source = set(_words(" ".join(blocks[c] for c in rule["cites"]))) | party_words
        words = _words(rule["action"]["vi"])
        foreign = [w for w in words if w not in source]
        worst.append((len(foreign) / len(words), rule["id"], foreign))
        assert len(foreign) <= 3 and len(foreign) / len(words) <= 0.1, (rule["id"], foreign)
    print(f"\n{regulation}: highest share of words not in the cited text: {max(worst)[0]:.0%} ({max(worst)[1]})")


def _bilingual(value):
    if isinstance(value, dict):
        if {"vi", "en"} <= set(value):
            yield value
        for item in value.values():
            yield from _bilingual(item)
    elif isinstance(value, list):
        for item in value:
            yield from _bilingual(item)


@pytest.mark.parametrize("regulation", IDS)
def test_english_follows_the_glossary(regulation):
    """Where a Vietnamese string of the rules uses a glossary term, its English uses the fixed translation."""
    terms = yaml.safe_load((REGULATIONS / "glossary.yml").read_text(encoding="utf-8"))["terms"]
    terms = sorted(terms, key=lambda t: -len(t["vi"]))
    data = _rules(regulation)
    for item in _bilingual(data):
        vi, en = item["vi"], item["en"].lower()
        claimed = []
        for term in terms:
            for m in re.finditer(r"(?<!\w)" + re.escape(term["vi"]) + r"(?!\w)", vi):
                if not any(s <= m.start() and m.end() <= e for s, e in claimed):
                    claimed.append(m.span())
                    assert term["en"].lower() in en or term.get("plural", "\0").lower() in en, (vi, term)

"""Every human string of the checker, Vietnamese first, then English.

One table, so that a wording is fixed in one place, both languages always exist together, and the tests
can check each entry like logic (same placeholders in both languages, no entry unused, no entry missing).
Code never writes a sentence itself: it calls text(key, **params) and gets {"vi": ..., "en": ...}.

Parameters may be plain values, dates (formatted per language) or {"vi", "en"} maps (the matching
language is used).
"""

from __future__ import annotations

import string
from datetime import date

from .formats import date_text
from .languages import LANGS

MESSAGES: dict[str, dict[str, str]] = {
    # --- import of a regulation from a file (importer/) ---
    "import.error.usage": {
        "vi": "cách dùng: python -m importer import TỆP --id MÃ [--out THƯ_MỤC] [--kind clean|ocr] [--force] | "
              "python -m importer export THƯ_MỤC_VĂN_BẢN [--out TỆP]",
        "en": "usage: python -m importer import FILE --id ID [--out FOLDER] [--kind clean|ocr] [--force] | "
              "python -m importer export REGULATION_FOLDER [--out FILE]",
    },
    "import.comment.text_file": {"vi": "Nhập từ {source} bằng python -m importer; cần người đọc lại.",
                                 "en": "English not translated yet (imported from {source}); replace (untranslated) block by block."},
    "import.error.missing": {"vi": "không tìm thấy tệp", "en": "file not found"},
    "import.error.format": {
        "vi": "không nhập được loại tệp '{suffix}': chỉ nhận .txt, .md, .docx và .pdf có lớp chữ",
        "en": "cannot import a '{suffix}' file: only .txt, .md, .docx and .pdf with a text layer",
    },
    "import.error.encoding": {
        "vi": "tệp không phải UTF-8 (byte {byte} không đọc được); hãy lưu lại dưới dạng UTF-8",
        "en": "the file is not UTF-8 (byte {byte} cannot be read); save it again as UTF-8",
    },
    "import.error.unreadable": {"vi": "không đọc được tệp: {reason}", "en": "cannot read the file: {reason}"},
    "import.error.no_text": {
        "vi": "tệp không có chữ (PDF quét cần OCR, việc này nằm ngoài phạm vi của lệnh nhập)",
        "en": "the file has no text (a scanned PDF needs OCR, which is outside the import)",
    },
    "import.error.bad_id": {
        "vi": "mã văn bản '{id}' không hợp lệ: chỉ chữ thường không dấu, số và gạch ngang",
        "en": "regulation id '{id}' is invalid: lowercase ascii letters, digits and hyphens only",
    },
    "import.error.exists": {
        "vi": "thư mục đã có; thêm --force để ghi đè",
        "en": "the folder already exists; add --force to overwrite it",
    },
    "import.error.no_blocks": {
        "vi": "không tìm thấy điều khoản nào trong tệp",
        "en": "no provision found in the file",
    },
    "import.error.no_folder": {"vi": "không có thư mục văn bản (thiếu text.vi.md)",
                               "en": "not a regulation folder (text.vi.md is missing)"},
    "import.done": {
        "vi": "Đã nhập {blocks} điều khoản và {rules} quy tắc nháp vào {folder}; báo cáo: {report}",
        "en": "Imported {blocks} provisions and {rules} draft rules into {folder}; report: {report}",
    },
    "import.exported": {"vi": "Đã xuất {blocks} điều khoản ra {file}", "en": "Exported {blocks} provisions to {file}"},
    # what the tree builder could not place (every one is kept as text in the block before it)
    "import.problem.duplicate": {
        "vi": "tiêu đề trùng mã '{id}' đã có: giữ làm chữ của khối trước",
        "en": "heading repeats the existing id '{id}': kept as text of the block before",
    },
    "import.problem.no_parent": {
        "vi": "không đặt được {level}: không có mục cha (điều hoặc khoản) đứng trước; giữ làm chữ của khối trước",
        "en": "cannot place a {level}: no parent (article or clause) before it; kept as text of the block before",
    },
    "import.problem.decision_clause": {
        "vi": "khoản, điểm hoặc gạch đầu dòng trong điều của Quyết định: ngữ pháp mã không có; giữ làm chữ của điều",
        "en": "clause, point or indent inside an article of the Decision: the id grammar has none; kept as text of the article",
    },
    "import.problem.section_like": {
        "vi": "tiêu đề Mục/Phần: ngữ pháp mã không có cấp này; giữ làm chữ của khối trước",
        "en": "Section/Part heading: the id grammar has no such level; kept as text of the block before",
    },
    "import.problem.heading_like": {
        "vi": "trông như tiêu đề Chương/Điều nhưng số không đọc được; giữ làm chữ của khối trước",
        "en": "looks like a Chapter/Article heading but its number cannot be read; kept as text of the block before",
    },
    "import.problem.after_end": {
        "vi": "tiêu đề sau phần Nơi nhận/chữ ký; giữ làm chữ của khối trước",
        "en": "heading after the recipients/signature; kept as text of the block before",
    },
    "import.problem.third_document": {
        "vi": "văn bản thứ ba trong tệp: chỉ Quyết định và một văn bản kèm theo có mã; giữ làm chữ",
        "en": "a third document in the file: only a Decision and one attached document get ids; kept as text",
    },
    "import.problem.auto_numbering": {
        "vi": "đoạn Word dùng đánh số tự động: số không nằm trong chữ, cần gõ lại số",
        "en": "Word paragraph with automatic numbering: the number is not in the text; type the number in",
    },
    # what was dropped or changed
    "import.note.page": {"vi": "bỏ số trang", "en": "page number dropped"},
    "import.note.header": {"vi": "bỏ tiêu đề trang lặp lại", "en": "repeated page header dropped"},
    "import.note.rule": {"vi": "bỏ đường kẻ", "en": "rule line dropped"},
    "import.note.marker": {"vi": "bỏ dòng mốc '::: <mã>' có sẵn", "en": "existing '::: <id>' marker line dropped"},
    "import.note.ornament": {"vi": "bỏ dấu trang trí", "en": "ornament dropped"},
    "import.note.columns": {
        "vi": "khối hai cột (phần đầu hoặc phần cuối): đọc cột trái rồi cột phải",
        "en": "two-column block (header or closing): left column read first, then the right one",
    },
    "import.note.joined": {"vi": "nối câu bị ngắt qua trang", "en": "sentence broken across a page joined"},
    "import.note.sub_bullet": {
        "vi": "gạch đầu dòng cấp hai giữ trong gạch đầu dòng trước", "en": "second-level bullet kept in the bullet before",
    },
    "import.note.nfc": {"vi": "chuẩn hóa Unicode NFC ở {count} dòng", "en": "Unicode NFC normalisation on {count} lines"},
    "import.note.markdown": {"vi": "bỏ dấu Markdown ở {count} dòng", "en": "Markdown marks removed on {count} lines"},
    "import.note.spaces": {"vi": "thay khoảng trắng đặc biệt ở {count} dòng", "en": "special spaces replaced on {count} lines"},
    "import.note.table": {"vi": "bảng Word giữ thành các dòng chữ", "en": "Word table kept as text rows"},
    "import.note.auto_numbering": {
        "vi": "số tự động của Word được ghi vào chữ: '{number}'", "en": "Word automatic number written into the text: '{number}'",
    },
    # meta.yml
    "import.meta.unknown_type": {"vi": "Không rõ loại văn bản", "en": "Document type unknown"},
    "import.meta.unknown_title": {"vi": "Không rõ tên văn bản", "en": "Title unknown"},
    "import.meta.unknown_body": {"vi": "Không rõ cơ quan ban hành", "en": "Issuing body unknown"},
    "import.meta.unknown_effect": {
        "vi": "Văn bản không có câu về hiệu lực; ngày có hiệu lực không rõ.",
        "en": "The text has no sentence on its entry into force; the effective date is unknown.",
    },
    "import.meta.status": {
        "vi": "Không xác định được từ nguồn; chưa kiểm tra việc sửa đổi, thay thế hay bãi bỏ.",
        "en": "Not determinable from the source; amendment, replacement or repeal has not been checked.",
    },
    "import.meta.provenance": {
        "vi": "Nhập tự động bằng lệnh python -m importer từ tệp {file}; cần người đọc lại. Bản tiếng Anh chưa dịch.",
        "en": "Imported automatically with python -m importer from the file {file}; to be checked by a person. "
              "The English text is not translated yet.",
    },
    "import.meta.unknown_notes": {
        "vi": "Văn bản không cho thấy: {fields}.",
        "en": "The text does not show: {fields}.",
    },
    # draft rules
    "import.rule.party": {"vi": "Chưa xác định (người duyệt điền)", "en": "Not decided yet (for the reviewer)"},
    "import.rule.note": {"vi": "Quy tắc nháp, tìm thấy từ: \"{cue}\"", "en": "Draft rule, found from: \"{cue}\""},
    "import.rule.reason.none": {
        "vi": "Câu nêu nghĩa vụ nhưng không nêu thời hạn (cần người duyệt xác nhận).",
        "en": "The sentence states a duty but no time limit (to be confirmed by the reviewer).",
    },
    "import.rule.reason.periodic": {
        "vi": "Việc làm theo định kỳ (\"{found}\"), không có hạn chót cố định.",
        "en": "A periodic task (\"{found}\"), with no fixed deadline.",
    },
    "import.rule.reason.date": {
        "vi": "Có mốc ngày (\"{found}\") nhưng câu không nói là hằng năm (cần người duyệt xác định).",
        "en": "A date is given (\"{found}\") but the sentence does not say it is yearly (for the reviewer).",
    },
    # the review report (import-report.md)
    "import.report.title": {"vi": "Báo cáo nhập văn bản {id}", "en": "Import report for {id}"},
    "import.report.source": {"vi": "Tệp nguồn", "en": "Source file"},
    "import.report.structure": {"vi": "Cấu trúc", "en": "Structure"},
    "import.report.level": {"vi": "Cấp", "en": "Level"},
    "import.report.count": {"vi": "Số lượng", "en": "Count"},
    "import.report.metadata": {"vi": "Thông tin văn bản", "en": "Metadata"},
    "import.report.found": {"vi": "tìm thấy (dòng {line})", "en": "found (line {line})"},
    "import.report.not_found": {"vi": "không thấy: unknown", "en": "not found: unknown"},
    "import.report.rules": {"vi": "Quy tắc nháp (review: draft)", "en": "Draft rules (review: draft)"},
    "import.report.rules_note": {
        "vi": "Mỗi quy tắc nháp cần người đọc lại: chọn chủ thể, bên nhận, sửa lời, dịch, rồi bỏ dòng review. "
              "Quy tắc nháp không được công bố và không được bộ tính dùng.",
        "en": "Each draft rule needs a person: choose the actor and the party towards, correct the wording, "
              "translate it, then remove the review line. Draft rules are not published and not used by the checker.",
    },
    "import.report.problems": {
        "vi": "Dòng trông như tiêu đề nhưng không đặt được",
        "en": "Lines that looked like a heading but could not be placed",
    },
    "import.report.none": {"vi": "không có", "en": "none"},
    "import.report.notes": {"vi": "Những gì đã bỏ hoặc sửa", "en": "What was dropped or changed"},
    "import.report.untranslated": {
        "vi": "Bản tiếng Anh: {count} khối ở trạng thái (untranslated).",
        "en": "English text: {count} blocks are (untranslated).",
    },
    # --- the corpus validator (checker/corpus.py, checker/corpus_scenarios.py): `file:line: vi / en` ---
    # reading a file
    "corpus.file.missing": {"vi": "thiếu tệp", "en": "missing file"},
    "corpus.file.not_regular": {"vi": "không phải tệp thường ({kind})", "en": "not a regular file ({kind})"},
    "corpus.file.kind_folder": {"vi": "thư mục", "en": "a folder"},
    "corpus.file.kind_special": {"vi": "tệp đặc biệt", "en": "a special file"},
    "corpus.file.too_large": {"vi": "tệp quá lớn ({size} byte, tối đa {limit})",
                              "en": "file too large ({size} bytes, at most {limit})"},
    "corpus.file.grew_too_large": {"vi": "tệp quá lớn (tối đa {limit} byte)", "en": "file too large (at most {limit} bytes)"},
    "corpus.file.not_utf8": {"vi": "tệp không phải UTF-8 ({reason})", "en": "file is not UTF-8 ({reason})"},
    "corpus.file.unreadable": {"vi": "không đọc được tệp ({reason})", "en": "cannot read the file ({reason})"},
    # YAML
    "corpus.yaml.duplicate_key": {"vi": "khóa trùng lặp '{name}'", "en": "duplicate key '{name}'"},
    "corpus.yaml.too_deep": {"vi": "YAML lồng quá sâu (hơn {limit} cấp)", "en": "YAML nested too deeply (more than {limit} levels)"},
    "corpus.yaml.control_character": {"vi": "YAML không hợp lệ: ký tự điều khiển U+{code} không được phép",
                                      "en": "malformed YAML: control character U+{code} is not allowed"},
    "corpus.yaml.malformed": {"vi": "YAML không hợp lệ: {problem}", "en": "malformed YAML: {problem}"},
    # libyaml notices an unclosed bracket only on a later line: the message also says where it opened
    "corpus.yaml.malformed_opened": {"vi": "YAML không hợp lệ: {problem} ({context}, bắt đầu ở dòng {line})",
                                     "en": "malformed YAML: {problem} ({context}, started at line {line})"},
    # the schema of a YAML file (one pydantic error each; {field} is the path inside the file)
    "corpus.schema.missing": {"vi": "thiếu trường bắt buộc '{field}'", "en": "missing field '{field}'"},
    "corpus.schema.extra": {"vi": "trường không được phép '{field}'", "en": "unknown field '{field}'"},
    "corpus.schema.invalid_date": {
        "vi": "ngày không hợp lệ '{value}' ở '{field}' (không có ngày này, hoặc không theo dạng YYYY-MM-DD)",
        "en": "invalid date '{value}' at '{field}' (no such day, or not in the form YYYY-MM-DD)",
    },
    "corpus.schema.leap_day": {
        "vi": "'{field}' là 29/2: ngày này chỉ có một năm trong bốn, nên hạn hằng năm sẽ hỏng ba năm trên bốn "
              "(dùng 28/2 hoặc 1/3)",
        "en": "'{field}' is 29 February: that day exists one year in four, so a yearly deadline would fail "
              "three years in four (use 28 February or 1 March)",
    },
    "corpus.schema.not_allowed": {"vi": "giá trị không hợp lệ '{value}' ở '{field}', chỉ nhận: {allowed}",
                                  "en": "invalid value '{value}' at '{field}', expected one of: {allowed}"},
    "corpus.schema.limit": {"vi": "'{field}' phải {bound} {limit} (nhận {value})",
                            "en": "'{field}' must be {bound} {limit} (got {value})"},
    "corpus.schema.greater_than": {"vi": "lớn hơn", "en": "greater than"},
    "corpus.schema.greater_than_equal": {"vi": "lớn hơn hoặc bằng", "en": "at least"},
    "corpus.schema.less_than": {"vi": "nhỏ hơn", "en": "less than"},
    "corpus.schema.less_than_equal": {"vi": "nhỏ hơn hoặc bằng", "en": "at most"},
    "corpus.schema.bad_id": {
        "vi": "'{field}' không phải mã hợp lệ (không được trống, không có khoảng trắng hay ký tự điều khiển)",
        "en": "'{field}' is not a valid id (not blank, no whitespace or control characters)",
    },
    "corpus.schema.pattern": {"vi": "'{field}' không đúng dạng (mẫu {pattern})",
                              "en": "'{field}' does not have the expected form (pattern {pattern})"},
    "corpus.schema.empty": {"vi": "'{field}' không được để trống", "en": "'{field}' must not be empty"},
    "corpus.schema.wrong_type": {"vi": "sai kiểu dữ liệu ở '{field}': cần {expected}, nhận {got}",
                                 "en": "wrong type at '{field}': expected {expected}, got {got}"},
    "corpus.schema.other": {"vi": "giá trị không hợp lệ ở '{field}' ({reason})", "en": "invalid value at '{field}': {reason}"},
    "corpus.type.string": {"vi": "chuỗi", "en": "a string"},
    "corpus.type.integer": {"vi": "số nguyên", "en": "an integer"},
    "corpus.type.number": {"vi": "số thực", "en": "a number"},
    "corpus.type.boolean": {"vi": "boolean", "en": "a boolean"},
    "corpus.type.null": {"vi": "rỗng (null)", "en": "null"},
    "corpus.type.list": {"vi": "danh sách", "en": "a list"},
    "corpus.type.mapping": {"vi": "ánh xạ (mapping)", "en": "a mapping"},
    "corpus.type.bi_or_unknown": {"vi": "ánh xạ {{vi, en}} hoặc chuỗi unknown", "en": "a {{vi, en}} mapping or the string unknown"},
    # the provision blocks of text.<lang>.md
    "corpus.text.comment_unclosed": {"vi": "chú thích <!-- không được đóng bằng -->", "en": "comment <!-- is never closed with -->"},
    "corpus.text.marker_indented": {
        "vi": "dấu mốc '::: <mã>' phải bắt đầu ở đầu dòng (bỏ khoảng trắng phía trước)",
        "en": "a '::: <id>' marker must start at the beginning of the line (remove the leading whitespace)",
    },
    "corpus.text.before_first_marker": {"vi": "có văn bản trước dấu mốc '::: <mã>' đầu tiên",
                                        "en": "text before the first '::: <id>' marker"},
    "corpus.text.bad_id": {"vi": "mã điều khoản không hợp lệ '{id}' (xem ngữ pháp mã trong tài liệu định dạng)",
                           "en": "malformed provision id '{id}' (see the id grammar in the format reference)"},
    "corpus.text.duplicate_id": {"vi": "mã điều khoản trùng lặp '{id}' (đã có ở dòng {line})",
                                 "en": "duplicate provision id '{id}' (already at line {line})"},
    "corpus.text.parent_after": {"vi": "khối cha '{parent}' phải đứng trước '{id}'",
                                 "en": "parent block '{parent}' must come before '{id}'"},
    "corpus.text.parent_missing": {"vi": "khối cha '{parent}' của '{id}' không tồn tại",
                                   "en": "parent block '{parent}' of '{id}' does not exist"},
    "corpus.text.empty_block": {"vi": "khối '{id}' trống (ghi lời của chính nó, hoặc bỏ dòng mốc)",
                                "en": "block '{id}' is empty (write its own words, or remove the marker)"},
    "corpus.text.missing_in_other": {"vi": "'{id}' có ở {file} nhưng thiếu ở {other}",
                                     "en": "'{id}' is in {file} but missing from {other}"},
    "corpus.text.order": {"vi": "thứ tự khối khác {other}: ở đây cần '{expected}' nhưng có '{found}'",
                          "en": "block order differs from {other}: expected '{expected}' here, found '{found}'"},
    # the glossary, and its terms in both languages
    "corpus.glossary.duplicate_term": {"vi": "thuật ngữ trùng lặp '{term}' (đã có ở dòng {line})",
                                       "en": "duplicate glossary term '{term}' (already at line {line})"},
    "corpus.glossary.missing_in_text": {
        "vi": "thuật ngữ '{term}' có trong bản tiếng Việt của '{id}' nhưng bản tiếng Anh thiếu '{english}' ({glossary})",
        "en": "glossary term '{term}' is in the Vietnamese text of '{id}' but its English text lacks '{english}' ({glossary})",
    },
    "corpus.glossary.missing_in_string": {
        "vi": "thuật ngữ '{term}' có trong chuỗi tiếng Việt nhưng chuỗi tiếng Anh thiếu '{english}' ({glossary})",
        "en": "glossary term '{term}' is in the Vietnamese string but the English string lacks '{english}' ({glossary})",
    },
    # ids: unique, and every reference to one exists ({what} is one of corpus.what.*)
    "corpus.reference.unknown": {"vi": "{what} không tồn tại '{value}' ở '{where}'", "en": "unknown {what} '{value}' at '{where}'"},
    "corpus.reference.duplicate": {"vi": "{what} trùng lặp '{value}'", "en": "duplicate {what} '{value}'"},
    "corpus.what.provision": {"vi": "điều khoản được trích dẫn", "en": "provision"},
    "corpus.what.party": {"vi": "mã bên", "en": "party"},
    "corpus.what.party_id": {"vi": "mã bên", "en": "party id"},
    "corpus.what.rule": {"vi": "mã quy tắc", "en": "rule"},
    "corpus.what.rule_id": {"vi": "mã quy tắc", "en": "rule id"},
    "corpus.what.event_id": {"vi": "mã sự kiện", "en": "event id"},
    # a regulation's folder, meta.yml and source.txt; the review state of its rules
    "corpus.meta.character": {
        "vi": "ký tự không được phép trong siêu dữ liệu: '{character}' (không dùng <, > hay ký tự điều khiển)",
        "en": "character not allowed in metadata: '{character}' (no <, > or control characters)",
    },
    "corpus.meta.source_missing": {
        "vi": "thiếu tệp nguồn {source} (bản sao nguyên vẹn của '{file}') trong thư mục văn bản",
        "en": "missing source file {source} (an exact copy of '{file}') in the regulation folder",
    },
    "corpus.meta.source_changed": {
        "vi": "sha256 của {source} là {digest}, khác 'source.sha256' (tệp nguồn đã bị sửa hoặc chép sai)",
        "en": "the sha256 of {source} is {digest}, not 'source.sha256' (the source file was changed or miscopied)",
    },
    "corpus.meta.folder_name": {
        "vi": "tên thư mục '{folder}' không hợp lệ (chỉ chữ thường ascii, chữ số và dấu gạch nối)",
        "en": "invalid folder name '{folder}' (lowercase ascii letters, digits and hyphens only)",
    },
    "corpus.meta.folder_mismatch": {"vi": "tên thư mục '{folder}' khác mã văn bản id '{id}'",
                                    "en": "folder name '{folder}' differs from meta id '{id}'"},
    "corpus.review.start_unknown": {"vi": "quy tắc '{rule}' không còn là nháp nhưng mốc tính vẫn là 'unknown'",
                                    "en": "rule '{rule}' is no longer a draft but its starting point is still 'unknown'"},
    "corpus.review.untranslated": {"vi": "quy tắc '{rule}' không còn là nháp nhưng còn chữ '{untranslated}' (hãy dịch)",
                                   "en": "rule '{rule}' is no longer a draft but still reads '{untranslated}' (translate it)"},
    # the corpus folder, and the command line (python -m checker.corpus)
    "corpus.root.missing": {"vi": "không tìm thấy thư mục kho văn bản", "en": "corpus folder not found"},
    "corpus.root.empty": {"vi": "không có thư mục văn bản nào", "en": "no regulation folder"},
    "corpus.main.unexpected": {"vi": "lỗi không lường trước khi đọc kho văn bản: {error}",
                               "en": "unexpected error while reading the corpus: {error}"},
    "corpus.main.errors": {"vi": "{count} lỗi", "en": "{count} error(s)"},
    "corpus.main.ok": {"vi": "{regulations} văn bản, {provisions} điều khoản, {rules} quy tắc",
                       "en": "{regulations} regulations, {provisions} provisions, {rules} rules"},
    "corpus.main.review": {
        "vi": "{drafts} quy tắc nháp chờ duyệt (review: draft), {untranslated} điều khoản chưa dịch (untranslated)",
        "en": "{drafts} draft rules awaiting review, {untranslated} untranslated provisions",
    },
    # scenarios.yml: each message names its scenario
    "corpus.scenario.at": {"vi": "tình huống '{id}': {problem} ở '{where}'", "en": "scenario '{id}': {problem} at '{where}'"},
    "corpus.scenario.year": {"vi": "năm {year} nằm ngoài lịch nghỉ lễ ({first}-{last})",
                             "en": "year {year} is outside the holiday calendar ({first}-{last})"},
    "corpus.scenario.unknown_event": {"vi": "sự kiện không có trong rules.yml của {regulation}: '{event}' (có: {known})",
                                      "en": "unknown event '{event}' in the rules.yml of {regulation} (known: {known})"},
    "corpus.scenario.flag": {
        "vi": "tình huống '{id}': tình tiết '{flag}' không áp dụng cho sự kiện '{event}' ở '{where}' (có thể dùng: {allowed})",
        "en": "scenario '{id}': flag '{flag}' does not apply to event '{event}' at '{where}' (allowed: {allowed})",
    },
    "corpus.scenario.duplicate_id": {"vi": "mã tình huống trùng lặp '{id}' (đã có ở dòng {line})",
                                     "en": "duplicate scenario id '{id}' (already at line {line})"},
    "corpus.scenario.duplicate_id_across": {"vi": "mã tình huống trùng lặp '{id}' (đã có ở {where})",
                                            "en": "duplicate scenario id '{id}' (already at {where})"},
    "corpus.scenario.wrong_regulation": {
        "vi": "tình huống '{id}': '{where}' phải là '{folder}' (thư mục của tệp), không phải '{regulation}'",
        "en": "scenario '{id}': '{where}' must be '{folder}' (the file's folder), not '{regulation}'",
    },
    "corpus.scenario.not_triggered": {
        "vi": "tình huống '{id}': quy tắc '{rule}' ở '{where}' không thuộc các quy tắc mà sự kiện '{event}' kích hoạt "
              "({triggered})",
        "en": "scenario '{id}': rule '{rule}' at '{where}' is not one the event '{event}' triggers ({triggered})",
    },
    "corpus.scenario.unknown_party": {"vi": "tình huống '{id}': mã bên không tồn tại '{party}' ở '{where}'",
                                      "en": "scenario '{id}': unknown party '{party}' at '{where}'"},
    "corpus.scenario.unknown_regulation": {"vi": "tình huống '{id}': văn bản không tồn tại '{regulation}' ở '{where}'",
                                           "en": "scenario '{id}': unknown regulation '{regulation}' at '{where}'"},
    "corpus.scenario.unknown_event_across": {
        "vi": "tình huống '{id}': sự kiện không có trong rules.yml của {regulation}: '{event}' ở '{where}'",
        "en": "scenario '{id}': unknown event '{event}' in the rules.yml of {regulation} at '{where}'",
    },
    # every scenario is a regression test: what the checker's answer contradicts in `expect:`
    "corpus.scenario.rejected": {"vi": "tình huống '{id}': công cụ kiểm tra từ chối dữ liệu đầu vào: {errors}",
                                 "en": "scenario '{id}': the checker rejects the inputs: {errors}"},
    "corpus.scenario.no_obligation": {
        "vi": "tình huống '{id}': kết quả không có nghĩa vụ '{rule}' (expect[{index}])",
        "en": "scenario '{id}': the checker's answer has no obligation '{rule}' (expect[{index}])",
    },
    "corpus.scenario.differs": {
        "vi": "tình huống '{id}': expect[{index}].{field} ({rule}) ghi {want} nhưng công cụ kiểm tra cho {got}",
        "en": "scenario '{id}': expect[{index}].{field} ({rule}) says {want} but the checker gives {got}",
    },
    "corpus.scenario.nothing": {"vi": "(trống)", "en": "(nothing)"},
    # --- the browser checker's runtime, the last step of the site build (sitegen/runtime.py) ---
    "build.runtime.bad_pin": {"vi": "cần dạng tên==phiên_bản, nhận {line}", "en": "expected name==version, got {line}"},
    "build.runtime.no_pyodide": {
        "vi": "thiếu {path}: chạy `npm ci` (hoặc `make node`) để cài gói Pyodide đã ghim phiên bản",
        "en": "{path} is missing: run `npm ci` (or `make node`) to install the pinned Pyodide package",
    },
    "build.runtime.pyodide_file": {"vi": "gói npm pyodide thiếu {path}", "en": "{path} is missing from the pyodide npm package"},
    "build.runtime.wheel_failed": {"vi": "dựng gói wheel của checker thất bại", "en": "building the checker wheel failed"},
    "build.runtime.wheel_count": {"vi": "cần đúng một gói wheel checker trong {folder}, nhưng có {found}",
                                  "en": "expected one checker wheel in {folder}, found {found}"},
    "build.runtime.download_failed": {"vi": "không tải được gói wheel {name}=={version}",
                                      "en": "could not download the wheel {name}=={version}"},
    "build.runtime.not_pure": {"vi": "{file} không phải gói wheel thuần Python; không chạy được trong Pyodide",
                               "en": "{file} is not a pure-Python wheel; it cannot run under Pyodide"},
    "build.runtime.not_pinned": {
        "vi": "requirements.txt không ghim phiên bản {name}, gói mà công cụ kiểm tra cần khi chạy: thêm `{name}==<phiên_bản>`",
        "en": "requirements.txt does not pin {name}, which the checker needs at run time: add `{name}==<version>`",
    },
    "build.runtime.no_node": {
        "vi": "không có `node` trong PATH: cần Node 20 để chuẩn bị công cụ kiểm tra chạy trong trình duyệt (xem README)",
        "en": "`node` is not on PATH: Node 20 is needed to prepare the browser checker (see README)",
    },
    "build.runtime.bundles_failed": {"vi": "chuẩn bị các gói cho trình duyệt thất bại",
                                     "en": "preparing the browser bundles failed"},
    "build.runtime.written": {"vi": "Đã ghi môi trường chạy của công cụ kiểm tra vào {path}",
                              "en": "checker runtime written to {path}"},
    # --- the service worker that keeps the site offline (sitegen/offline.py) ---
    "build.offline.no_node": {"vi": "không tìm thấy `node` trong PATH: cần Node 20 để tạo service worker",
                              "en": "`node` is not on PATH: Node 20 is needed to generate the service worker"},
    "build.offline.no_workbox": {"vi": "thiếu {path}: chạy `npm ci` (hoặc `make node`)",
                                 "en": "{path} is missing: run `npm ci` (or `make node`)"},
    "build.offline.failed": {"vi": "tạo service worker không thành công", "en": "generating the service worker failed"},
    "build.offline.warnings": {"vi": "Workbox cảnh báo (một tệp không được lưu sẵn thì sẽ thiếu khi mất mạng): {warnings}",
                               "en": "Workbox warns (a file not precached would be missing offline): {warnings}"},
    "build.offline.imports": {"vi": "sw.js nạp phần chạy của Workbox từ một tệp hoặc máy chủ khác",
                              "en": "sw.js imports the Workbox runtime from another file or host"},
    "build.offline.written": {"vi": "sw.js: lưu sẵn {count} tệp, {size} byte", "en": "sw.js: {count} files, {size} bytes precached"},
    # --- the page for a missing address (overrides/404.html, given the catalogue by hooks/languages.py): it
    # speaks both languages at once; {home} is the link to the language's home page (site.not_found_home) ---
    "site.not_found_title": {"vi": "Không tìm thấy trang", "en": "Page not found"},
    "site.not_found_text": {"vi": "Không có trang nào ở địa chỉ này: liên kết có thể đã cũ hoặc bị gõ sai.",
                            "en": "There is no page at this address: the link may be out of date or mistyped."},
    "site.not_found_go": {"vi": "Hãy về {home} hoặc dùng ô tìm kiếm ở đầu trang.",
                          "en": "Go to the {home} or use the search box at the top."},
    "site.not_found_home": {"vi": "trang chủ", "en": "English home page"},
    # --- end of the corpus validator, runtime build and 404 part ---
    # --- kinds of day (checker/calendar.py) ---
    "day.weekend": {
        "vi": "Nghỉ cuối tuần ({weekday})",
        "en": "Weekend ({weekday})",
    },
    "day.holiday": {
        "vi": "Nghỉ lễ, tết: {holiday}",
        "en": "Public holiday: {holiday}",
    },
    "day.swap_day_off": {
        "vi": "Ngày nghỉ hoán đổi, đã làm bù vào thứ Bảy {other}: {holiday}",
        "en": "Swapped day off, worked instead on Saturday {other}: {holiday}",
    },
    "day.swap_workday": {
        "vi": "Thứ Bảy làm việc bù cho ngày nghỉ {other}: là ngày làm việc",
        "en": "Saturday worked in exchange for the day off on {other}: a working day",
    },
    # --- citations (checker/citation.py) ---
    "cite.chuong": {"vi": "Chương {roman}", "en": "Chapter {roman}"},
    "cite.dieu": {"vi": "Điều {dieu}", "en": "Article {dieu}"},
    "cite.khoan": {"vi": "khoản {khoan} Điều {dieu}", "en": "Article {dieu}({khoan})"},
    "cite.diem": {"vi": "điểm {diem} khoản {khoan} Điều {dieu}", "en": "Article {dieu}({khoan})({diem})"},
    "cite.gach": {"vi": "gạch đầu dòng thứ {ordinal} {parent}", "en": "{parent}, {ordinal} indent"},
    "cite.qd_dieu": {"vi": "Điều {dieu} Quyết định", "en": "Article {dieu} of the Decision"},
    "cite.other": {"vi": "mục {provision}", "en": "item {provision}"},
    # front and back matter of a document (checker/ids.py); ".n" is the numbered form
    "cite.front.tieu-de": {"vi": "phần đầu", "en": "heading"},
    "cite.front.can-cu": {"vi": "phần căn cứ", "en": "preamble"},
    "cite.front.can-cu.n": {"vi": "căn cứ thứ {n}", "en": "legal basis {n}"},
    "cite.front.ban-hanh": {"vi": "câu ban hành", "en": "enacting formula"},
    "cite.front.noi-nhan": {"vi": "nơi nhận", "en": "recipients"},
    "cite.front.noi-nhan.n": {"vi": "nơi nhận thứ {n}", "en": "recipient {n}"},
    "cite.front.chu-ky": {"vi": "phần ký", "en": "signature block"},
    "cite.of_decision": {"vi": "{part} của Quyết định", "en": "{part} of the Decision"},
    "cite.join": {"vi": "; ", "en": "; "},
    # words a reader types to cite a level ("dieu 8 khoan 2", "article 8 clause 2"), and their short
    # forms ("đ8 k2"): the search index gives each provision these forms (sitegen/search.py)
    "cite.word.dieu": {"vi": "điều", "en": "article"},
    "cite.word.khoan": {"vi": "khoản", "en": "clause"},
    "cite.word.diem": {"vi": "điểm", "en": "point"},
    "cite.word.gach": {"vi": "gạch đầu dòng", "en": "indent"},
    "cite.short.dieu": {"vi": "đ", "en": "art"},
    "cite.short.khoan": {"vi": "k", "en": "cl"},
    # a provision's search result: its citation and the regulation it belongs to
    "search.result": {"vi": "{cite} — {label}", "en": "{cite} — {label}"},
    "join.sentence": {"vi": " ", "en": " "},
    # --- modes ---
    "mode.standard": {
        "vi": "Tiêu chuẩn: thời hạn tính theo ngày mà ngày cuối cùng là ngày nghỉ thì dời sang ngày làm việc tiếp theo",
        "en": "Standard: a period in days whose last day is a day off ends on the next working day",
    },
    "mode.strict": {
        "vi": "Nghiêm ngặt: giữ nguyên ngày cuối cùng của thời hạn, kể cả khi là ngày nghỉ",
        "en": "Strict: the last day of the period stands, even when it is a day off",
    },
    # --- counting methods ---
    "method.working_days_after": {
        "vi": "Đếm ngày làm việc sau sự kiện",
        "en": "Working days counted after the event",
    },
    "method.calendar_days_after": {
        "vi": "Đếm ngày lịch sau sự kiện",
        "en": "Calendar days counted after the event",
    },
    "method.working_days_before": {
        "vi": "Đếm lùi ngày làm việc trước ngày mốc",
        "en": "Working days counted back from the reference date",
    },
    "method.calendar_days_before": {
        "vi": "Đếm lùi ngày lịch trước ngày mốc",
        "en": "Calendar days counted back from the reference date",
    },
    "method.annual_before": {
        "vi": "Hằng năm, trước một ngày cố định",
        "en": "Every year, before a fixed date",
    },
    "method.none": {
        "vi": "Không có thời hạn cố định",
        "en": "No fixed period",
    },
    "method.periodic": {
        "vi": "Định kỳ, không có ngày cố định",
        "en": "Periodic, no fixed date",
    },
    "explain.working_days_after": {
        "vi": "Đếm {count} ngày làm việc, bắt đầu từ ngày tiếp theo ngày {event} (ngày {event} không tính); "
              "ngày nghỉ cuối tuần, nghỉ lễ, tết không được đếm. Ngày làm việc thứ {count} là {due}.",
        "en": "Count {count} working days, starting the day after {event} ({event} itself is not counted); "
              "weekends and public holidays are not counted. The working day number {count} is {due}.",
    },
    "explain.calendar_days_after": {
        "vi": "Đếm {count} ngày liên tục (kể cả ngày nghỉ), bắt đầu từ ngày tiếp theo ngày {event} "
              "(ngày {event} không tính). Ngày thứ {count} là {raw_end}.",
        "en": "Count {count} consecutive days (days off included), starting the day after {event} "
              "({event} itself is not counted). Day number {count} is {raw_end}.",
    },
    "explain.calendar_moved": {
        "vi": "Ngày {raw_end} là ngày nghỉ ({reason}), nên thời hạn kết thúc vào ngày làm việc tiếp theo: {due}.",
        "en": "{raw_end} is a day off ({reason}), so the period ends on the next working day: {due}.",
    },
    "explain.calendar_kept": {
        "vi": "Ngày {raw_end} là ngày làm việc: thời hạn kết thúc vào ngày đó.",
        "en": "{raw_end} is a working day: the period ends that day.",
    },
    "explain.calendar_strict": {
        "vi": "Chế độ nghiêm ngặt: giữ ngày cuối cùng {raw_end}, không dời sang ngày làm việc tiếp theo.",
        "en": "Strict mode: the last day {raw_end} stands and is not moved to the next working day.",
    },
    "explain.working_days_before": {
        "vi": "Đếm lùi {count} ngày làm việc trước ngày {reference} (ngày {reference} không tính); "
              "ngày nghỉ cuối tuần, nghỉ lễ, tết không được đếm. Ngày làm việc thứ {count} trước ngày đó là {due}: "
              "chậm nhất là ngày này.",
        "en": "Count back {count} working days before {reference} ({reference} itself is not counted); "
              "weekends and public holidays are not counted. The working day number {count} before it is {due}: "
              "that is the latest day.",
    },
    "explain.calendar_days_before": {
        "vi": "Đếm lùi {count} ngày liên tục trước ngày {reference} (ngày {reference} không tính): ngày thứ {count} là {raw_end}.",
        "en": "Count back {count} consecutive days before {reference} ({reference} itself is not counted): day number {count} is {raw_end}.",
    },
    "explain.calendar_before_moved": {
        "vi": "Ngày {raw_end} là ngày nghỉ ({reason}), nên lùi về ngày làm việc liền trước: {due}.",
        "en": "{raw_end} is a day off ({reason}), so the latest day moves back to the previous working day: {due}.",
    },
    "explain.annual_before": {
        "vi": "\"Trước ngày {day_month}\": chậm nhất là ngày {latest} ({latest_weekday}). "
              "Ngày làm việc cuối cùng không muộn hơn ngày đó là {last} ({last_weekday}).",
        "en": "\"Before {day_month}\": {latest} ({latest_weekday}) at the latest. "
              "The last working day on or before it is {last} ({last_weekday}).",
    },
    "explain.annual_next_year": {
        "vi": "Ngày {event} đã qua hạn của năm {year}, nên kết quả là hạn của kỳ báo cáo năm {next_year}.",
        "en": "{event} is past the {year} deadline, so the answer is the deadline of the {next_year} report.",
    },
    "explain.none": {
        "vi": "Không có ngày hạn: {reason}",
        "en": "No due date: {reason}",
    },
    "explain.periodic": {
        "vi": "Định kỳ ({period}), không có ngày hạn: {reason}",
        "en": "Periodic ({period}), no due date: {reason}",
    },
    # --- due dates ---
    "due.date": {
        "vi": "Hạn chót: {weekday}, {date}.",
        "en": "Deadline: {weekday}, {date}.",
    },
    "due.annual": {
        "vi": "Hạn chót: {weekday}, {date}; ngày làm việc cuối cùng: {last_weekday}, {last}.",
        "en": "Deadline: {weekday}, {date}; last working day: {last_weekday}, {last}.",
    },
    "due.none": {
        "vi": "Không có ngày hạn. {reason}",
        "en": "No due date. {reason}",
    },
    "due.periodic": {
        "vi": "Không có ngày hạn ({period}). {reason}",
        "en": "No due date ({period}). {reason}",
    },
    # --- counting conventions, each with its source ---
    "convention.start-next-day": {
        "vi": "Thời hạn tính bằng ngày bắt đầu từ ngày tiếp theo ngày xảy ra sự kiện: ngày nhận văn bản không được tính.",
        "en": "A period in days starts the day after the event: the day the document was received is not counted.",
    },
    "convention.start-next-day.source": {
        "vi": "Bộ luật Dân sự 2015, Điều 147",
        "en": "Civil Code 2015, Article 147",
    },
    "convention.calendar-end-moves": {
        "vi": "Thời hạn tính bằng ngày lịch mà ngày cuối cùng là ngày nghỉ cuối tuần hoặc ngày nghỉ lễ thì kết thúc vào ngày làm việc tiếp theo.",
        "en": "A period in calendar days whose last day is a weekend day or a public holiday ends on the next working day.",
    },
    "convention.calendar-end-moves.source": {
        "vi": "Bộ luật Dân sự 2015, khoản 5 Điều 148",
        "en": "Civil Code 2015, Article 148(5)",
    },
    "convention.strict-raw-end": {
        "vi": "Chế độ nghiêm ngặt do người dùng chọn: giữ nguyên ngày cuối cùng của thời hạn, kể cả khi đó là ngày nghỉ.",
        "en": "Strict mode, chosen by the user: the last day of the period stands, even when it is a day off.",
    },
    "convention.strict-raw-end.source": {
        "vi": "Lựa chọn của người dùng (cách đọc thận trọng), không phải quy định pháp luật",
        "en": "The user's choice (a cautious reading), not a legal rule",
    },
    "convention.working-days": {
        "vi": "Ngày làm việc của cơ quan Đảng, Nhà nước: thứ Hai đến thứ Sáu, trừ ngày nghỉ lễ, tết và ngày nghỉ hoán đổi, "
              "cộng các ngày thứ Bảy làm việc bù.",
        "en": "Working days of Party and State agencies: Monday to Friday, minus public holidays and swapped days off, "
              "plus the Saturdays worked in exchange.",
    },
    "convention.working-days.source": {
        "vi": "Bộ luật Lao động 2019, Điều 112 (nghỉ lễ, tết); thông báo hoán đổi ngày làm việc hằng năm; "
              "dữ liệu của thư viện {library}",
        "en": "Labour Code 2019, Article 112 (public holidays); the yearly announcements of swapped working days; "
              "data of the {library} library",
    },
    "convention.before-working-days": {
        "vi": "\"Gửi trước N ngày làm việc\" so với ngày D: chậm nhất là ngày làm việc thứ N trước ngày D, không tính ngày D.",
        "en": "\"Send N working days before\" a date D: at the latest the N-th working day before D, D not counted.",
    },
    "convention.before-working-days.source": {
        "vi": "Cách hiểu của dự án (văn bản không quy định cách đếm); ngày mốc không được tính theo tinh thần Điều 147 Bộ luật Dân sự 2015",
        "en": "The project's reading (the text gives no counting rule); the reference day is not counted, in the spirit of Article 147 of the Civil Code 2015",
    },
    "convention.before-calendar-earlier": {
        "vi": "\"Trước N ngày\" tính bằng ngày lịch mà rơi vào ngày nghỉ thì lùi về ngày làm việc liền trước, vì dời về sau sẽ không còn là \"trước\".",
        "en": "\"N days before\" in calendar days that falls on a day off moves back to the previous working day: moving it later would no longer be \"before\".",
    },
    "convention.before-calendar-earlier.source": {
        "vi": "Cách hiểu của dự án (văn bản không quy định cách đếm)",
        "en": "The project's reading (the text gives no counting rule)",
    },
    "convention.annual-before": {
        "vi": "\"Trước ngày X\" nghĩa là chậm nhất là ngày liền trước ngày X; kết quả nêu thêm ngày làm việc cuối cùng không muộn hơn ngày đó. "
              "Hạn này không dời về sau, vì sau đó đã là ngày X.",
        "en": "\"Before date X\" means the day before X at the latest; the result also gives the last working day on or before it. "
              "This deadline never moves later, since the next day is X itself.",
    },
    "convention.annual-before.source": {
        "vi": "Câu chữ của văn bản (\"trước ngày ...\" không gồm chính ngày đó)",
        "en": "The wording of the text (\"before ...\" excludes that day itself)",
    },
    "convention.no-fixed-date": {
        "vi": "Nghĩa vụ không có thời hạn cố định (ví dụ \"kịp thời\") thì không có ngày hạn; bộ tính không tự đặt ra ngày.",
        "en": "An obligation with no fixed period (e.g. \"promptly\") has no due date; the checker does not invent one.",
    },
    "convention.no-fixed-date.source": {
        "vi": "Văn bản không ấn định thời hạn",
        "en": "The text sets no time limit",
    },
    "convention.periodic-no-date": {
        "vi": "Nghĩa vụ định kỳ mà văn bản không ấn định ngày (ví dụ \"định kỳ 6 tháng\") thì không có ngày hạn.",
        "en": "A periodic obligation for which the text sets no date (e.g. \"every 6 months\") has no due date.",
    },
    "convention.periodic-no-date.source": {
        "vi": "Văn bản không ấn định ngày",
        "en": "The text sets no date",
    },
    # --- warnings ---
    "warning.unconfirmed_year": {
        "vi": "Lịch nghỉ lễ và hoán đổi ngày làm việc năm {years} chưa được thông báo chính thức (dữ liệu {library} chỉ "
              "có thông báo đến năm {last_confirmed}); kết quả có thể thay đổi khi có thông báo.",
        "en": "The schedule of holidays and swapped working days for {years} has not yet been officially announced "
              "({library} has announcements up to {last_confirmed}); the result may change once it is.",
    },
    "warning.strict_non_working_due": {
        "vi": "Chế độ nghiêm ngặt: hạn chót {due} là ngày nghỉ ({reason}); nên hoàn thành trước đó.",
        "en": "Strict mode: the deadline {due} is a day off ({reason}); plan to finish before it.",
    },
    "warning.event_non_working": {
        "vi": "Ngày {event} là ngày nghỉ ({reason}); việc đếm vẫn bắt đầu từ ngày tiếp theo.",
        "en": "{event} is a day off ({reason}); the count still starts the next day.",
    },
    "warning.before_signing_date": {
        "vi": "Ngày {event} trước ngày ký văn bản ({signed}): khi đó văn bản chưa có hiệu lực.",
        "en": "{event} is before the regulation was signed ({signed}): it was not yet in force then.",
    },
    "warning.last_working_day_passed": {
        "vi": "Hạn là trước ngày {day_month}, nên chậm nhất là {latest_weekday}, {latest}, là ngày nghỉ; ngày làm "
              "việc cuối cùng trước hạn ({last_weekday}, {last}) đã qua so với ngày {event}.",
        "en": "The limit is before {day_month}, so {latest_weekday}, {latest} at the latest, a day off; the last "
              "working day before it ({last_weekday}, {last}) is already behind the event date {event}.",
    },
    "warning.provision_not_found": {
        "vi": "Dữ liệu trích dẫn điều khoản '{provision}' nhưng văn bản {regulation} không có điều khoản này.",
        "en": "The data cites provision '{provision}' but regulation {regulation} has no such provision.",
    },
    # --- errors (field, code) ---
    "field.scenario": {"vi": "kịch bản", "en": "scenario"},
    "field.corpus": {"vi": "kho văn bản", "en": "corpus"},
    "field.regulation": {"vi": "văn bản", "en": "regulation"},
    "field.event": {"vi": "sự kiện", "en": "event"},
    "field.date": {"vi": "ngày xảy ra sự kiện", "en": "event date"},
    "field.flags": {"vi": "tình tiết", "en": "circumstances"},
    "field.mode": {"vi": "cách tính", "en": "counting mode"},
    "field.lang": {"vi": "ngôn ngữ", "en": "language"},
    "error.not_an_object": {
        "vi": "Kịch bản phải là một đối tượng JSON có các trường regulation, event, date.",
        "en": "The scenario must be a JSON object with the fields regulation, event, date.",
    },
    "error.unknown_field": {
        "vi": "Trường '{value}' không được hỗ trợ. Các trường có: {choices}.",
        "en": "Field '{value}' is not supported. Fields: {choices}.",
    },
    "error.missing": {
        "vi": "Thiếu {name}.",
        "en": "The {name} is missing.",
    },
    "error.not_a_string": {
        "vi": "Giá trị {name} phải là một chuỗi ký tự.",
        "en": "The {name} must be a string.",
    },
    "error.bad_corpus": {
        "vi": "Dữ liệu kho văn bản không dùng được: {detail}.",
        "en": "The corpus data cannot be used: {detail}.",
    },
    "error.unknown_regulation": {
        "vi": "Không có văn bản '{value}'. Các văn bản có: {choices}.",
        "en": "There is no regulation '{value}'. Regulations: {choices}.",
    },
    "error.unknown_event": {
        "vi": "Văn bản {regulation} không có sự kiện '{value}'. Các sự kiện có: {choices}.",
        "en": "Regulation {regulation} has no event '{value}'. Events: {choices}.",
    },
    # The date as typed (checker/dates.py): read day first, named by the form's label, not by its id.
    "error.bad_date_format": {
        "vi": "Không đọc được ngày xảy ra sự kiện '{value}'. Hãy viết theo thứ tự ngày/tháng/năm, ví dụ 20/11/2026 "
              "(cũng nhận 20-11-2026, 20.11.2026, 20/11/26 và 2026-11-20).",
        "en": "The event date '{value}' cannot be read. Write it day/month/year, e.g. 20/11/2026 "
              "(20-11-2026, 20.11.2026, 20/11/26 and 2026-11-20 work too).",
    },
    "error.ambiguous_date": {
        "vi": "Ngày xảy ra sự kiện '{value}' không rõ ràng: chỉ có chữ số thì không biết đâu là ngày, tháng, năm. "
              "Hãy viết có dấu phân cách, theo thứ tự ngày/tháng/năm, ví dụ 20/11/2026.",
        "en": "The event date '{value}' is ambiguous: digits alone do not say which is the day, the month and the "
              "year. Write it with separators, day/month/year, e.g. 20/11/2026.",
    },
    "error.impossible_date": {
        "vi": "Ngày xảy ra sự kiện '{value}' không có trong lịch: tháng {month} năm {year} không có ngày {day}.",
        "en": "The event date '{value}' does not exist in the calendar: {month} {year} has no day {day}.",
    },
    "error.impossible_month": {
        "vi": "Ngày xảy ra sự kiện '{value}' không có trong lịch: không có tháng {month} (ngày được đọc theo thứ tự "
              "ngày/tháng/năm).",
        "en": "The event date '{value}' does not exist in the calendar: there is no month {month} (dates are read "
              "day/month/year).",
    },
    "date.understood": {"vi": "{weekday}, {date}", "en": "{weekday}, {date}"},
    "error.browser_internal": {"vi": "Lỗi nội bộ của công cụ kiểm tra: {name}", "en": "Internal error in the checker: {name}"},
    "error.year_out_of_range": {
        "vi": "Năm {year} nằm ngoài các năm có lịch làm việc ({first}–{last}).",
        "en": "The year {year} is outside the years the working-day calendar covers ({first}–{last}).",
    },
    "error.count_out_of_range": {
        "vi": "Cách tính cần đến ngày {day}, nằm ngoài các năm có lịch làm việc ({first}–{last}).",
        "en": "The count reaches {day}, outside the years the working-day calendar covers ({first}–{last}).",
    },
    "error.bad_flags": {
        "vi": "Tình tiết (flags) phải là một danh sách tên tình tiết, ví dụ [\"complex\"].",
        "en": "The flags must be a list of flag names, e.g. [\"complex\"].",
    },
    "error.flag_not_applicable": {
        "vi": "Tình tiết '{value}' không áp dụng cho sự kiện \"{event}\". {available}",
        "en": "The flag '{value}' does not apply to the event \"{event}\". {available}",
    },
    "error.flags_available": {
        "vi": "Tình tiết áp dụng được: {choices}.",
        "en": "Flags that apply: {choices}.",
    },
    "error.no_flags": {
        "vi": "Sự kiện này không có tình tiết nào.",
        "en": "This event has no flags.",
    },
    "error.bad_mode": {
        "vi": "Chế độ '{value}' không hợp lệ: chọn standard (tiêu chuẩn) hoặc strict (nghiêm ngặt).",
        "en": "The mode '{value}' is not valid: choose standard or strict.",
    },
    "error.bad_lang": {
        "vi": "Ngôn ngữ '{value}' không hợp lệ: chọn vi hoặc en.",
        "en": "The language '{value}' is not valid: choose vi or en.",
    },
    "error.bad_rule_data": {
        "vi": "Dữ liệu của quy tắc {rule} không dùng được: {detail}.",
        "en": "The data of rule {rule} cannot be used: {detail}.",
    },
    "error.bad_json": {
        "vi": "Dữ liệu JSON không đọc được: {detail}.",
        "en": "The JSON data cannot be read: {detail}.",
    },
    "error.bad_range": {
        "vi": "Khoảng ngày {first}..{last} không hợp lệ (ngày đầu phải trước ngày cuối, tối đa {max} ngày).",
        "en": "The date range {first}..{last} is not valid (the first day must come first, at most {max} days).",
    },
    "error.internal": {
        "vi": "Lỗi không lường trước trong bộ tính hạn: {detail}. Xin báo lại cho nhóm dự án.",
        "en": "Unexpected error in the checker: {detail}. Please report it to the project.",
    },
    # --- command line (checker/cli.py) ---
    "cli.description": {
        "vi": "Tính hạn và trách nhiệm theo quy chế phối hợp.",
        "en": "Deadlines and responsibilities under coordination regulations.",
    },
    "cli.nobody": {"vi": "(văn bản không nêu)", "en": "(not stated by the text)"},
    "day.status.event": {"vi": "ngày sự kiện, không tính", "en": "event day, not counted"},
    "day.status.reference": {"vi": "ngày mốc, không tính", "en": "reference day, not counted"},
    "day.status.counted": {"vi": "tính", "en": "counted"},
    "day.status.skipped": {"vi": "không tính", "en": "not counted"},
    "day.status.moved": {"vi": "dời đến", "en": "moved to"},
    "day.status.working": {"vi": "ngày làm việc", "en": "working day"},
    "day.mark.due": {"vi": "HẠN CHÓT", "en": "DUE"},
    "day.mark.raw_end": {"vi": "ngày cuối của thời hạn", "en": "last day of the period"},
    "day.mark.last_working_day": {"vi": "ngày làm việc cuối cùng", "en": "last working day"},
    "cli.list.regulations": {"vi": "Các văn bản và sự kiện", "en": "Regulations and events"},
    "cli.list.flag": {"vi": "cờ --{flag}: {label}", "en": "flag --{flag}: {label}"},
    "cli.ics_written": {
        "vi": "Đã ghi tệp lịch {path} ({count} sự kiện).",
        "en": "Calendar file {path} written ({count} events).",
    },
    "cli.error": {"vi": "Lỗi", "en": "Error"},
    "cli.missing_args": {
        "vi": "Thiếu tham số: {names}. Xem cách dùng: python -m checker --help",
        "en": "Missing arguments: {names}. Usage: python -m checker --help",
    },
    "cli.bad_args": {
        "vi": "Tham số không hợp lệ ({detail}). Xem cách dùng: python -m checker --help",
        "en": "Invalid arguments ({detail}). Usage: python -m checker --help",
    },
    "cli.missing_value": {
        "vi": "Thiếu giá trị sau {name}. Xem cách dùng: python -m checker --help",
        "en": "{name} needs a value. Usage: python -m checker --help",
    },
    "cli.number_unknown": {"vi": "số hiệu không rõ", "en": "number unknown"},
    "cli.unknown_args": {
        "vi": "Tham số không nhận ra: {names}. Xem cách dùng: python -m checker --help",
        "en": "Unrecognised arguments: {names}. Usage: python -m checker --help",
    },
    "cli.corpus_error": {
        "vi": "Không đọc được kho văn bản: {detail}",
        "en": "Cannot read the corpus: {detail}",
    },
    "cli.ics_empty": {
        "vi": "--ics cần tên tệp lịch (không được để trống). Xem cách dùng: python -m checker --help",
        "en": "--ics needs a calendar file name (it must not be empty). Usage: python -m checker --help",
    },
    "cli.ics_nothing": {
        "vi": "Không có hạn nào có ngày cụ thể cho sự kiện này: không ghi tệp lịch {path}.",
        "en": "No deadline with a date for this event: the calendar file {path} was not written.",
    },
    "cli.output_error": {
        "vi": "Không ghi được kết quả ra: {detail}",
        "en": "Cannot write the output: {detail}",
    },
    "cli.stdout_closed": {
        "vi": "đầu ra chuẩn đã đóng",
        "en": "standard output is closed",
    },
    "cli.ics_error": {
        "vi": "Không ghi được tệp lịch {path}: {detail}",
        "en": "Cannot write the calendar file {path}: {detail}",
    },
    "cli.help.regulation": {"vi": "mã văn bản, ví dụ lao-cai-vks-xa-phuong", "en": "regulation id, e.g. lao-cai-vks-xa-phuong"},
    "cli.help.event": {"vi": "mã sự kiện, ví dụ opinion-request-received (xem --list)", "en": "event id, e.g. opinion-request-received (see --list)"},
    "cli.help.date": {
        "vi": "ngày của sự kiện, theo thứ tự ngày/tháng/năm: 20/11/2026, 20-11-2026, 20.11.2026, 20/11/26 (= 2026) "
              "hoặc 2026-11-20",
        "en": "date of the event, day first: 20/11/2026, 20-11-2026, 20.11.2026, 20/11/26 (= 2026) or 2026-11-20",
    },
    "cli.help.complex": {"vi": "trường hợp phức tạp (cờ complex)", "en": "complex case (flag complex)"},
    "cli.help.strict": {"vi": "chế độ nghiêm ngặt: không dời ngày cuối là ngày nghỉ", "en": "strict mode: a last day that is a day off is not moved"},
    "cli.help.lang": {"vi": "ngôn ngữ hiển thị: vi (mặc định) hoặc en", "en": "display language: vi (default) or en"},
    "cli.help.json": {"vi": "in kết quả dạng JSON (giống hệt check())", "en": "print the result as JSON (exactly check())"},
    "cli.help.ics": {"vi": "ghi các hạn có ngày vào tệp iCalendar", "en": "write the dated deadlines to an iCalendar file"},
    "cli.help.site_url": {"vi": "địa chỉ của trang (vd. http://intranet/quy-che/): tệp .ics có liên kết tuyệt đối tới điều khoản; không có thì không có liên kết", "en": "the site's address (e.g. http://intranet/quy-che/): the .ics file links to the provision; without it there is no link"},
    "cli.help.list": {"vi": "liệt kê văn bản và sự kiện", "en": "list regulations and events"},
    "cli.help.corpus": {"vi": "thư mục regulations/ hoặc tệp JSON của kho văn bản đã biên dịch", "en": "the regulations/ folder or a JSON file of the compiled corpus"},
    "cli.help.flag": {"vi": "cờ theo tên (lặp lại được)", "en": "a flag by name (repeatable)"},
    # --- time limits (checker/wording.py): one wording everywhere ---
    "unit.calendar_days": {"vi": "ngày", "en": "days"},
    "unit.working_days": {"vi": "ngày làm việc", "en": "working days"},
    "from.receipt": {"vi": "kể từ khi nhận được văn bản", "en": "from receipt of the document"},
    "timing.within": {"vi": "trong {count} {unit} {start}", "en": "within {count} {unit} {start}"},
    "timing.before": {"vi": "chậm nhất {count} {unit} trước ngày mốc",
                      "en": "at least {count} {unit} before the reference date"},
    "timing.annual_before": {"vi": "hằng năm, trước ngày {day_month}", "en": "every year, before {day_month}"},
    "timing.none": {"vi": "không có thời hạn cố định", "en": "no fixed time limit"},
    "timing.periodic": {"vi": "{period} (không có thời hạn cố định)", "en": "{period} (no fixed time limit)"},
    "counted.within.calendar_days": {
        "vi": "Ngày lịch, bắt đầu từ ngày sau ngày nhận; nếu ngày cuối là ngày nghỉ thì hạn là ngày làm việc tiếp "
              "theo (Bộ luật Dân sự 2015, Điều 147, 148). Chế độ nghiêm ngặt giữ nguyên ngày cuối.",
        "en": "Calendar days, from the day after receipt; if the last day is a day off, the period ends on the next "
              "working day (Civil Code 2015, Articles 147, 148). Strict mode keeps the raw last day.",
    },
    "counted.within.working_days": {
        "vi": "Đếm ngày làm việc từ ngày sau ngày nhận; bỏ thứ Bảy, Chủ nhật, ngày lễ và ngày nghỉ bù, tính các thứ "
              "Bảy làm bù (Bộ luật Dân sự 2015, Điều 147).",
        "en": "Working days from the day after receipt; Saturdays, Sundays, public holidays and compensatory days off "
              "are skipped, swapped working Saturdays count (Civil Code 2015, Article 147).",
    },
    "counted.before": {"vi": "Lùi {count} {unit} trước ngày mốc, không tính ngày mốc.",
                       "en": "Count back {count} {unit} before the reference date, that date not counted."},
    "counted.annual_before": {
        "vi": "“Trước ngày {day_month}” nghĩa là chậm nhất ngày {latest}; kèm ngày làm việc cuối cùng không muộn hơn "
              "ngày đó.",
        "en": "“Before {day_month}” means {latest} at the latest; the last working day on or before it is given too.",
    },
    # --- regulations (checker/wording.py) ---
    "regulation.label": {"vi": "{type} {number}", "en": "{type} {number}"},
    "regulation.label_no_number": {"vi": "{type} — {issuing_body}", "en": "{type} — {issuing_body}"},
    # --- one name for each concept, used alike by the command line, the pages, the training kit and the
    # browser (sitegen templates say t('label.x'); checker.js reads them from the page) ---
    "label.regulation": {"vi": "Văn bản", "en": "Regulation"},
    "label.event": {"vi": "Sự kiện", "en": "Event"},
    "label.date": {"vi": "Ngày", "en": "Date"},
    "label.date_means": {"vi": "Ngày này là", "en": "This date is"},
    "label.flags": {"vi": "Tình tiết", "en": "Circumstances"},
    "label.mode": {"vi": "Cách tính", "en": "Counting mode"},
    "label.mode.standard": {"vi": "Tiêu chuẩn", "en": "Standard"},
    "label.mode.strict": {"vi": "Nghiêm ngặt", "en": "Strict"},
    "label.who": {"vi": "Ai thực hiện", "en": "Who acts"},
    "label.towards": {"vi": "Đối với", "en": "Towards"},
    "label.what": {"vi": "Việc phải làm", "en": "What"},
    "label.due": {"vi": "Hạn chót", "en": "Deadline"},
    "label.no_fixed_date": {"vi": "Không có thời hạn cố định", "en": "No fixed time limit"},
    "label.last_working_day": {"vi": "Ngày làm việc cuối cùng", "en": "Last working day"},
    "label.consequence": {"vi": "Hậu quả", "en": "Consequence"},
    "label.notes": {"vi": "Ghi chú", "en": "Notes"},
    "label.warnings": {"vi": "Lưu ý", "en": "Warnings"},
    "label.cites": {"vi": "Căn cứ", "en": "Provisions"},
    "label.time_limit": {"vi": "Thời hạn", "en": "Time limit"},
    "label.counting": {"vi": "Cách đếm", "en": "How it was counted"},
    "label.obligations": {"vi": "Nghĩa vụ", "en": "Obligations"},
    "label.conventions": {"vi": "Quy ước tính thời hạn", "en": "Counting conventions"},
    "label.presides": {"vi": "Chủ trì", "en": "Presides"},
    "label.coordinates": {"vi": "Phối hợp", "en": "Coordinates"},
    "label.liaison": {"vi": "Đầu mối liên hệ", "en": "Focal points"},
    "label.roles": {"vi": "Ai chủ trì, ai phối hợp", "en": "Who presides, who coordinates"},
    # --- the days of a count, as the command line lists them and the browser's strip marks them ---
    "legend.event": {"vi": "Ngày sự kiện / ngày mốc", "en": "Event or reference day"},
    "legend.counted": {"vi": "Ngày được tính", "en": "Counted day"},
    "legend.weekend": {"vi": "Cuối tuần", "en": "Weekend"},
    "legend.holiday": {"vi": "Nghỉ lễ, tết, nghỉ hoán đổi", "en": "Holiday or swapped day off"},
    "legend.swap": {"vi": "Thứ Bảy làm bù", "en": "Worked Saturday"},
    "legend.due": {"vi": "Hạn chót", "en": "Due date"},
    # --- the browser checker's page (overrides/sitegen/blocks/checker-form.html, docs/assets/checker/checker.js) ---
    "ui.needs_js": {"vi": "Cần bật JavaScript để dùng công cụ kiểm tra.", "en": "The checker needs JavaScript."},
    "ui.progress": {"vi": "Tiến độ tải", "en": "Loading progress"},
    "ui.step.runtime": {"vi": "Môi trường Python", "en": "Python runtime"},
    "ui.step.packages": {"vi": "Bộ máy kiểm tra", "en": "Checker engine"},
    "ui.step.corpus": {"vi": "Dữ liệu quy chế", "en": "Regulation data"},
    "ui.step.ready": {"vi": "Sẵn sàng", "en": "Ready"},
    "ui.fallback_lead": {"vi": "Bạn vẫn có thể tra các thời hạn trong", "en": "You can still look the time limits up in the"},
    "ui.fallback_link": {"vi": "bảng thời hạn", "en": "deadlines table"},
    "ui.date_hint": {
        "vi": "Viết theo thứ tự ngày/tháng/năm, ví dụ 20/11/2026 (cũng nhận 20-11-2026, 20.11.2026, 2026-11-20). Ngày "
              "công cụ hiểu sẽ hiện ở đây.",
        "en": "Write it day/month/year, e.g. 20/11/2026 (20-11-2026, 20.11.2026 and 2026-11-20 work too). The date as "
              "the checker reads it appears here.",
    },
    "ui.date_placeholder": {"vi": "dd/mm/yyyy", "en": "dd/mm/yyyy"},
    "ui.date_read": {"vi": "Công cụ hiểu là", "en": "Read as"},
    "ui.mode_legend": {"vi": "Cách tính thời hạn tính bằng ngày", "en": "Counting of periods in days"},
    "ui.flags_legend": {"vi": "Tình tiết áp dụng cho sự kiện này", "en": "Circumstances that apply to this event"},
    "ui.ics": {"vi": "Tải lịch (.ics)", "en": "Download calendar (.ics)"},
    "ui.print": {"vi": "In kết quả", "en": "Print the answer"},
    "ui.copy": {"vi": "Chép liên kết", "en": "Copy link"},
    "ui.share": {"vi": "Liên kết tới tình huống này", "en": "Link to this scenario"},
    "ui.loading": {"vi": "Đang tải công cụ kiểm tra (chạy ngay trong trình duyệt, không gửi dữ liệu đi đâu)…",
                   "en": "Loading the checker (it runs in your browser; nothing is sent anywhere)…"},
    "ui.ready": {"vi": "Sẵn sàng. Kết quả cập nhật ngay khi bạn đổi dữ liệu.",
                 "en": "Ready. The answer updates as soon as you change the inputs."},
    "ui.no_wasm": {"vi": "Trình duyệt này không chạy được WebAssembly nên không dùng được công cụ kiểm tra.",
                   "en": "This browser cannot run WebAssembly, so the checker cannot run here."},
    "ui.failed": {"vi": "Không tải được công cụ kiểm tra.", "en": "The checker could not be loaded."},
    "ui.corpus_failed": {"vi": "Không tải được dữ liệu quy chế.", "en": "The regulation data could not be loaded."},
    "ui.need_date": {"vi": "Nhập ngày để xem kết quả.", "en": "Enter a date to see the answer."},
    "ui.megabytes": {"vi": "{loaded} / {total} MB", "en": "{loaded} / {total} MB"},
    "ui.slow": {"vi": "Việc tải đang lâu hơn bình thường.", "en": "Loading is taking longer than usual."},
    "ui.scenario": {"vi": "Tình huống", "en": "Scenario"},
    "ui.ics_preparing": {"vi": "Đang chuẩn bị tệp lịch…", "en": "Preparing the calendar file…"},
    "ui.ics_none": {"vi": "Không có hạn cụ thể để đưa vào lịch.", "en": "No dated deadline to put in a calendar."},
    "ui.ics_failed": {"vi": "Không tạo được tệp lịch.", "en": "The calendar file could not be made."},
    "ui.copied": {"vi": "Đã chép liên kết.", "en": "Link copied."},
    "ui.internal": {"vi": "Công cụ gặp lỗi khi tính tình huống này.", "en": "The checker failed on this scenario."},
    "ui.added_by_flag": {"vi": "Áp dụng do tình tiết đã chọn", "en": "Applies because of the circumstance chosen"},
    "ui.day_number": {"vi": "ngày", "en": "day"},
    # --- the site build (sitegen): what stops it, in both languages ---
    "build.no_corpus_module": {"vi": "không nạp được checker.corpus: {error}", "en": "cannot import checker.corpus: {error}"},
    "build.unknown_marker": {"vi": "{where}: dấu mốc không rõ '<!-- build:{name} -->' (có: {known})",
                             "en": "{where}: unknown marker '<!-- build:{name} -->' (known: {known})"},
    "build.step_failed": {"vi": "{step} thất bại: {error}", "en": "{step} failed: {error}"},
    "build.generated_page_in_docs": {"vi": "{path} được sinh khi dựng trang; không được lưu trong docs/",
                                     "en": "{path} is generated by the build; it must not be kept in docs/"},
    "build.mkdocs_stopped": {"vi": "mkdocs dừng: {error}", "en": "mkdocs stopped: {error}"},
    "build.broken_links": {"vi": "{count} liên kết hỏng trong trang đã dựng", "en": "{count} broken links in the built site"},
    "build.no_site": {"vi": "chưa có trang đã dựng ở {path}", "en": "no built site in {path}"},
    "build.port_busy": {
        "vi": "cổng {port} đang được dùng (có thể một `make serve` khác đang chạy); chọn cổng khác: make serve "
              "PORT=8001 (hoặc python -m sitegen serve --port 8001)",
        "en": "port {port} is busy (perhaps another `make serve` is running); choose another: make serve PORT=8001 "
              "(or python -m sitegen serve --port 8001)",
    },
    "build.schema_checked": {"vi": "schema / checker.shapes: {count} lỗi", "en": "schema / checker.shapes: {count} problems"},
    "build.links_checked": {"vi": "{pages} trang, {count} lỗi", "en": "{pages} pages, {count} problems"},
    "build.built": {"vi": "Đã dựng trang: {path} ({seconds} s)", "en": "Site built: {path} ({seconds} s)"},
    "build.stop_with_ctrl_c": {"vi": "Ctrl+C để dừng", "en": "Ctrl+C to stop"},
    "build.stopped_corpus": {"vi": "Dừng: kho văn bản có {count} lỗi; site/ không thay đổi.",
                             "en": "Stopped: the corpus has {count} error(s); site/ was not changed."},
    "build.stopped": {"vi": "Dừng: site/ không thay đổi.", "en": "Stopped: site/ was not changed."},
    "build.unexpected": {"vi": "Lỗi không lường trước: {error} (DOCS_DEBUG=1 để xem chi tiết)",
                         "en": "Unexpected error: {error} (DOCS_DEBUG=1 for details)"},
    "build.corpus_ok": {"vi": "{regulations} văn bản, {provisions} điều khoản", "en": "{regulations} regulations, {provisions} provisions"},
    "build.bad_bilingual_value": {"vi": "giá trị song ngữ không đúng dạng: {value}", "en": "malformed bilingual value: {value}"},
    "build.cannot_cite": {"vi": "không biết cách trích dẫn mã điều khoản '{provision}'", "en": "cannot cite provision id '{provision}'"},
    "build.no_regulation_for_checker": {"vi": "checker.engine.catalog không thấy văn bản nào",
                                        "en": "checker.engine.catalog found no regulation"},
    "ui.provisional": {
        "vi": "Kết quả sơ bộ, tra từ bảng thời hạn đã tính sẵn khi dựng trang. Cách đếm từng ngày sẽ hiện khi "
              "công cụ kiểm tra tải xong, và công cụ sẽ xác nhận lại kết quả này.",
        "en": "Provisional answer, looked up in the table of deadlines computed when the site was built. The "
              "day-by-day count appears once the checker has loaded, and the checker will confirm this answer."},
    "ui.provisional_agreed": {
        "vi": "Công cụ kiểm tra đã tính lại: kết quả trùng với kết quả sơ bộ.",
        "en": "The checker has recomputed the answer: it agrees with the provisional one."},
    "ui.provisional_differs": {
        "vi": "Công cụ kiểm tra đã tính lại và cho kết quả khác với kết quả sơ bộ; kết quả đúng là kết quả dưới đây.",
        "en": "The checker has recomputed the answer and it differs from the provisional one; the answer below is the right one."},
    # --- site pages (sitegen): labels and sentences of the generated pages ---
    "site.unknown": {"vi": "không rõ — văn bản nguồn không ghi", "en": "unknown — not shown in the source"},
    "site.translation_pending": {"vi": "Đang chờ bản dịch.", "en": "Translation pending."},
    "site.translation_pending_text": {
        "vi": "Điều khoản này chưa được dịch; dưới đây là nguyên văn tiếng Việt.",
        "en": "This provision has not been translated yet; the Vietnamese original is shown below.",
    },
    "site.number": {"vi": "Số hiệu", "en": "Number"},
    "site.type": {"vi": "Loại văn bản", "en": "Type"},
    "site.title": {"vi": "Tên văn bản", "en": "Title"},
    "site.issuing_body": {"vi": "Cơ quan ban hành", "en": "Issuing body"},
    "site.signer": {"vi": "Người ký", "en": "Signer"},
    "site.signing_date": {"vi": "Ngày ký", "en": "Signing date"},
    "site.place": {"vi": "Nơi ban hành", "en": "Place of issue"},
    "site.effect": {"vi": "Hiệu lực", "en": "Effect"},
    "site.status": {"vi": "Tình trạng", "en": "Status"},
    "site.source": {"vi": "Nguồn", "en": "Source"},
    "site.provenance": {"vi": "Cách có văn bản", "en": "How the text was obtained"},
    "site.unknown_notes": {"vi": "Nguồn không ghi", "en": "Not shown in the source"},
    "site.data": {"vi": "Dữ liệu máy đọc", "en": "Machine-readable data"},
    "site.translation": {"vi": "Bản tiếng Anh", "en": "English text"},
    "site.translation_note": {"vi": "bản dịch của dự án, không phải bản chính thức", "en": "the project's translation, not an official one"},
    "site.source_ocr": {"vi": "bản quét OCR, đã khôi phục", "en": "OCR scan, restored"},
    "site.source_clean": {"vi": "văn bản sạch", "en": "clean text"},
    "site.see_also": {"vi": "Xem thêm", "en": "See also"},
    "site.sec_metadata": {"vi": "Thông tin văn bản", "en": "About this document"},
    "site.sec_legal_bases": {"vi": "Căn cứ ban hành (văn bản được viện dẫn)", "en": "Legal bases (documents cited)"},
    "site.legal_bases_note": {"vi": "Danh sách tên các văn bản mà văn bản này viện dẫn; trang này không có nội dung của các văn bản đó.", "en": "The titles of the documents this text cites; this site does not hold their text."},
    "site.sec_uncertain": {"vi": "Chỗ đọc chưa chắc chắn trong bản quét", "en": "Uncertain readings of the scan"},
    "site.uncertain_note": {"vi": "Bản nguồn là bản quét OCR chất lượng kém. Ở những chỗ dưới đây, chữ trong bản quét không đọc được chắc chắn; trang này dùng cách đọc hợp lý nhất và ghi lại chữ gốc của bản quét.", "en": "The source is a poor OCR scan. At the places below the scanned characters cannot be read with confidence; the text uses the best reading, and the scan's characters are kept here."},
    "site.uncertain_where": {"vi": "Vị trí", "en": "Where"},
    "site.uncertain_short": {"vi": "Đọc chưa chắc chắn", "en": "Uncertain readings"},
    "site.uncertain_ocr": {"vi": "Bản quét ghi", "en": "The scan shows"},
    "site.uncertain_reading": {"vi": "Cách đọc dùng trong văn bản", "en": "Reading used in the text"},
    "site.uncertain_alternatives": {"vi": "Cách đọc khác", "en": "Other readings"},
    "site.uncertain_note_col": {"vi": "Ghi chú", "en": "Note"},
    "site.uncertain_marker": {"vi": "chỗ đọc chưa chắc chắn trong bản quét", "en": "uncertain reading of the Vietnamese scan"},
    "site.sec_decision": {"vi": "Toàn văn Quyết định", "en": "Text of the Decision"},
    "site.sec_attached": {"vi": "Văn bản kèm theo Quyết định", "en": "Document attached to the Decision"},
    "site.sec_text": {"vi": "Toàn văn", "en": "Full text"},
    "site.contents": {"vi": "Mục lục", "en": "Contents"},
    "site.link_to": {"vi": "Liên kết tới", "en": "Link to"},
    "site.copied": {"vi": "Đã sao chép liên kết", "en": "Link copied"},
    # ways to read a regulation (sitegen.views._page_views): its page, side by side, its source, Word files
    "site.views_label": {"vi": "Cách xem văn bản", "en": "Ways to read this document"},
    "site.view_text": {"vi": "Văn bản", "en": "Text"},
    "site.view_bilingual": {"vi": "Song ngữ Việt – Anh", "en": "Side by side (Vietnamese – English)"},
    "site.source_view": {"vi": "Bản nguồn", "en": "Source text"},
    "site.docx_vi": {"vi": "Tải Word tiếng Việt (.docx)", "en": "Download Word, Vietnamese (.docx)"},
    "site.docx_en": {"vi": "Tải Word tiếng Anh (.docx)", "en": "Download Word, English (.docx)"},
    "site.checked": {"vi": "Đối chiếu với bản nguồn lần cuối", "en": "Last checked against the source"},
    # the full citation copied by the "Cite" button of a provision (sitegen.views.full_citation)
    "site.cite_full": {"vi": "{citation} {title}", "en": "{citation}, {title}"},
    "site.cite_attached": {"vi": "{citation} Quy chế ban hành kèm theo {label}", "en": "{citation} of the Regulation attached to {label}"},
    "site.cite_decision": {"vi": "{citation} số {number}", "en": "{citation} No. {number}"},
    "site.copy_cite": {"vi": "Trích dẫn", "en": "Cite"},
    "site.copy_cite_title": {"vi": "Chép trích dẫn đầy đủ kèm liên kết", "en": "Copy the full citation with its link"},
    "site.cite_copied": {"vi": "Đã chép trích dẫn", "en": "Citation copied"},
    "site.source_passage": {"vi": "nguồn", "en": "source"},
    "site.source_not_located": {"vi": "Không xác định chắc chắn được đoạn tương ứng trong bản nguồn; trang không đưa ra vị trí phỏng đoán.", "en": "The matching passage of the source could not be located with confidence; no guessed place is shown."},
    "site.source_lines_exact": {"vi": "Dòng {lines} của bản nguồn (khớp nguyên văn)", "en": "Lines {lines} of the source (exact match)"},
    "site.source_lines_close": {"vi": "Dòng {lines} của bản OCR (khớp gần đúng: {percent}% số từ)", "en": "Lines {lines} of the OCR (approximate match: {percent}% of the words)"},
    "site.source_line": {"vi": "dòng {line} của bản nguồn", "en": "source line {line}"},
    "site.previous_article": {"vi": "Điều trước", "en": "Previous article"},
    "site.next_article": {"vi": "Điều sau", "en": "Next article"},
    "site.article_nav": {"vi": "Chuyển điều", "en": "Articles"},
    "site.bilingual_note": {"vi": "Mỗi hàng là một điều khoản, cùng mã ở hai bên: bên trái là văn bản tiếng Việt, bên phải là bản dịch tiếng Anh của dự án (không phải bản chính thức). Trên điện thoại, hai bản xếp chồng lên nhau.", "en": "Each row is one provision, the same id on both sides: the Vietnamese text on the left, the project's English translation (not an official one) on the right. On a phone the two are stacked."},
    "site.open_in_text": {"vi": "Mở trong văn bản", "en": "Open in the text"},
    "site.source_note": {"vi": "Tệp nguồn {file} ({kind}), từng dòng đúng như tệp, không sửa chữa; sha256 {sha256}. Mỗi dòng có một liên kết riêng; tên điều khoản ở cuối dòng là chỗ đoạn tương ứng bắt đầu.", "en": "The source file {file} ({kind}), line by line exactly as it is, uncorrected; sha256 {sha256}. Every line has its own link; a provision named at the end of a line is where its passage starts."},
    "site.source_note_ocr": {"vi": "Đây là bản OCR chưa sửa, nên chữ thường sai và mất dấu. Các điều khoản được định vị bằng cách so từng từ đã bỏ dấu của văn bản với bản OCR; dấu [?] chỉ các chỗ đọc chưa chắc chắn, bấm vào để xem cách đọc đã chọn.", "en": "This is the uncorrected OCR, so letters are often wrong and diacritics lost. Provisions are placed by comparing the text's words, diacritics removed, with the OCR; [?] marks an uncertain reading: follow it to see the reading chosen."},
    "site.source_located": {"vi": "{located}/{total} điều khoản được định vị trong bản nguồn.", "en": "{located} of {total} provisions located in the source."},
    "site.source_download": {"vi": "Tải tệp nguồn nguyên vẹn (.txt)", "en": "Download the source file as it is (.txt)"},
    "site.rule": {"vi": "Quy tắc", "en": "Rule"},
    "site.rule_title": {"vi": "Quy tắc máy đọc rút từ điều khoản trên", "en": "Machine-readable rule drawn from the provision above"},
    "site.reference_date": {"vi": "Ngày mốc", "en": "Reference date"},
    "site.rule_details": {"vi": "Chi tiết quy tắc", "en": "Rule details"},
    "site.not_formalised": {"vi": "Không lập quy tắc", "en": "Not formalised"},
    "site.not_formalised_title": {"vi": "Lời của điều khoản trên cố ý không được lập thành quy tắc", "en": "Words of the provision above deliberately left without a rule"},
    "site.whole_provision": {"vi": "Cả điều khoản", "en": "The whole provision"},
    "site.print_rules": {"vi": "Khi in, kèm phụ lục các quy tắc (bảng rút gọn ở cuối)", "en": "When printing, add an appendix of the rules (a compact table at the end)"},
    "site.rules_appendix": {"vi": "Phụ lục: các quy tắc rút từ văn bản (không phải một phần của văn bản)", "en": "Appendix: the rules drawn from the text (not part of the text)"},
    "site.try": {"vi": "Thử tính hạn", "en": "Try it"},
    "site.try_title": {"vi": "Mở công cụ tính hạn với tình huống này", "en": "Open the deadline checker with this scenario"},
    "site.not_official_title": {"vi": "Không phải văn bản chính thức", "en": "Not an official publication"},
    "site.not_official": {"vi": "Văn bản trên trang này được chép lại từ tệp nguồn để tra cứu; bản tiếng Anh là bản dịch của dự án. Khi cần dùng chính thức, hãy đối chiếu với bản gốc do cơ quan ban hành phát hành.", "en": "The text on this page was copied from the source file for reference; the English text is the project's translation. For any official use, compare with the original issued by the issuing body."},
    "site.method_link": {"vi": "Cách khôi phục văn bản", "en": "How the text was restored"},
    "site.col_who": {"vi": "Ai → với ai", "en": "Who → towards whom"},
    "site.col_try": {"vi": "Thử", "en": "Try"},
    "site.col_area": {"vi": "Nội dung phối hợp", "en": "Content area"},
    "site.col_number": {"vi": "Số hiệu", "en": "Number"},
    "site.col_body": {"vi": "Cơ quan ban hành", "en": "Issuing body"},
    "site.col_date": {"vi": "Ngày ký", "en": "Date"},
    "site.col_effect": {"vi": "Hiệu lực", "en": "Effect"},
    "site.col_status": {"vi": "Tình trạng", "en": "Status"},
    "site.everyone": {"vi": "(không ghi bên nhận)", "en": "(no recipient named)"},
    "site.no_time_limits": {"vi": "Không có thời hạn nào.", "en": "No time limit."},
    "site.matrix_title": {"vi": "Chủ trì và phối hợp theo nội dung", "en": "Who presides and who coordinates, by content area"},
    "site.duties_title": {"vi": "Nghĩa vụ của từng bên", "en": "Duties of each party"},
    "site.no_matrix": {"vi": "Văn bản này không có bảng chủ trì – phối hợp theo nội dung.", "en": "This document has no presides/coordinates table by content area."},
    "site.glossary_vi": {"vi": "Tiếng Việt", "en": "Vietnamese"},
    "site.glossary_en": {"vi": "Tiếng Anh", "en": "English"},
    "site.glossary_note": {"vi": "Ghi chú", "en": "Note"},
    "site.uncertain_count": {"vi": "chỗ đọc chưa chắc chắn", "en": "uncertain readings"},
    "site.update_ready": {"vi": "Đã có bản mới của trang này.", "en": "A new version of this site is ready."},
    "site.update_reload": {"vi": "Tải lại", "en": "Reload"},
    "site.tool_checker": {"vi": "Công cụ tính hạn", "en": "Deadline checker"},
    "site.tool_checker_text": {"vi": "nhập sự kiện và ngày, xem hạn chót, cách đếm từng ngày và điều khoản làm căn cứ.", "en": "enter an event and a date; see the due date, every day counted and the provisions it rests on."},
    "site.tool_training": {"vi": "Tài liệu đào tạo", "en": "Training"},
    "site.tool_training_text": {"vi": "tình huống mẫu, tài liệu phát tay và bài tự kiểm tra cho buổi bồi dưỡng.", "en": "worked scenarios, handouts and a self-check for induction sessions."},
    "site.tool_deadlines": {"vi": "Bảng thời hạn", "en": "Deadlines"},
    "site.tool_deadlines_text": {"vi": "mọi thời hạn của từng văn bản, mỗi văn bản một bảng.", "en": "every time limit, one table per regulation."},
    "site.tool_matrix": {"vi": "Trách nhiệm", "en": "Responsibilities"},
    "site.tool_matrix_text": {"vi": "ai chủ trì, ai phối hợp, ai phải làm gì.", "en": "who presides, who coordinates, who must do what."},
    "site.tool_glossary": {"vi": "Thuật ngữ", "en": "Glossary"},
    "site.tool_glossary_text": {"vi": "bảng đối chiếu thuật ngữ Việt – Anh.", "en": "Vietnamese–English terms."},
    "site.tool_data": {"vi": "Dữ liệu JSON", "en": "JSON data"},
    "site.tool_data_text": {"vi": "toàn bộ văn bản, theo từng điều khoản, và các quy tắc, cho công cụ khác dùng.", "en": "every text by provision, and the rules, for other tools."},
    "site.nav.regulations": {"vi": "Văn bản", "en": "Regulations"},
    "site.nav.tools": {"vi": "Công cụ", "en": "Tools"},
    "site.nav.training": {"vi": "Đào tạo", "en": "Training"},
    "site.nav.method": {"vi": "Phương pháp", "en": "Method"},
    "site.nav.other": {"vi": "Khác", "en": "Other pages"},
    "site.permalink_title": {"vi": "Liên kết tới mục này", "en": "Link to this section"},
    "site.counting_title": {"vi": "Quy ước đếm thời hạn", "en": "Counting conventions"},
    "site.format_title": {"vi": "Định dạng kho văn bản", "en": "Corpus format"},
    # pages that gather every regulation list them, each linking to its own page (docs/method/scale.md)
    "site.all_regulations": {"vi": "Danh sách cả {count} văn bản", "en": "The list of all {count} regulations"},
    "site.back_to_list": {"vi": "Danh sách các văn bản", "en": "List of the regulations"},
    "site.col_regulation": {"vi": "Văn bản", "en": "Regulation"},
    "site.col_timed": {"vi": "Có thời hạn", "en": "With a time limit"},
    "site.col_untimed": {"vi": "Không có thời hạn cố định", "en": "No fixed time limit"},
    "site.col_areas": {"vi": "Nội dung phối hợp", "en": "Content areas"},
    "site.col_parties": {"vi": "Các bên chủ trì, phối hợp", "en": "Parties presiding or coordinating"},
    "site.col_duties": {"vi": "Nghĩa vụ", "en": "Duties"},
    "site.col_liaison": {"vi": "Đầu mối", "en": "Focal points"},
    "site.deadlines_intro": {"vi": "Mọi thời hạn của văn bản này, trong một bảng: ai phải làm gì, với ai, trong bao lâu, tính thế nào, theo điều khoản nào. Nhấn vào căn cứ để đọc nguyên văn; nhấn “Thử tính hạn” để mở công cụ tính hạn với tình huống tương ứng (ngày ví dụ: 20/11/2026, có thể đổi).", "en": "Every time limit of this regulation in one table: who must do what, towards whom, within how long, how it is counted, and under which provision. Follow the provision link to read the text; “Try it” opens the deadline checker with the matching scenario (example date 20/11/2026, which you can change)."},
    "site.deadlines_timed": {"vi": "Thời hạn", "en": "Time limits"},
    "site.deadlines_untimed": {"vi": "Việc phải làm không có thời hạn cố định", "en": "Duties with no fixed time limit"},
    "site.deadlines_untimed_note": {"vi": "Những nghĩa vụ dưới đây văn bản không ấn định số ngày (ví dụ “kịp thời”); trang này và công cụ tính hạn không tự đặt ra ngày.", "en": "The text sets no number of days for the duties below (for example “promptly”); neither this site nor the checker invents one."},
    "site.no_untimed": {"vi": "Không có nghĩa vụ nào.", "en": "None."},
    "site.counting_link": {"vi": "Cách đếm ngày", "en": "How days are counted"},
    "site.sources_note": {"vi": "Có {count} văn bản. Nguồn, cách có văn bản và những thông tin nguồn không ghi của từng văn bản ở mục “Thông tin văn bản” trên trang của văn bản đó:", "en": "There are {count} regulations. Where each text comes from, how it was obtained and what its source does not say are in the “About this document” card of its page:"},
    # --- training kit (sitegen/training.py) ---
    "training.error.checker": {"vi": "công cụ kiểm tra báo lỗi: {detail}", "en": "the checker reports: {detail}"},
    "training.error.no_obligation": {"vi": "kết quả không có nghĩa vụ {rule}", "en": "the result has no obligation {rule}"},
    "training.error.no_obligations": {"vi": "công cụ kiểm tra không trả về nghĩa vụ nào", "en": "the checker returned no obligation"},
    "training.error.no_wrong_option": {"vi": "câu hỏi chọn ngày không có đáp án sai nào: thêm `confusions`",
                                       "en": "the choose-date question has no wrong option: add `confusions`"},
    "training.error.no_party": {"vi": "nghĩa vụ {rule} không có `{ask}`", "en": "obligation {rule} has no `{ask}`"},
    "training.kit": {"vi": "Bộ tài liệu tập huấn", "en": "Training kit"},
    "training.scenarios": {"vi": "Tình huống mẫu", "en": "Worked scenarios"},
    "training.self_check": {"vi": "Tự kiểm tra", "en": "Self-check"},
    "training.presenter": {"vi": "Trình chiếu", "en": "Presenter view"},
    "training.handout": {"vi": "Tài liệu phát tay", "en": "Handout"},
    "training.print_all": {"vi": "In cả bộ tài liệu", "en": "Print the whole kit"},
    "training.worksheet": {"vi": "Phiếu bài tập cho học viên", "en": "Worksheet for trainees"},
    "training.worksheet_intro": {"vi": "Phiếu chỉ có tình huống và câu hỏi, không có đáp án, chừa chỗ để học viên viết câu trả lời. In và phát trước khi trình chiếu; đáp án ở trang Tình huống mẫu.", "en": "The stories and questions only, without the answers, with space for the trainee to write. Print and hand out before the presentation; the answers are on the Worked scenarios page."},
    "training.trainee_name": {"vi": "Họ và tên", "en": "Name"},
    "training.your_answer": {"vi": "Câu trả lời (ngày, hoặc bên phải làm)", "en": "Your answer (a date, or the party that must act)"},
    "training.your_reasoning": {"vi": "Cách tính và điều khoản làm căn cứ", "en": "How you counted, and the provisions it rests on"},
    "training.story": {"vi": "Tình huống", "en": "Story"},
    "training.question": {"vi": "Câu hỏi", "en": "Question"},
    "training.answer": {"vi": "Trả lời của công cụ kiểm tra", "en": "The checker's answer"},
    "training.right_answer": {"vi": "Đáp án", "en": "Answer"},
    "training.explanation": {"vi": "Cách tính", "en": "How it is counted"},
    "training.open_checker": {"vi": "Mở trong công cụ kiểm tra", "en": "Open in the checker"},
    "training.inputs": {"vi": "Dữ liệu đầu vào", "en": "Inputs"},
    "training.counted": {"vi": "Ngày được tính", "en": "Days counted"},
    "training.skipped": {"vi": "Ngày bỏ qua", "en": "Days skipped"},
    "training.other_obligations": {"vi": "Các nghĩa vụ khác trong tình huống này", "en": "Other obligations in this case"},
    "training.timeline": {"vi": "Dòng thời gian", "en": "Timeline"},
    "training.choose": {"vi": "Chọn một đáp án:", "en": "Pick an answer:"},
    "training.show_answer": {"vi": "Xem đáp án và cách tính", "en": "Show the answer and the counting"},
    "training.reset": {"vi": "Làm lại từ đầu", "en": "Start again"},
    "training.prev": {"vi": "← Trước", "en": "← Previous"},
    "training.next": {"vi": "Tiếp →", "en": "Next →"},
    "training.reveal": {"vi": "Hiện đáp án", "en": "Show answer"},
    "training.fullscreen": {"vi": "Toàn màn hình", "en": "Full screen"},
    "training.keys": {"vi": "Phím: → tiếp, ← trước, A đáp án, F toàn màn hình", "en": "Keys: → next, ← previous, A answer, F full screen"},
    "training.print": {"vi": "In trang này", "en": "Print this page"},
    "training.covers": {"vi": "Văn bản điều chỉnh", "en": "What it covers"},
    "training.area": {"vi": "Lĩnh vực", "en": "Area"},
    "training.time_limits": {"vi": "Các thời hạn", "en": "Time limits"},
    "training.party": {"vi": "Bên", "en": "Party"},
    "training.office": {"vi": "Đầu mối", "en": "Focal point"},
    "training.document": {"vi": "Văn bản", "en": "Document"},
    "training.status": {"vi": "Hiệu lực", "en": "Status"},
    "training.dash": {"vi": "(không có)", "en": "(none)"},
    "training.untimed_note": {"vi": "Ngoài ra có {n} nghĩa vụ không có thời hạn cố định (ví dụ \"kịp thời\"): xem", "en": "There are also {n} duties with no fixed period (for example \"promptly\"): see"},
    "training.deadlines_page": {"vi": "Bảng thời hạn", "en": "the time limits table"},
    "training.not_official": {"vi": "Tài liệu tập huấn do trang này tạo tự động từ văn bản và công cụ kiểm tra; không phải văn bản chính thức. Bản tiếng Anh là bản dịch không chính thức.", "en": "Training material generated by this site from the texts and the checker; not an official publication. The English text is an unofficial translation."},
    "training.why_prefix": {"vi": "Sai lầm thường gặp: ", "en": "Common mistake: "},
    # the kit's own pages: prose in Markdown, with the counts and links the build fills in
    "training.index.intro": {
        "vi": "Bộ tài liệu này giúp người hướng dẫn tổ chức buổi tập huấn nhập môn cho cán bộ mới về {regulations} quy "
              "chế phối hợp trên trang: {scenarios} tình huống mẫu bao quát {covered}/{events} sự kiện của công cụ kiểm tra "
              "thời hạn, một bài tự kiểm tra, một chế độ trình chiếu và tài liệu phát tay in được trên khổ A4.\n\n"
              "Mọi đáp án, mọi ngày được tính hay bỏ qua và mọi căn cứ trong bộ tài liệu đều do công cụ kiểm tra tính ra "
              "khi xây dựng trang, từ văn bản và lịch ngày nghỉ; không có đáp án nào được gõ tay. Khi quy tắc hay lịch "
              "thay đổi, đáp án thay đổi theo.",
        "en": "This kit helps a trainer run an induction session for newly appointed cadres on the {regulations} "
              "coordination regulations of this site: {scenarios} worked scenarios covering {covered} of the {events} "
              "events of the deadline checker, a self-check, a presenter view and handouts that print on A4.\n\n"
              "Every answer, every day counted or skipped and every citation in the kit is computed by the checker when "
              "the site is built, from the texts and the calendar of days off; no answer is typed by hand. When a rule "
              "or the calendar changes, the answers change with it.",
    },
    # read by docs/assets/training/training.js from the self-check page (data-tr-text)
    "training.quiz.score": {"vi": "Đúng {n}/{t} câu đã trả lời", "en": "{n} correct of {t} answered"},
    "training.quiz.right": {"vi": "Đúng.", "en": "Correct."},
    "training.quiz.wrong": {"vi": "Chưa đúng.", "en": "Not quite."},
    "training.index.how_title": {"vi": "Cách dùng trong một buổi tập huấn", "en": "How to use it in a session"},
    "training.index.how": {
        "vi": "1. **Trước buổi học**: in tài liệu phát tay của từng quy chế (trang \"{handout}\", nút \"{print_label}\", "
              "khổ A4) và phát cho học viên; hoặc [in cả bộ tài liệu của một văn bản]({print_url}) thành một tệp.\n"
              "2. **Trên lớp**: mở [chế độ trình chiếu]({presenter_url}), bấm \"Toàn màn hình\" (phím F). Đọc tình "
              "huống, để học viên tự tính, rồi bấm → (hoặc A) để hiện đáp án, dòng thời gian và căn cứ; bấm → lần nữa "
              "để sang tình huống tiếp theo, ← để quay lại.\n"
              "3. **Thảo luận**: với mỗi tình huống, nút \"{open_checker}\" trên trang [tình huống mẫu]({scenarios_url}) "
              "mở công cụ kiểm tra với đúng dữ liệu đó, để đổi ngày hoặc tình tiết và xem kết quả thay đổi.\n"
              "4. **Cuối buổi**: học viên làm [bài tự kiểm tra]({self_check_url}) trên máy của mình: chọn một đáp án, "
              "trang hiện đáp án đúng, cách tính và căn cứ. Không cần tài khoản, không gửi gì đi, không lưu gì ngoài "
              "trình duyệt.",
        "en": "1. **Before the session**: print the handout of each regulation (page \"{handout}\", button "
              "\"{print_label}\", A4) and hand it out; or [print a regulation's whole kit]({print_url}) as one file.\n"
              "2. **In the room**: open the [presenter view]({presenter_url}) and press \"Full screen\" (key F). Read "
              "the story, let the trainees work it out, then press → (or A) to show the answer, the timeline and the "
              "citation; press → again for the next scenario, ← to go back.\n"
              "3. **Discussion**: on the [worked scenarios]({scenarios_url}) page, the \"{open_checker}\" button of each "
              "scenario opens the checker with the same inputs, to change the date or a flag and see the result change.\n"
              "4. **At the end**: trainees take the [self-check]({self_check_url}) on their own device: they pick an "
              "answer and the page shows the right one, the counting and the citation. No account, nothing sent "
              "anywhere, nothing stored beyond the browser.",
    },
    "training.index.contents_title": {"vi": "Các phần của bộ tài liệu", "en": "What the kit contains"},
    "training.choose_regulation": {"vi": "Mỗi văn bản có trang riêng. Chọn một văn bản:", "en": "Each regulation has its own page. Pick one:"},
    "training.self_check_intro": {
        "vi": "Mỗi câu hỏi lấy từ một tình huống mẫu. Chọn một đáp án: trang sẽ cho biết đúng hay sai, hiện đáp án đúng, "
              "cách tính và căn cứ. Đáp án đã được công cụ kiểm tra tính sẵn khi xây dựng trang; không có gì được gửi đi "
              "hay lưu lại.",
        "en": "Each question comes from a worked scenario. Pick an answer: the page tells you whether it is right, shows "
              "the right answer, the counting and the citation. The answers were computed by the checker when the site "
              "was built; nothing is sent or kept.",
    },
    "training.print_intro": {
        "vi": "Trang này gộp tài liệu phát tay và các tình huống mẫu của văn bản để in thành một tệp (nút In của trình "
              "duyệt, khổ A4).",
        "en": "This page gathers the regulation's handout and worked scenarios to print as one file (the browser's Print, "
              "A4).",
    },
    # why a wrong option of the self-check is wrong: each is a way a trainee misreads the rule
    "training.mistake.other-unit-working": {"vi": "đếm ngày làm việc trong khi quy định ghi ngày (ngày lịch)", "en": "counting working days where the text says days (calendar days)"},
    "training.mistake.other-unit-calendar": {"vi": "đếm ngày lịch, kể cả thứ Bảy, Chủ nhật và ngày lễ, trong khi quy định ghi ngày làm việc", "en": "counting calendar days, weekends and holidays included, where the text says working days"},
    "training.mistake.other-mode-strict": {"vi": "giữ nguyên ngày cuối của thời hạn dù là ngày nghỉ (chế độ chặt chẽ)", "en": "keeping the last day of the period although it is a day off (strict mode)"},
    "training.mistake.other-mode-standard": {"vi": "lùi ngày cuối sang ngày làm việc tiếp theo (chế độ thông thường), trong khi câu hỏi dùng chế độ chặt chẽ", "en": "moving the last day to the next working day (standard mode), where the question uses strict mode"},
    "training.mistake.day-of-event-counted": {"vi": "tính cả ngày xảy ra sự kiện (ngày nhận, ngày cần) là một ngày của thời hạn", "en": "counting the day of the event itself (day of receipt, day needed) as a day of the period"},
    "training.mistake.weekends-only": {"vi": "chỉ bỏ thứ Bảy, Chủ nhật mà quên ngày lễ, ngày nghỉ bù và thứ Bảy làm bù", "en": "skipping weekends only, forgetting holidays, days off in lieu and worked Saturdays"},
    "training.mistake.raw-reference": {"vi": "lấy đúng ngày ghi trong quy định thay vì ngày trước đó", "en": "taking the date written in the text instead of the day before it"},
    "training.mistake.latest-not-working": {"vi": "lấy ngày cuối cùng theo lịch dù đó là ngày nghỉ", "en": "taking the last calendar day although it is a day off"},
    "training.mistake.confusion": {"vi": "áp dụng thời hạn của một quy định khác: {what}", "en": "applying the time limit of another provision: {what}"},
    "training.mistake.no-date": {"vi": "tưởng rằng có một ngày cố định, trong khi quy định không ấn định thời hạn", "en": "assuming a fixed date where the text sets no time limit"},
    "training.mistake.other-party": {"vi": "nhầm bên có trách nhiệm", "en": "the wrong party"},
    # a few words for a day in a timeline strip
    "training.tag.weekend": {"vi": "cuối tuần", "en": "weekend"},
    "training.tag.swap_workday": {"vi": "làm bù", "en": "worked Sat."},
    "training.tag.swap_day_off": {"vi": "nghỉ bù", "en": "day off in lieu"},
    # --- iCalendar (checker/ics.py) ---
    "ics.calendar_name": {"vi": "Hạn theo {regulation}", "en": "Deadlines under {regulation}"},
    # the title is short (what, under which provision); the rest is in the description
    "ics.summary": {"vi": "Hạn ({citation}): {action}", "en": "Due ({citation}): {action}"},
    "ics.summary_last_working_day": {
        "vi": "Ngày làm việc cuối cùng ({citation}): {action}",
        "en": "Last working day ({citation}): {action}",
    },
    "ics.description": {
        "vi": "{action}\n\nChủ thể: {actor}\nĐối với: {towards}\n{due}\nCăn cứ: {citation} ({regulation})",
        "en": "{action}\n\nWho: {actor}\nTowards: {towards}\n{due}\nSource: {citation} ({regulation})",
    },
    "ics.consequence": {"vi": "Hậu quả: {consequence}", "en": "Consequence: {consequence}"},
}


# Parts of the catalogue every front end shares; the rest is prefixed by the front end that owns it
# (cli., site., training.).
SHARED_PARTS = ("label.", "legend.", "day.", "ui.", "mode.", "timing.", "unit.", "field.")


def word(key: str, lang: str, own: str) -> str:
    """One word of a front end in one language: a shared key as it is, else the front end's own (own.key)."""
    return MESSAGES[key if key.startswith(SHARED_PARTS) else f"{own}.{key}"][lang]


def _render(value, lang: str):
    if isinstance(value, date):
        return date_text(value, lang)
    if isinstance(value, dict) and set(LANGS) <= set(value):
        return value[lang]
    return value


def text(key: str, **params) -> dict:
    """{"vi": ..., "en": ...} for a message key, with params rendered per language."""
    entry = MESSAGES[key]
    return {lang: entry[lang].format(**{k: _render(v, lang) for k, v in params.items()}) for lang in LANGS}


ONE_LINE_SEPARATOR = " / "  # between the Vietnamese and the English message on one terminal line


def one_line(message: dict) -> str:
    """A message in both languages on one line, Vietnamese first: "vi / en" (terminals and build logs)."""
    return ONE_LINE_SEPARATOR.join(message[lang] for lang in LANGS)


def both(key: str, **params) -> str:
    """A catalogue message in both languages on one line."""
    return one_line(text(key, **params))


def placeholders(template: str) -> set[str]:
    return {field.split(".")[0].split("[")[0] for _, field, _, _ in string.Formatter().parse(template) if field}


def join(parts: list[dict], separator_key: str) -> dict:
    sep = MESSAGES[separator_key]
    return {lang: sep[lang].join(p[lang] for p in parts) for lang in LANGS}

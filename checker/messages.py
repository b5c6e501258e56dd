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

LANGS = ("vi", "en")

WEEKDAYS = {
    "vi": ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")

ORDINALS_EN = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")

ROMAN = (("M", 1000), ("CM", 900), ("D", 500), ("CD", 400), ("C", 100), ("XC", 90), ("L", 50), ("XL", 40),
         ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1))

MESSAGES: dict[str, dict[str, str]] = {
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
    "cite.join": {"vi": "; ", "en": "; "},
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
    "day_month": {"vi": "{day}/{month}", "en": "{day} {month}"},
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
    "warning.provision_not_found": {
        "vi": "Dữ liệu trích dẫn điều khoản '{provision}' nhưng văn bản {regulation} không có điều khoản này.",
        "en": "The data cites provision '{provision}' but regulation {regulation} has no such provision.",
    },
    # --- errors (field, code) ---
    "field.scenario": {"vi": "kịch bản", "en": "scenario"},
    "field.corpus": {"vi": "kho văn bản", "en": "corpus"},
    "field.regulation": {"vi": "văn bản (regulation)", "en": "regulation"},
    "field.event": {"vi": "sự kiện (event)", "en": "event"},
    "field.date": {"vi": "ngày (date)", "en": "date"},
    "field.flags": {"vi": "tình tiết (flags)", "en": "flags"},
    "field.mode": {"vi": "chế độ (mode)", "en": "mode"},
    "field.lang": {"vi": "ngôn ngữ (lang)", "en": "language (lang)"},
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
    "error.bad_date_format": {
        "vi": "Ngày '{value}' không đúng dạng NĂM-THÁNG-NGÀY (YYYY-MM-DD), ví dụ 2025-04-25.",
        "en": "The date '{value}' is not in the form YEAR-MONTH-DAY (YYYY-MM-DD), e.g. 2025-04-25.",
    },
    "error.impossible_date": {
        "vi": "Ngày '{value}' không có trong lịch.",
        "en": "The date '{value}' does not exist in the calendar.",
    },
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
    "cli.regulation": {"vi": "Văn bản", "en": "Regulation"},
    "cli.event": {"vi": "Sự kiện", "en": "Event"},
    "cli.date_means": {"vi": "Ngày nhập là", "en": "The date is"},
    "cli.date": {"vi": "Ngày", "en": "Date"},
    "cli.flags": {"vi": "Tình tiết", "en": "Flags"},
    "cli.mode": {"vi": "Chế độ", "en": "Mode"},
    "cli.obligations": {"vi": "NGHĨA VỤ", "en": "OBLIGATIONS"},
    "cli.action": {"vi": "Việc phải làm", "en": "What"},
    "cli.counting": {"vi": "Cách tính", "en": "How it was counted"},
    "cli.consequence": {"vi": "Hậu quả", "en": "Consequence"},
    "cli.notes": {"vi": "Ghi chú", "en": "Notes"},
    "cli.citations": {"vi": "Căn cứ", "en": "Source"},
    "cli.warnings": {"vi": "LƯU Ý", "en": "WARNINGS"},
    "cli.conventions": {"vi": "QUY ƯỚC TÍNH", "en": "COUNTING CONVENTIONS"},
    "cli.responsibilities": {"vi": "AI CHỦ TRÌ, AI PHỐI HỢP", "en": "WHO PRESIDES, WHO COORDINATES"},
    "cli.presides": {"vi": "Chủ trì", "en": "Presides"},
    "cli.coordinates": {"vi": "Phối hợp", "en": "Coordinates"},
    "cli.nobody": {"vi": "(văn bản không nêu)", "en": "(not stated by the text)"},
    "cli.liaison": {"vi": "ĐẦU MỐI", "en": "FOCAL POINTS"},
    "cli.status.event": {"vi": "ngày sự kiện, không tính", "en": "event day, not counted"},
    "cli.status.reference": {"vi": "ngày mốc, không tính", "en": "reference day, not counted"},
    "cli.status.counted": {"vi": "tính", "en": "counted"},
    "cli.status.skipped": {"vi": "không tính", "en": "not counted"},
    "cli.status.moved": {"vi": "dời đến", "en": "moved to"},
    "cli.status.working": {"vi": "ngày làm việc", "en": "working day"},
    "cli.mark.due": {"vi": "HẠN", "en": "DUE"},
    "cli.mark.raw_end": {"vi": "ngày cuối của thời hạn", "en": "last day of the period"},
    "cli.mark.last_working_day": {"vi": "ngày làm việc cuối cùng", "en": "last working day"},
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
    "cli.help.date": {"vi": "ngày của sự kiện, dạng YYYY-MM-DD", "en": "date of the event, YYYY-MM-DD"},
    "cli.help.complex": {"vi": "trường hợp phức tạp (cờ complex)", "en": "complex case (flag complex)"},
    "cli.help.strict": {"vi": "chế độ nghiêm ngặt: không dời ngày cuối là ngày nghỉ", "en": "strict mode: a last day that is a day off is not moved"},
    "cli.help.lang": {"vi": "ngôn ngữ hiển thị: vi (mặc định) hoặc en", "en": "display language: vi (default) or en"},
    "cli.help.json": {"vi": "in kết quả dạng JSON (giống hệt check())", "en": "print the result as JSON (exactly check())"},
    "cli.help.ics": {"vi": "ghi các hạn có ngày vào tệp iCalendar", "en": "write the dated deadlines to an iCalendar file"},
    "cli.help.list": {"vi": "liệt kê văn bản và sự kiện", "en": "list regulations and events"},
    "cli.help.corpus": {"vi": "thư mục regulations/ hoặc tệp JSON của kho văn bản đã biên dịch", "en": "the regulations/ folder or a JSON file of the compiled corpus"},
    "cli.help.flag": {"vi": "cờ theo tên (lặp lại được)", "en": "a flag by name (repeatable)"},
    # --- iCalendar (checker/ics.py) ---
    "ics.calendar_name": {"vi": "Hạn theo {regulation}", "en": "Deadlines under {regulation}"},
    "ics.summary": {"vi": "Hạn: {actor} - {action}", "en": "Due: {actor} - {action}"},
    "ics.summary_last_working_day": {
        "vi": "Ngày làm việc cuối cùng: {actor} - {action}",
        "en": "Last working day: {actor} - {action}",
    },
    "ics.description": {
        "vi": "{action}\n\nChủ thể: {actor}\nĐối với: {towards}\n{due}\nCăn cứ: {citation} ({regulation})\n{url}",
        "en": "{action}\n\nWho: {actor}\nTowards: {towards}\n{due}\nSource: {citation} ({regulation})\n{url}",
    },
    "ics.consequence": {"vi": "Hậu quả: {consequence}", "en": "Consequence: {consequence}"},
}


def fmt_date(day: date, lang: str) -> str:
    if lang == "vi":
        return day.strftime("%d/%m/%Y")
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def weekday_name(day: date) -> dict:
    return {lang: WEEKDAYS[lang][day.weekday()] for lang in LANGS}


def ordinal_en(n: int) -> str:
    if 1 <= n <= len(ORDINALS_EN):
        return ORDINALS_EN[n - 1]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def roman(n: int) -> str:
    out = ""
    for symbol, value in ROMAN:
        while n >= value:
            out += symbol
            n -= value
    return out


def _render(value, lang: str):
    if isinstance(value, date):
        return fmt_date(value, lang)
    if isinstance(value, dict) and set(LANGS) <= set(value):
        return value[lang]
    return value


def text(key: str, **params) -> dict:
    """{"vi": ..., "en": ...} for a message key, with params rendered per language."""
    entry = MESSAGES[key]
    return {lang: entry[lang].format(**{k: _render(v, lang) for k, v in params.items()}) for lang in LANGS}


def placeholders(template: str) -> set[str]:
    return {field.split(".")[0].split("[")[0] for _, field, _, _ in string.Formatter().parse(template) if field}


def join(parts: list[dict], separator_key: str) -> dict:
    sep = MESSAGES[separator_key]
    return {lang: sep[lang].join(p[lang] for p in parts) for lang in LANGS}

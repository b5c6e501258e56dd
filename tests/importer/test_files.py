"""Word and PDF files (fixtures built in the test with python-docx and by hand), and the command line."""

import subprocess
import sys

import docx
import pytest
import yaml
from pypdf import PdfWriter

from importer.cli import main
from importer_helpers import REPO
from pdf_fixture import make_pdf

BODY = ["QUY CHẾ", "phối hợp thử nghiệm", "- Căn cứ Điều lệ Đảng;", "Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi",
        "1. Các bên gửi báo cáo trong thời hạn 05 ngày làm việc.", "Điều 2. Hiệu lực",
        "Quy chế này có hiệu lực kể từ ngày ký."]


def _docx(path, with_table=True):
    document = docx.Document()
    header = document.add_table(rows=1, cols=2)  # the two-column header: issuer | national motto
    left, right = header.rows[0].cells
    left.paragraphs[0].text = "TỈNH ỦY ĐẮK LẮK"
    left.add_paragraph("Số: 01/QCPH-TU")
    right.paragraphs[0].text = "ĐẢNG CỘNG SẢN VIỆT NAM"
    right.add_paragraph("Đắk Lắk, ngày 27 tháng 10 năm 2017")
    for line in BODY:
        document.add_paragraph(line)
    if with_table:
        table = document.add_table(rows=2, cols=2)
        for r, row in enumerate([("Lĩnh vực", "Chủ trì"), ("Cán bộ", "Tỉnh ủy")]):
            for c, value in enumerate(row):
                table.rows[r].cells[c].text = value
    signature = document.add_paragraph("TM. BAN THƯỜNG VỤ")
    signature.add_run().add_break()
    signature.add_run("PHÓ BÍ THƯ")
    document.add_paragraph("Nguyễn Văn A")
    document.save(path)


def _folder_ids(folder):
    return [line[4:] for line in (folder / "text.vi.md").read_text(encoding="utf-8").splitlines()
            if line.startswith("::: ")]


def test_docx_with_header_table_body_table_and_line_break(tmp_path):
    source = tmp_path / "quy-che.docx"
    _docx(source)
    assert main(["import", str(source), "--id", "dak-lak", "--out", str(tmp_path)]) == 0
    folder = tmp_path / "dak-lak"
    assert _folder_ids(folder) == ["tieu-de", "can-cu-1", "chuong-1", "dieu-1", "dieu-1-khoan-1", "dieu-2", "chu-ky"]
    text = (folder / "text.vi.md").read_text(encoding="utf-8")
    assert "Lĩnh vực | Chủ trì\n\nCán bộ | Tỉnh ủy" in text  # the body table is kept as text rows
    assert "TM. BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNguyễn Văn A" in text
    meta = yaml.safe_load((folder / "meta.yml").read_text(encoding="utf-8"))
    assert (meta["number"], meta["signing_date"], meta["place"]["vi"]) == ("01/QCPH-TU", "2017-10-27", "Đắk Lắk")
    report = (folder / "import-report.md").read_text(encoding="utf-8")
    assert "bảng Word giữ thành các dòng chữ / Word table kept as text rows" in report


def test_docx_closing_table_with_recipients_and_signature(tmp_path):
    document = docx.Document()
    for line in BODY:
        document.add_paragraph(line)
    closing = document.add_table(rows=1, cols=2)  # recipients on the left, signature on the right
    left, right = closing.rows[0].cells
    left.paragraphs[0].text = "Nơi nhận:"
    left.add_paragraph("- Như Điều 2,")
    left.add_paragraph("- Lưu Văn phòng.")
    right.paragraphs[0].text = "T/M BAN THƯỜNG VỤ"
    right.add_paragraph("BÍ THƯ")
    right.add_paragraph("Nguyễn Văn B")
    source = tmp_path / "closing.docx"
    document.save(source)
    assert main(["import", str(source), "--id", "closing", "--out", str(tmp_path)]) == 0
    folder = tmp_path / "closing"
    assert _folder_ids(folder)[-4:] == ["noi-nhan", "noi-nhan-1", "noi-nhan-2", "chu-ky"]
    meta = yaml.safe_load((folder / "meta.yml").read_text(encoding="utf-8"))
    assert meta["signer"]["vi"] == "Nguyễn Văn B, BÍ THƯ (T/M BAN THƯỜNG VỤ)"


def test_docx_automatic_numbers_are_written_into_the_text(tmp_path):
    document = docx.Document()
    document.add_paragraph("Điều 1. Phạm vi")
    document.add_paragraph("Khoản thứ nhất.", style="List Number")  # Word numbers these "1.", "2."
    document.add_paragraph("Khoản thứ hai.", style="List Number")
    document.add_paragraph("Gạch của khoản hai.", style="List Bullet")
    source = tmp_path / "numbers.docx"
    document.save(source)
    assert main(["import", str(source), "--id", "numbers", "--out", str(tmp_path)]) == 0
    text = (tmp_path / "numbers" / "text.vi.md").read_text(encoding="utf-8")
    assert "::: dieu-1-khoan-1\n1. Khoản thứ nhất.\n" in text
    assert "::: dieu-1-khoan-2\n2. Khoản thứ hai.\n" in text
    assert "::: dieu-1-khoan-2-gach-1\n- Gạch của khoản hai.\n" in text
    report = (tmp_path / "numbers" / "import-report.md").read_text(encoding="utf-8")
    assert "số tự động của Word được ghi vào chữ: '1.'" in report


def test_docx_automatic_numbering_is_reported(tmp_path):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    document = docx.Document()
    document.add_paragraph("Điều 1. Phạm vi")
    numbered = document.add_paragraph("Nội dung có số tự động của Word")
    num_pr = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", "0"), ("w:numId", "99")):  # a list Word cannot resolve: no definition
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        num_pr.append(child)
    numbered._p.get_or_add_pPr().append(num_pr)
    source = tmp_path / "auto.docx"
    document.save(source)
    assert main(["import", str(source), "--id", "auto", "--out", str(tmp_path)]) == 0
    report = (tmp_path / "auto" / "import-report.md").read_text(encoding="utf-8")
    problems = report.split("## Dòng trông như tiêu đề")[1].split("## Những gì")[0]
    assert "auto.docx:3: đoạn Word dùng đánh số tự động" in problems and "Nội dung có số tự động" in problems


def test_pdf_with_a_text_layer(tmp_path):
    pages = [BODY[:6] + ["Trang 1/2"], BODY[6:] + ["Trang 2/2"]]
    source = tmp_path / "quy-che.pdf"
    source.write_bytes(make_pdf(pages))
    assert main(["import", str(source), "--id", "tu-pdf", "--out", str(tmp_path)]) == 0
    folder = tmp_path / "tu-pdf"
    assert _folder_ids(folder) == ["tieu-de", "can-cu-1", "chuong-1", "dieu-1", "dieu-1-khoan-1", "dieu-2"]
    assert "Trang 1/2" not in (folder / "text.vi.md").read_text(encoding="utf-8")


def test_pdf_without_text_is_refused_with_a_message(tmp_path, capsys):
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    source = tmp_path / "scan.pdf"
    with source.open("wb") as handle:
        writer.write(handle)
    assert main(["import", str(source), "--id", "scan", "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{source}:0: tệp không có chữ") and "/ the file has no text" in err


@pytest.mark.parametrize("content, name, expected", [
    (b"\xd0i\xe1u 1. A\nline two\n\xff", "latin.txt", ":1: tệp không phải UTF-8 (byte 0xd0"),
    (b"Dieu", "file.rtf", ":0: không nhập được loại tệp '.rtf'"),
    (b"", "empty.txt", ":0: không tìm thấy điều khoản nào"),
    (b"not a zip", "broken.docx", ":0: không đọc được tệp: "),
])
def test_bad_input_gives_file_line_messages_in_both_languages(tmp_path, capsys, content, name, expected):
    source = tmp_path / name
    source.write_bytes(content)
    assert main(["import", str(source), "--id", "x", "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(str(source) + expected), err
    assert " / " in err and "Traceback" not in err


def test_missing_file_bad_id_existing_folder_and_usage(tmp_path, capsys):
    assert main(["import", str(tmp_path / "none.txt"), "--id", "x", "--out", str(tmp_path)]) == 1
    assert "không tìm thấy tệp / file not found" in capsys.readouterr().err
    source = tmp_path / "a.txt"
    source.write_text("Điều 1. A\n", encoding="utf-8")
    assert main(["import", str(source), "--id", "Bad Id", "--out", str(tmp_path)]) == 1
    assert "mã văn bản 'Bad Id' không hợp lệ" in capsys.readouterr().err
    assert main(["import", str(source), "--id", "a", "--out", str(tmp_path)]) == 0
    assert main(["import", str(source), "--id", "a", "--out", str(tmp_path)]) == 1
    assert "thư mục đã có; thêm --force để ghi đè / the folder already exists" in capsys.readouterr().err
    assert main(["import", str(source), "--id", "a", "--out", str(tmp_path), "--force"]) == 0
    assert main(["frobnicate"]) == 2
    assert "cách dùng" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "nowhere")]) == 1
    assert "thiếu text.vi.md" in capsys.readouterr().err


def test_module_entry_point_runs(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("Điều 1. A\n1. Gửi trước 05 ngày làm việc.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "importer", "import", str(source), "--id", "a", "--out", str(tmp_path)],
                          capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert "Đã nhập 2 điều khoản và 1 quy tắc nháp" in done.stdout


def test_word_number_formats():
    from importer.readers import _Numbering
    formats = _Numbering.FORMATS
    assert [formats["lowerLetter"](n) for n in (1, 4, 26, 27)] == ["a", "d", "z", "aa"]
    assert formats["upperRoman"](4) == "IV" and formats["lowerRoman"](9) == "ix" and formats["decimal"](12) == "12"

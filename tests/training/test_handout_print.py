"""The handouts print from headless Chromium on A4, without navigation, without tables cut at the edge and
without a table row split across two pages."""

from __future__ import annotations

import re
from io import BytesIO

import pytest
from pypdf import PdfReader

A4_POINTS = (595.28, 841.89)
HIDDEN_IN_PRINT = [".md-header", ".md-sidebar--primary", ".md-footer", "[data-tr-print]"]

# Every cell of every row gets a marker at its start and at its end; a row is whole on a page when all its
# markers are on that page. Markers are plain ascii so that the PDF's text layer keeps them intact.
MARK_ROWS = """() => {
  const rows = [...document.querySelectorAll('table.tr-table tbody tr')];
  rows.forEach((tr, i) => {
    [...tr.cells].forEach((cell, j) => {
      cell.insertAdjacentText('afterbegin', `QQ${i}S${j}QQ `);
      cell.insertAdjacentText('beforeend', ` QQ${i}E${j}QQ`);
    });
  });
  return rows.map(tr => tr.cells.length);
}"""


def _pages_text(pdf: bytes) -> tuple[list[str], list[tuple[float, float]]]:
    reader = PdfReader(BytesIO(pdf))
    texts = [re.sub(r"\s+", "", page.extract_text() or "") for page in reader.pages]
    sizes = [(float(page.mediabox.width), float(page.mediabox.height)) for page in reader.pages]
    return texts, sizes


@pytest.mark.parametrize("path", [
    "training/handout-380-qd-tw/",
    "training/handout-lao-cai-vks-xa-phuong/",
    "en/training/handout-380-qd-tw/",
    "en/training/380-qd-tw/print/",
])
def test_handout_prints_on_a4_without_cut_tables(page, site_url, training_site, path):
    page.goto(f"{site_url}{path}")
    page.emulate_media(media="print")
    for selector in HIDDEN_IN_PRINT:
        assert not page.locator(selector).first.is_visible(), f"{selector} is printed"
    assert page.locator("table.tr-table").count() >= 2
    cut = page.evaluate("() => [...document.querySelectorAll('table.tr-table')]"
                        ".filter(t => t.getBoundingClientRect().right > t.parentElement.getBoundingClientRect().right + 1).length")
    assert cut == 0, "a table is wider than the printed page"

    cells_per_row = page.evaluate(MARK_ROWS)
    assert len(cells_per_row) >= 8
    texts, sizes = _pages_text(page.pdf(format="A4", prefer_css_page_size=True, print_background=True))

    for width, height in sizes:
        assert abs(width - A4_POINTS[0]) < 2 and abs(height - A4_POINTS[1]) < 2, (width, height)
    split = []
    for row, cells in enumerate(cells_per_row):
        markers = [f"QQ{row}{edge}{cell}QQ" for cell in range(cells) for edge in "SE"]
        pages = {n for marker in markers for n, text in enumerate(texts) if marker in text}
        missing = [m for m in markers if not any(m in text for text in texts)]
        assert not missing, f"markers not found in the PDF text: {missing}"
        if len(pages) != 1:
            split.append((row, sorted(pages)))
    assert not split, f"table rows split across pages (row, pages): {split}"


# Issue 11 §3: body text at least 10 pt, citations at least 8.5 pt, read back from the PDF's text layer.
BODY_PT, CITATION_PT = 10.0, 8.5
# Pages each handout may take at those sizes (2 was the goal; docs/method/index.md says what it costs).
HANDOUT_PAGES = {"training/handout-380-qd-tw/": 3, "training/handout-lao-cai-vks-xa-phuong/": 2,
                 "en/training/handout-380-qd-tw/": 4, "en/training/handout-lao-cai-vks-xa-phuong/": 3}


def text_sizes(pdf: bytes) -> list[tuple[float, str]]:
    """(size in points, text) of every text run: the font size scaled by the text and the current matrices."""
    runs = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            runs.append((round(size * scale, 2), text))

    for page in PdfReader(BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return runs


@pytest.mark.parametrize("path", sorted(HANDOUT_PAGES))
def test_handout_prints_readable_sizes(page, site_url, training_site, path):
    page.goto(f"{site_url}{path}")
    citations = re.sub(r"\s+", "", "".join(page.locator(".tr-cite-inline, .tr-cites").all_inner_texts()))
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", prefer_css_page_size=True, print_background=True)
    runs = text_sizes(pdf)
    assert sum(len(text) for _, text in runs) > 3000
    small = [(size, text) for size, text in runs if size < BODY_PT - 0.05]
    too_small = [(size, text) for size, text in small if size < CITATION_PT - 0.05]
    assert not too_small, f"text under {CITATION_PT} pt: {too_small[:5]}"
    not_citation = [(size, text) for size, text in small if re.sub(r"\s+", "", text) not in citations]
    assert not not_citation, f"body text under {BODY_PT} pt: {not_citation[:5]}"
    assert any(size < BODY_PT for size, _ in runs), "the citations should be the smaller print"
    pages = len(PdfReader(BytesIO(pdf)).pages)
    assert pages <= HANDOUT_PAGES[path], f"{path} prints on {pages} pages"

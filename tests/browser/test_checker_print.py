"""The checker's printout (issue 11 §3): the first result card is printed whole, on one page."""

from __future__ import annotations

import re
from io import BytesIO

from pypdf import PdfReader

from test_checker_page import open_checker  # same folder (rootdir-relative import, no package)


def test_first_result_card_does_not_split_across_pages(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = open_checker(context, site_url, "vi")
        page.evaluate("""() => {
          const card = document.querySelector('.checker-cards > .checker-card');
          card.insertAdjacentText('afterbegin', 'QQCARDSTARTQQ ');
          card.insertAdjacentText('beforeend', ' QQCARDENDQQ');
        }""")
        page.emulate_media(media="print")
        reader = PdfReader(BytesIO(page.pdf(format="A4", print_background=True)))
        texts = [re.sub(r"\s+", "", p.extract_text() or "") for p in reader.pages]
        start = [n for n, text in enumerate(texts) if "QQCARDSTARTQQ" in text]
        end = [n for n, text in enumerate(texts) if "QQCARDENDQQ" in text]
        assert start and end, "markers not found in the PDF"
        assert start == end, f"the first card runs from page {start[0] + 1} to page {end[0] + 1}"
    finally:
        context.close()

"""Text helpers shared by the site build and the MkDocs hooks."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lowercase, diacritics removed, đ → d: what search matches ("phoi hop" finds "phối hợp"), and how the
    glossary sorts."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()

"""Build-time import of a regulation from plain text, Markdown, Word or PDF (python -m importer).

    python -m importer import FILE --id ID [--out regulations/] [--kind clean|ocr] [--force]
    python -m importer export regulations/ID [--out FILE]

lines.py (the line grammar, lark) -> structure.py (tree builder, ids from checker.ids) -> meta.py, rules.py
(meta.yml and draft rules) -> folder.py (the folder, the review report, the export). akn.py writes Akoma
Ntoso. Guide: docs/reference/authoring.md.
"""

"""Machine-readable copies of the corpus served by the site: data/index.json and data/<id>.json."""

from __future__ import annotations

import json
from pathlib import Path

from checker import ids
from checker.messages import MESSAGES

from .links import LANGS, docx_file, site_urls, source_file

VERSION = 1


def regulation_json(reg: dict) -> dict:
    provisions = [{
        "id": provision["id"], "kind": provision["kind"], "parent": provision["parent"],
        "vi": provision["vi"], "en": provision["en"],
        "citation": ids.citation(provision["id"]),
        "url": site_urls(reg["id"], provision["id"]),
    } for provision in reg["provisions"]]
    return {"version": VERSION, "id": reg["id"], "meta": reg["meta"], "provisions": provisions,
            "rules": reg["rules"], "uncertain_readings": reg.get("uncertain_readings", [])}


def index_json(corpus: dict) -> dict:
    regulations = []
    for reg in corpus["regulations"].values():
        meta = reg["meta"]
        regulations.append({
            "id": reg["id"], "number": meta["number"], "type": meta["type"], "title": meta["title"],
            "issuing_body": meta["issuing_body"], "signing_date": meta["signing_date"], "status": meta["status"],
            "data": f"data/{reg['id']}.json",
            "docx": {lang: docx_file(reg["id"], lang) for lang in LANGS},
            "source": {"file": source_file(reg["id"]), "sha256": meta["source"]["sha256"], "kind": meta["source"]["kind"]},
            "checked": meta["checked"],
            "url": site_urls(reg["id"]),
            "provisions": len(reg["provisions"]), "rules": len(reg["rules"]["rules"]),
        })
    return {"version": VERSION, "note": MESSAGES["site.not_official_title"],
            "urls_relative_to": "the site root", "regulations": regulations, "glossary": corpus["glossary"]}


def write_json(path: Path, value: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

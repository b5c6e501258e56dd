"""A regulation folder from an import, the review report, and the plain-text export (the round trip)."""

from __future__ import annotations

import hashlib
import re
import shutil
from collections import Counter
from pathlib import Path

import yaml

from checker.corpus import UNTRANSLATED, read_blocks
from checker.languages import LANGS
from checker.messages import both, text

from . import meta as meta_mod
from . import rules as rules_mod
from .readers import ImportFailure, read
from .structure import Import, Problem, build

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
LEVELS = ("front", "chuong", "dieu", "khoan", "diem", "gach")


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, value):
    style = '"' if any(c in value for c in ":#'\"{}[],&*!|>%@`") or value in ("unknown", "null", "true", "false") \
        or value != value.strip() or value[:1] in "-?" else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dump_yaml(value) -> str:
    return yaml.dump(value, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100000)


def import_lines(raw_lines: list[str], reg_id: str, source: dict, reader_notes: list[Problem] | None = None):
    imp = build(raw_lines)
    reader_notes = reader_notes or []
    imp.problems[:0] = [n for n in reader_notes if n.key.startswith("import.problem.")]
    imp.notes[:0] = [n for n in reader_notes if not n.key.startswith("import.problem.")]
    meta, found = meta_mod.extract(imp, reg_id, source)
    rules = rules_mod.rules_file(imp)
    return imp, meta, found, rules


def text_file(imp: Import, lang: str, comment: str) -> str:
    out = [f"<!-- {comment} -->", ""]
    for block in imp.blocks:
        out += [f"::: {block.id}", block.text if lang == "vi" else UNTRANSLATED, ""]
    return "\n".join(out)


def write_folder(folder: Path, imp: Import, meta: dict, rules: dict, report: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    source = meta["source"]["file"]
    comment = text("import.comment.text_file", source=source)  # each text file is told in its own language
    for lang in LANGS:
        (folder / f"text.{lang}.md").write_text(text_file(imp, lang, comment[lang]), encoding="utf-8")
    header = "# Written by python -m importer. Whatever the text does not show is unknown.\n"
    (folder / "meta.yml").write_text(header + dump_yaml(meta), encoding="utf-8")
    rules_header = ("# Draft rules proposed by python -m importer: every one is `review: draft` and is neither\n"
                    "# published nor used by the checker until a person reviews it (docs/reference/authoring.md).\n")
    (folder / "rules.yml").write_text(rules_header + dump_yaml(rules), encoding="utf-8")
    (folder / "import-report.md").write_text(report, encoding="utf-8")


# ---------------------------------------------------------------------------
# The review report


def _bi(key: str, **params) -> str:
    return both(key, **params)


def report(imp: Import, meta: dict, found: dict, rules: dict, source_name: str) -> str:
    out = [f"# {_bi('import.report.title', id=meta['id'])}", "", f"{_bi('import.report.source')}: `{source_name}`", ""]
    kinds = Counter(block.pid.kind for block in imp.blocks)
    out += [f"## {_bi('import.report.structure')}", "",
            f"| {_bi('import.report.level')} | {_bi('import.report.count')} |", "| --- | --- |"]
    out += [f"| {kind} | {kinds.get(kind, 0)} |" for kind in LEVELS]
    out += ["", f"## {_bi('import.report.metadata')}", ""]
    for key in ("number", "type", "title", "issuing_body", "signer", "signing_date", "place", "effect", "legal_bases"):
        value = meta[key]
        shown = value["vi"] if isinstance(value, dict) else (
            "; ".join(b["vi"] for b in value) if isinstance(value, list) else value)
        state = _bi("import.report.found", line=found[key]) if key in found else _bi("import.report.not_found")
        out.append(f"- `{key}`: {state}" + (f" — {shown}" if key in found else ""))
    drafts = rules["rules"]
    timing = Counter(rule["timing"]["kind"] for rule in drafts)
    out += ["", f"## {_bi('import.report.rules')}: {len(drafts)}", "", _bi("import.report.rules_note"), ""]
    out += [f"- {kind}: {count}" for kind, count in sorted(timing.items())]
    out += [""] + [f"- `{r['id']}` ({r['timing']['kind']}): {r['notes']['vi'].split(': ', 1)[-1]}"
                   for r in drafts if r["timing"]["kind"] != "none"]
    out += ["", f"## {_bi('import.report.problems')}: {len(imp.problems)}", ""]
    out += [f"- {source_name}:{p.lineno}: {_bi(p.key, **p.params)}: `{p.line}`" for p in imp.problems] or \
        [f"- {_bi('import.report.none')}"]
    out += ["", f"## {_bi('import.report.notes')}", ""]
    out += [f"- {source_name}:{p.lineno}: {_bi(p.key, **p.params)}" + (f": `{p.line}`" if p.line else "")
            for p in imp.notes] or [f"- {_bi('import.report.none')}"]
    out += ["", _bi("import.report.untranslated", count=len(imp.blocks)), ""]
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Commands


def import_file(path: Path, reg_id: str, out: Path, kind: str = "clean", force: bool = False) -> tuple[Path, Import, dict]:
    if not ID_PATTERN.fullmatch(reg_id):
        raise ImportFailure(path, 0, "import.error.bad_id", id=reg_id)
    raw_lines, reader_notes = read(path)
    source = {"file": path.name, "kind": kind, "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}
    imp, meta, found, rules = import_lines(raw_lines, reg_id, source, reader_notes)
    if not imp.blocks:
        raise ImportFailure(path, 0, "import.error.no_blocks")
    folder = out / reg_id
    if folder.exists() and not force:
        raise ImportFailure(folder, 0, "import.error.exists")
    write_folder(folder, imp, meta, rules, report(imp, meta, found, rules, path.name))
    # The source travels with the regulation, byte for byte (meta.yml's sha256 is this file's).
    shutil.copyfile(path, folder / "source.txt")
    return folder, imp, rules


def export_text(folder: Path) -> tuple[str, int]:
    """A regulation as plain text (and its number of blocks): the Vietnamese blocks in order, a blank line
    between paragraphs. Importing the text gives the same ids, texts and metadata again."""
    path = folder / "text.vi.md"
    if not path.is_file():
        raise ImportFailure(folder, 0, "import.error.no_folder")
    blocks, errors = read_blocks(path)
    if errors:
        error = errors[0]
        raise ImportFailure(error.path, error.line, "import.error.unreadable", reason=error.message_en)
    return "\n\n".join(content for _, _, content in blocks) + "\n", len(blocks)


"""verify-schema: the JSON schema of the checker's result says what checker.shapes says.

For every object the schema describes (its definitions, and the objects it writes inline), the keys,
which of them are required, and whether other keys are refused must match the typed dictionary.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import get_type_hints

from checker.shapes import SCHEMA_DEFINITIONS, SCHEMA_INLINE

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "checker" / "schema" / "result.schema.json"


def _node(schema: dict, path: tuple[str, ...]) -> dict:
    node = schema["$defs"][path[0]]
    for part in path[1:]:
        node = node["items"] if part == "items" else node["properties"][part]
    return node


def _compare(where: str, node: dict, shape: type) -> list[str]:
    hints = get_type_hints(shape)
    required = set(shape.__required_keys__)
    problems = []
    schema_keys = set(node.get("properties", {}))
    if schema_keys != set(hints):
        problems.append(f"{where}: keys differ: only in the schema {sorted(schema_keys - set(hints))}, "
                        f"only in checker.shapes.{shape.__name__} {sorted(set(hints) - schema_keys)}")
    if set(node.get("required", [])) != required:
        problems.append(f"{where}: required keys differ: schema {sorted(node.get('required', []))}, "
                        f"checker.shapes.{shape.__name__} {sorted(required)}")
    if node.get("additionalProperties") is not False and shape.__name__ != "Timing":
        problems.append(f"{where}: the schema must refuse other keys (additionalProperties: false)")
    return problems


def verify_schema(schema_file: Path = SCHEMA_FILE) -> list[str]:
    schema = json.loads(Path(schema_file).read_text(encoding="utf-8"))
    problems = []
    objects = {name: d for name, d in schema["$defs"].items() if d.get("type") == "object"}
    for name in sorted(set(objects) - set(SCHEMA_DEFINITIONS)):
        problems.append(f"$defs/{name}: no shape in checker.shapes.SCHEMA_DEFINITIONS")
    for name, shape in SCHEMA_DEFINITIONS.items():
        if name not in schema["$defs"]:
            problems.append(f"$defs/{name}: missing from the schema")
            continue
        problems += _compare(f"$defs/{name}", schema["$defs"][name], shape)
    for path, shape in SCHEMA_INLINE.items():
        problems += _compare("$defs/" + "/".join(path), _node(schema, path), shape)
    return problems

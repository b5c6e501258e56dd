"""Helpers of the site tests (the shared fixtures are in tests/conftest.py)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def docs_script():
    """scripts/docs.py as a module (its link checker, citation and folding functions)."""
    spec = importlib.util.spec_from_file_location("docs_script", ROOT / "scripts" / "docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def site_index(built_site) -> dict:
    """data/index.json of the built site: the regulations the site was built from."""
    return json.loads((built_site / "data" / "index.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def site_regulations(built_site, site_index) -> dict:
    """data/<id>.json of every regulation, by id."""
    return {entry["id"]: json.loads((built_site / entry["data"]).read_text(encoding="utf-8"))
            for entry in site_index["regulations"]}

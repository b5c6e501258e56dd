"""Helpers of the site tests (the shared fixtures are in tests/conftest.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def docs_script():
    """The site build module (its link checker, citation and folding functions)."""
    from sitegen import build

    return build


@pytest.fixture(scope="session")
def site_index(built_site) -> dict:
    """data/index.json of the built site: the regulations the site was built from."""
    return json.loads((built_site / "data" / "index.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def site_regulations(built_site, site_index) -> dict:
    """data/<id>.json of every regulation, by id."""
    return {entry["id"]: json.loads((built_site / entry["data"]).read_text(encoding="utf-8"))
            for entry in site_index["regulations"]}

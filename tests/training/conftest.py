"""Fixtures of the training-kit tests: the real corpus, the generator module, a built training section."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def training():
    """scripts/training.py as a module."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    spec = importlib.util.spec_from_file_location("training", ROOT / "scripts" / "training.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def corpus():
    from checker.corpus import load_corpus

    return load_corpus(ROOT / "regulations")


@pytest.fixture(scope="session")
def items(training, corpus):
    """Every worked scenario with the checker's answer, as the pages show it."""
    return training.build_items(corpus, ROOT / "regulations")


@pytest.fixture(scope="session")
def training_site(built_site) -> Path:
    """The built site, which must hold the training section (docs.py calls scripts/training.py)."""
    for page in ("training/index.html", "en/training/index.html", "training/self-check/index.html"):
        if not (built_site / page).exists():
            pytest.fail(f"the built site has no {page}: scripts/docs.py must call "
                        "scripts/training.py:generate_training_pages(corpus, docs_dir) before mkdocs runs",
                        pytrace=False)
    return built_site

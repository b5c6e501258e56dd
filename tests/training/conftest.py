"""Fixtures of the training-kit tests: the real corpus, the generator module, a built training section."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def training():
    """The training kit's generator (sitegen.training)."""
    from sitegen import training as module

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
    """The built site, which must hold the training section (sitegen.build calls sitegen.training)."""
    for page in ("training/index.html", "en/training/index.html", "training/self-check/index.html"):
        if not (built_site / page).exists():
            pytest.fail(f"the built site has no {page}: sitegen.build must call "
                        "sitegen.training.generate_training_pages(corpus, docs_dir) before mkdocs runs",
                        pytrace=False)
    return built_site

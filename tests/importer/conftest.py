"""Fixtures of the importer tests."""

from pathlib import Path

import pytest

from importer_helpers import LAO_CAI_SEED


@pytest.fixture
def lao_cai_seed() -> Path:
    if not LAO_CAI_SEED.is_file():
        pytest.skip(f"seed not present: {LAO_CAI_SEED} (the shared seeds folder is outside the repository)")
    return LAO_CAI_SEED

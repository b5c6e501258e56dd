"""Helpers of the importer tests: the repository, the seeds, and importing text in memory."""

from pathlib import Path

from importer.folder import import_lines

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO.parent / "shared" / "seeds"
LAO_CAI_SEED = SEEDS / "003_7a6aec59bbcfcb23.txt"
SOURCE = {"file": "fixture.txt", "kind": "clean", "sha256": "0" * 64}


def run(text: str, reg_id: str = "fixture"):
    """(Import, meta, found, rules) of a text given as one string."""
    return import_lines(text.split("\n"), reg_id, SOURCE)


def blocks(text: str) -> dict[str, str]:
    return {block.id: block.text for block in run(text)[0].blocks}


def stripped_markers(path: Path) -> list[str]:
    """A curated text.vi.md without its '::: id' lines and its leading comment."""
    return [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith((":::", "<!--"))]

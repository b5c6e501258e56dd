"""Let plain `mkdocs build --strict` / `mkdocs serve` work on docs/ as it is in the repository.

The regulation pages and the corpus tables are generated from regulations/ by the site package
(`python -m sitegen build`, sitegen/build.py). It prepares a temporary docs folder, marks it with a `.generated` file and runs mkdocs on it; this
hook then does nothing. When mkdocs is run directly on docs/, the hook does the same preparation into
build/mkdocs-docs/ and points mkdocs at it, so the pages exist and strict mode can check their links.
A corpus error stops mkdocs with the validator's file:line messages.

What only `python -m sitegen build` does: the checker runtime (Pyodide, wheels), the link check of the
built site, and the atomic replacement of site/.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # plain `mkdocs build`: the project's packages are at the repository root
    sys.path.append(str(ROOT))

from sitegen import build as docs  # noqa: E402  (needs the path above)

PREPARED = ROOT / "build" / "mkdocs-docs"
MARKER = ".generated"


def on_config(config):
    if str(ROOT) not in sys.path:  # MkDocs restores sys.path after loading hooks; the build imports lazily
        sys.path.append(str(ROOT))
    if (Path(config.docs_dir) / MARKER).exists():
        return config  # already prepared by sitegen (or by this hook, in a per-language build)
    corpus_root = docs._corpus_root(None)
    try:
        corpus = docs.load_corpus(corpus_root)
    except docs.CorpusFailure as failure:
        raise PluginError("\n".join(failure.messages)) from None
    except docs.BuildError as error:
        raise PluginError(str(error)) from None
    shutil.rmtree(PREPARED, ignore_errors=True)
    try:
        docs.prepare_docs(corpus, PREPARED, corpus_root)
    except docs.BuildError as error:
        raise PluginError(str(error)) from None
    config.docs_dir = str(PREPARED)
    if not config.nav:
        config.nav = docs.make_nav(PREPARED)
    return config

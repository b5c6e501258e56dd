#!/usr/bin/env python3
"""Every docs chore in one command: build, verify-corpus, verify-links, verify-schema, serve.

    .venv/bin/python -m sitegen build [--corpus DIR] [--site-dir DIR]
    .venv/bin/python -m sitegen verify-corpus [--corpus DIR]
    .venv/bin/python -m sitegen verify-links [--site-dir DIR]
    .venv/bin/python -m sitegen verify-schema
    .venv/bin/python -m sitegen serve [--port 8000] [--no-build]

`build` validates the corpus, copies docs/ to a temporary folder, generates the regulation pages and
the corpus-driven tables into it, runs `mkdocs build --strict` into a temporary site, adds the
machine-readable JSON and the checker runtime, checks every internal link and anchor, and only then
replaces site/. A failed build prints what is wrong (file:line for the corpus) and leaves site/ as it
was. The corpus root can also be given with the environment variable REGULATIONS_DIR.

The training kit (sitegen.training) writes its pages into the temporary docs folder after the
regulation pages, before the navigation.
"""

from __future__ import annotations

import argparse
import errno
import logging
import os
import re
import shutil
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from checker.messages import both, text

from . import akn, data, links, offline, runtime, search, training, views, worddoc
from .links import LANGS, DEFAULT_LANG

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
CONFIG_FILE = ROOT / "mkdocs.yml"

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's end-of-life banner hides real messages


class BuildError(Exception):
    """A problem the reader can fix, worded by the catalogue (build.*) in both languages; no traceback."""

    def __init__(self, key: str, **params):
        super().__init__(both(key, **params))


# ---------------------------------------------------------------------------
# Corpus


def load_corpus(root: Path) -> dict:
    """The compiled corpus, or BuildError carrying every validator message (file:line: what)."""
    try:
        from checker.corpus import CorpusError, load_corpus as load
    except ImportError as error:
        raise BuildError("build.no_corpus_module", error=error) from None
    shown = os.path.relpath(root) if not os.path.relpath(root).startswith("../..") else str(root)
    try:
        return load(shown)
    except CorpusError as error:
        messages = [str(e) for e in getattr(error, "errors", [error])]
        raise CorpusFailure(messages) from None


class CorpusFailure(Exception):
    def __init__(self, messages: list[str]):
        self.messages = messages
        super().__init__("\n".join(messages))


# ---------------------------------------------------------------------------
# Docs folder, navigation, mkdocs


MARKER = re.compile(r"^<!-- build:([a-z0-9-]+) -->[ \t]*$", re.M)


def fill_markers(ctx: views.Context, path: Path, rel_path: str) -> None:
    """Replace each <!-- build:NAME --> line of a hand-written page with the block NAME, in the page's language."""
    text = path.read_text(encoding="utf-8")
    if "<!-- build:" not in text:
        return
    lang = next((code for code in LANGS if rel_path.endswith(f".{code}.md")), DEFAULT_LANG)
    page = links.page_url(rel_path)

    def replace(match: re.Match) -> str:
        name = match[1]
        if name not in views.BLOCKS:
            line = text[:match.start()].count("\n") + 1
            raise BuildError("build.unknown_marker", where=f"docs/{rel_path}:{line}", name=name,
                             known=", ".join(views.BLOCKS))
        return views.block(name, ctx, lang, page)

    path.write_text(MARKER.sub(replace, text), encoding="utf-8")


def run_page_generators(corpus: dict, docs_dir: Path, corpus_root: Path) -> None:
    """The training kit's pages; its errors stop the build like corpus errors."""
    try:
        training.generate_training_pages(corpus, docs_dir, corpus_root)
    except Exception as error:  # reported as the generator's message, never as a traceback
        if os.environ.get("DOCS_DEBUG"):
            raise
        raise BuildError("build.step_failed", step="sitegen.training", error=error) from None


def configured_site_url() -> str | None:
    """mkdocs.yml's site_url (unset today: intranet sites live at addresses we cannot know)."""
    import yaml

    class _Loader(yaml.SafeLoader):  # mkdocs.yml may hold !!python/name tags: read them as nothing
        pass

    _Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    config = yaml.load(CONFIG_FILE.read_text(encoding="utf-8"), Loader=_Loader) or {}
    return config.get("site_url") or None


def prepare_docs(corpus: dict, docs_dir: Path, corpus_root: Path | None = None) -> views.Context:
    """docs/ copied to docs_dir, with every generated page and the corpus tables filled in."""
    shutil.copytree(DOCS, docs_dir, dirs_exist_ok=True)
    # Tells hooks/corpus_pages.py that this folder is already prepared (mkdocs skips dotfiles).
    (docs_dir / ".generated").write_text("generated by sitegen\n", encoding="utf-8")
    for reg_id in corpus["regulations"]:
        for lang in LANGS:
            name = f"{reg_id}.md" if lang == DEFAULT_LANG else f"{reg_id}.{lang}.md"
            for folder in ("regulations", "deadlines", "matrix"):
                if (DOCS / folder / name).exists():
                    raise BuildError("build.generated_page_in_docs", path=f"docs/{folder}/{name}")
    for folder in ("regulations", "deadlines", "matrix", "training"):
        if (DOCS / folder).is_dir() and any(p.is_dir() for p in (DOCS / folder).iterdir()):
            raise BuildError("build.generated_page_in_docs", path=f"docs/{folder}/<id>/")
    corpus_root = corpus_root or ROOT / "regulations"
    ctx = views.Context(corpus, docs_dir, corpus_root, configured_site_url())
    run_page_generators(corpus, docs_dir, corpus_root)
    generated = docs_dir / "regulations"
    for reg_id, reg in corpus["regulations"].items():
        (generated / reg_id).mkdir(parents=True, exist_ok=True)
        (docs_dir / "data").mkdir(parents=True, exist_ok=True)
        for lang in LANGS:
            suffix = ".md" if lang == DEFAULT_LANG else f".{lang}.md"
            (generated / f"{reg_id}{suffix}").write_text(views.regulation_page(ctx, reg, lang), encoding="utf-8")
            # regulations/<id>/song-ngu/ and regulations/<id>/nguon/, each in both languages
            (generated / reg_id / f"song-ngu{suffix}").write_text(views.bilingual_page(ctx, reg, lang), encoding="utf-8")
            (generated / reg_id / f"nguon{suffix}").write_text(views.source_page(ctx, reg, lang), encoding="utf-8")
            # deadlines/<id>/ and matrix/<id>/: one page per regulation, listed by deadlines/ and matrix/
            for folder, page in (("deadlines", views.deadlines_page), ("matrix", views.matrix_page)):
                (docs_dir / folder).mkdir(exist_ok=True)
                (docs_dir / folder / f"{reg_id}{suffix}").write_text(page(ctx, reg, lang), encoding="utf-8")
            (docs_dir / links.docx_file(reg_id, lang)).write_bytes(worddoc.regulation_docx(reg, lang))
        # byte for byte: the same file whose sha256 checker.corpus checked against meta.yml
        (docs_dir / links.source_file(reg_id)).write_bytes((corpus_root / reg_id / "source.txt").read_bytes())
        data.write_json(docs_dir / "data" / f"{reg_id}.json", data.regulation_json(reg))
    data.write_json(docs_dir / "data" / "index.json", data.index_json(corpus))
    akn.write_akn(corpus, docs_dir / "data")  # data/<id>.akn.xml (+ .eng.akn.xml): Akoma Ntoso, sitegen/akn.py
    for path in sorted(docs_dir.rglob("*.md")):
        fill_markers(ctx, path, path.relative_to(docs_dir).as_posix())
    views.write_checker_catalogs(ctx)  # checker/catalog/<id>.json: the events the checker page fetches
    return ctx


NAV_ORDER = [
    # (section's catalogue key or None for top level, files or folder/ for "all pages in it"). The sections are
    # named in the default language; mkdocs.yml's nav_translations gives the English (a test checks both agree).
    (None, ["index.md"]),
    ("site.nav.regulations", ["regulations/index.md"]),
    ("site.nav.tools", ["checker.md", "deadlines.md", "matrix.md", "glossary.md"]),
    ("site.nav.training", ["training/index.md", "training/scenarios.md", "training/self-check.md",
                           "training/presenter.md", "training/worksheet.md", "training/"]),
    ("site.nav.method", ["method/index.md", "method/counting.md", "method/", "reference/"]),
]
NAV_OTHER = "site.nav.other"


def _page_files(docs_dir: Path) -> list[str]:
    """Default-language pages (page.md, not page.en.md), as paths relative to docs_dir."""
    files = []
    for path in docs_dir.rglob("*.md"):
        rel_path = path.relative_to(docs_dir).as_posix()
        if re.search(r"\.(?:%s)\.md$" % "|".join(l for l in LANGS if l != DEFAULT_LANG), rel_path):
            continue
        files.append(rel_path)
    return sorted(files)


# Pages made once per regulation (its text, side by side, source, deadlines, matrix, training pages and
# handout) are reached from the page that lists the regulations, never from the navigation: the navigation is
# written into every page, so with a menu entry each regulation would add to every page of the site
# (docs/method/scale.md).
PER_REGULATION_PAGE = re.compile(r"regulations/(?!index\.md$)[^/]+\.md|regulations/[^/]+/.+\.md"
                                 r"|(?:deadlines|matrix)/[^/]+\.md|training/handout-[^/]+\.md|training/[^/]+/.+\.md")


def make_nav(docs_dir: Path) -> list:
    remaining = [f for f in _page_files(docs_dir) if not PER_REGULATION_PAGE.fullmatch(f)]
    nav: list = []
    for section, patterns in NAV_ORDER:
        picked = []
        for pattern in patterns:
            if pattern.endswith("/"):
                folder = [f for f in remaining if f.startswith(pattern)]
                # A folder's index.md leads its section.
                folder.sort(key=lambda f: (f != pattern + "index.md", f))
                picked += folder
            elif pattern in remaining:
                picked.append(pattern)
            remaining = [f for f in remaining if f not in picked]
        if not picked:
            continue
        if section is None:
            nav += picked
        else:
            nav.append({text(section)[DEFAULT_LANG]: picked})
    if remaining:
        nav.append({text(NAV_OTHER)[DEFAULT_LANG]: remaining})
    return nav


def update_banner_words() -> dict:
    """The words of the "new version ready" banner (overrides/main.html, shown by site.js), per language."""
    from checker.messages import word

    return {lang: {"text": word("update_ready", lang, "site"), "reload": word("update_reload", lang, "site")}
            for lang in LANGS}


class _LogToStderr(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        print(f"{record.levelname:<8}- {record.getMessage()}", file=sys.stderr)


def run_mkdocs(docs_dir: Path, site_dir: Path, nav: list, verbose: bool) -> None:
    from mkdocs import exceptions
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logger = logging.getLogger("mkdocs")
    handler = _LogToStderr()
    handler.setLevel(logging.INFO if verbose else logging.WARNING)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO if verbose else logging.WARNING)
    logger.propagate = False
    try:
        config = load_config(config_file=str(CONFIG_FILE), docs_dir=str(docs_dir), site_dir=str(site_dir),
                             strict=True, nav=nav)
        config.extra["update_banner"] = update_banner_words()
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    except (exceptions.MkDocsException, exceptions.ConfigurationError) as error:
        raise BuildError("build.mkdocs_stopped", error=error) from None
    finally:
        logger.removeHandler(handler)


EMPTY_SITEMAP = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                 '<!-- Empty on purpose: the site has no fixed address (no site_url), and a sitemap needs '
                 'absolute URLs. -->\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>\n')


def post_steps(site_dir: Path, with_runtime: bool, corpus: dict | None = None) -> None:
    # static-i18n writes a sitemap of "None/..." URLs when site_url is unset.
    for folder in [site_dir] + [site_dir / lang for lang in LANGS if lang != DEFAULT_LANG]:
        (folder / "sitemap.xml.gz").unlink(missing_ok=True)
        (folder / "sitemap.xml").write_text(EMPTY_SITEMAP, encoding="utf-8")
    try:
        search.write_worker_target(site_dir)
    except Exception as error:
        raise BuildError("build.step_failed", step="sitegen.search", error=error) from None
    if with_runtime:
        try:
            runtime.build_runtime(site_dir, corpus)  # the corpus of the pages, not regulations/
        except Exception as error:  # any failure of the runtime step stops the build, without traceback
            raise BuildError("build.step_failed", step="sitegen.runtime", error=error) from None
    # Last: the service worker lists every file of the finished site with its content hash.
    try:
        offline.build_service_worker(site_dir)
    except Exception as error:
        raise BuildError("build.step_failed", step="sitegen.offline", error=error) from None


def scratch_dir(site_dir: Path) -> Path:
    """Where the new site is built: on the same filesystem as site_dir (so that renaming it in is
    atomic) and, for the project's own site/, inside the ignored build/ folder."""
    if site_dir.parent == ROOT:
        (ROOT / "build").mkdir(exist_ok=True)
        return ROOT / "build"
    return site_dir.parent


STALE_UNMARKED_SECONDS = 6 * 3600  # scratch folders named before they carried their process id


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. PermissionError: it exists, under another user
        return True
    return True


def remove_stale_scratch(site_dir: Path) -> list[Path]:
    """Remove what killed builds left behind: <scratch>/.site-build-*, .site-old-* and $TMP/docs-build-*.

    A folder named with a process id is stale once that process is gone (another build running at the
    same time keeps its own); an older folder without one, once it is STALE_UNMARKED_SECONDS old."""
    name = re.escape(site_dir.name)
    places = [(scratch_dir(site_dir), re.compile(rf"\.{name}-(?:build|old)-(?:(\d+)(?:-|$))?")),
              (Path(tempfile.gettempdir()), re.compile(r"docs-build-(?:(\d+)(?:-|$))?"))]
    removed = []
    for folder, pattern in places:
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            found = pattern.match(entry.name)
            if not found or entry.is_symlink() or not entry.is_dir():
                continue
            if found.group(1):
                if int(found.group(1)) == os.getpid() or _process_alive(int(found.group(1))):
                    continue
            else:
                try:
                    if time.time() - entry.stat().st_mtime < STALE_UNMARKED_SECONDS:
                        continue
                except OSError:
                    continue
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    return removed


def replace_site(new_site: Path, site_dir: Path) -> None:
    """Swap the finished site in with two renames; the old one is removed only afterwards."""
    old = None
    if site_dir.exists():
        old = scratch_dir(site_dir) / f".{site_dir.name}-old-{os.getpid()}"
        shutil.rmtree(old, ignore_errors=True)
        site_dir.rename(old)
    new_site.rename(site_dir)
    if old:
        shutil.rmtree(old, ignore_errors=True)


def build_site(corpus_root: Path, site_dir: Path, verbose: bool = False, with_runtime: bool = True,
               check_links: bool = True) -> float:
    started = time.monotonic()
    site_dir = site_dir.resolve()
    remove_stale_scratch(site_dir)  # what killed builds left behind (up to tens of MB each)
    corpus = load_corpus(corpus_root)
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    docs_tmp = Path(tempfile.mkdtemp(prefix=f"docs-build-{os.getpid()}-"))
    site_tmp = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-build-{os.getpid()}-", dir=scratch_dir(site_dir)))
    try:
        prepare_docs(corpus, docs_tmp / "docs", corpus_root)
        nav = make_nav(docs_tmp / "docs")
        run_mkdocs(docs_tmp / "docs", site_tmp, nav, verbose)
        post_steps(site_tmp, with_runtime, corpus)
        if check_links:
            problems = verify_links(site_tmp)
            if problems:
                for problem in problems[:50]:
                    print(problem, file=sys.stderr)
                raise BuildError("build.broken_links", count=len(problems))
        replace_site(site_tmp, site_dir)
    finally:
        shutil.rmtree(docs_tmp, ignore_errors=True)
        shutil.rmtree(site_tmp, ignore_errors=True)
    return time.monotonic() - started


# ---------------------------------------------------------------------------
# Link check of a built site


class _PageScan(HTMLParser):
    LINK_ATTRS = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src", "iframe": "src",
                  "audio": "src", "video": "src", "embed": "src", "object": "data"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        attr = self.LINK_ATTRS.get(tag)
        if attr and attrs.get(attr) is not None:
            self.links.append((tag, attrs[attr]))


def scan_site(site_dir: Path) -> dict[str, _PageScan]:
    pages = {}
    for path in sorted(site_dir.rglob("*.html")):
        scan = _PageScan()
        scan.feed(path.read_text(encoding="utf-8", errors="replace"))
        pages[path.relative_to(site_dir).as_posix()] = scan
    return pages


def verify_links(site_dir: Path) -> list[str]:
    """Every link, script, style and image of every HTML page must exist in the site, anchors included."""
    site_dir = Path(site_dir)
    pages = scan_site(site_dir)
    problems = []
    for page, scan in pages.items():
        base = "/" + page
        for tag, url in scan.links:
            parts = urlsplit(url)
            if parts.scheme in ("mailto", "tel", "javascript", "data", "blob"):
                continue
            if parts.scheme or parts.netloc:
                problems.append(f"{page}: <{tag}> points to another host: {url}")
                continue
            if not parts.path and not parts.fragment:
                continue
            target = PurePosixPath(base).parent / unquote(parts.path) if not parts.path.startswith("/") \
                else PurePosixPath(unquote(parts.path))
            if not parts.path:
                target_file = page
            else:
                normal = os.path.normpath(str(target)).lstrip("/")
                if normal.startswith(".."):
                    problems.append(f"{page}: link leaves the site: {url}")
                    continue
                candidate = site_dir / normal
                if candidate.is_dir():
                    if not (candidate / "index.html").exists():
                        problems.append(f"{page}: folder without index.html: {url}")
                        continue
                    target_file = (Path(normal) / "index.html").as_posix() if normal not in ("", ".") else "index.html"
                elif candidate.is_file():
                    target_file = normal
                else:
                    problems.append(f"{page}: missing target: {url}")
                    continue
            if parts.fragment and target_file.endswith(".html"):
                fragment = unquote(parts.fragment)
                if target_file not in pages or fragment not in pages[target_file].ids:
                    problems.append(f"{page}: missing anchor #{fragment} in {target_file} ({url})")
    return problems


# ---------------------------------------------------------------------------
# Command line


def site_handler(site_dir: Path):
    """A static file handler for a built site that answers a missing page with the site's own 404 page,
    as a production web server would (Python's default is a bare English error page)."""
    import functools
    import http.server

    class SiteHandler(http.server.SimpleHTTPRequestHandler):
        def send_error(self, code, message=None, explain=None):
            page = Path(self.directory) / "404.html"
            if code != 404 or self.command != "GET" or not page.is_file():
                return super().send_error(code, message, explain)
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return functools.partial(SiteHandler, directory=str(site_dir))


def _corpus_root(value: str | None) -> Path:
    return Path(value or os.environ.get("REGULATIONS_DIR") or ROOT / "regulations")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sitegen", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    build_cmd = sub.add_parser("build", help="validate the corpus and build the site into site/")
    build_cmd.add_argument("--corpus", help="corpus root (default: regulations/ or $REGULATIONS_DIR)")
    build_cmd.add_argument("--site-dir", default=str(ROOT / "site"))
    build_cmd.add_argument("--no-runtime", action="store_true", help="skip the checker runtime (Pyodide, wheels)")
    build_cmd.add_argument("--verbose", action="store_true")
    corpus_cmd = sub.add_parser("verify-corpus", help="validate the corpus only")
    corpus_cmd.add_argument("--corpus")
    sub.add_parser("verify-schema", help="check the result's JSON schema against checker.shapes")
    links_cmd = sub.add_parser("verify-links", help="check every internal link and anchor of a built site")
    links_cmd.add_argument("--site-dir", default=str(ROOT / "site"))
    serve_cmd = sub.add_parser("serve", help="build, then serve site/ at http://127.0.0.1:PORT")
    serve_cmd.add_argument("--port", type=int, default=8000)
    serve_cmd.add_argument("--no-build", action="store_true")
    serve_cmd.add_argument("--corpus")
    args = parser.parse_args(argv)

    try:
        if args.command == "verify-corpus":
            corpus = load_corpus(_corpus_root(args.corpus))
            count = sum(len(r["provisions"]) for r in corpus["regulations"].values())
            print("OK: " + both("build.corpus_ok", regulations=len(corpus["regulations"]), provisions=count))
            return 0
        if args.command == "verify-schema":
            from .schema_check import verify_schema

            problems = verify_schema()
            for problem in problems:
                print(problem, file=sys.stderr)
            print(both("build.schema_checked", count=len(problems)))
            return 1 if problems else 0
        if args.command == "verify-links":
            site_dir = Path(args.site_dir)
            if not (site_dir / "index.html").exists():
                raise BuildError("build.no_site", path=site_dir)
            problems = verify_links(site_dir)
            for problem in problems:
                print(problem, file=sys.stderr)
            print(both("build.links_checked", pages=len(scan_site(site_dir)), count=len(problems)))
            return 1 if problems else 0
        if args.command == "build":
            seconds = build_site(_corpus_root(args.corpus), Path(args.site_dir), args.verbose,
                                 with_runtime=not args.no_runtime)
            print(both("build.built", path=args.site_dir, seconds=f"{seconds:.1f}"))
            return 0
        if args.command == "serve":
            if not args.no_build:
                build_site(_corpus_root(args.corpus), ROOT / "site")
            import http.server
            handler = site_handler(ROOT / "site")
            try:
                server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
            except OSError as error:
                if error.errno != errno.EADDRINUSE:
                    raise
                raise BuildError("build.port_busy", port=args.port) from None
            with server:
                print(f"http://127.0.0.1:{server.server_address[1]}/ ({both('build.stop_with_ctrl_c')})", flush=True)
                try:
                    server.serve_forever()
                except KeyboardInterrupt:
                    pass
            return 0
    except CorpusFailure as failure:
        for message in failure.messages:
            print(message, file=sys.stderr)
        print(both("build.stopped_corpus", count=len(failure.messages)), file=sys.stderr)
        return 1
    except BuildError as error:
        print(f"{both('cli.error')}: {error}", file=sys.stderr)
        print(both("build.stopped"), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # never a traceback for the reader; DOCS_DEBUG=1 shows it
        if os.environ.get("DOCS_DEBUG"):
            raise
        print(both("build.unexpected", error=repr(error)), file=sys.stderr)
        print(both("build.stopped"), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

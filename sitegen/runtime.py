"""Put the browser checker's runtime into a built site.

Called by sitegen.build after `mkdocs build` (or run alone: `python -m sitegen.runtime site`).
It writes, all served by the site itself (no CDN):

  site/pyodide/            the Pyodide core from the pinned npm package (node_modules/pyodide)
  site/wheels/*.whl        the checker wheel and its pure-Python dependencies
  site/wheels/manifest.json  file names, sizes, sha256, and which group each wheel belongs to
  site/wheels/runtime-core.zip, runtime-ics.zip
                           what the browser actually unpacks: the same wheels, byte-compiled for
                           Pyodide's Python and trimmed (sitegen/runtime_bundle.py explains how)
  site/checker/corpus.json   the compiled corpus (checker.corpus.load_corpus) the engine reads

The checker page itself (form, choices, words) is rendered with the other pages, from the engine's
catalogue (sitegen.views.checker_form, overrides/sitegen/blocks/checker-form.html).

The checker wheel is built with `python -m build` rather than pyodide-build: pyodide-build
downloads its cross-build environment at run time, which an offline build cannot do, and a
pure-Python wheel needs no cross-compilation. Dependency wheels are downloaded once with
`pip download --only-binary=:all: --no-deps` into build/wheel-cache, so rebuilds are offline.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import shutil
import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

from checker.messages import both
from sitegen import quick_table

ROOT = Path(__file__).resolve().parent.parent
PYODIDE_SRC = ROOT / "node_modules" / "pyodide"
WHEEL_OUT = ROOT / "build" / "wheels"
WHEEL_CACHE = ROOT / "build" / "wheel-cache"

# Only what loadPyodide() fetches: the loader, the Emscripten module, the WebAssembly binary, the
# standard library and the lock file. The npm package's consoles, maps and type files are not served.
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")

# The environment Requires-Dist markers are evaluated in: Pyodide's, not the build machine's.
PYODIDE_MARKER_ENV = {
    "python_version": "3.14",
    "python_full_version": "3.14.2",
    "implementation_name": "cpython",
    "platform_python_implementation": "CPython",
    "sys_platform": "emscripten",
    "platform_system": "Emscripten",
    "platform_machine": "wasm32",
    "os_name": "posix",
    "extra": "",
}

# Wheels needed only to write an .ics file. The worker fetches them with the rest (nothing is
# fetched once the checker is ready) but unpacks them after the first answer is on screen.
ICS_ROOTS = ("icalendar",)


class RuntimeBuildError(RuntimeError):
    """A problem the reader can fix, worded by the catalogue (build.runtime.*) in both languages;
    `where` (file:line) comes first; `detail`, the output of a failed tool, follows as the tool wrote it."""

    def __init__(self, key: str, where: str = "", detail: str = "", **params):
        super().__init__((f"{where}: " if where else "") + both(key, **params) + (f"\n{detail}" if detail else ""))


def _canonical(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def pinned_requirements(path: Path = ROOT / "requirements.txt") -> dict[str, str]:
    """name -> exact version, from the `name==version` lines of requirements.txt."""
    pins: dict[str, str] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if "==" not in line:
            raise RuntimeBuildError("build.runtime.bad_pin", where=f"{path}:{number}", line=repr(raw))
        name, version = line.split("==", 1)
        pins[_canonical(name.strip())] = version.strip()
    return pins


def copy_pyodide(site_dir: Path) -> None:
    if not PYODIDE_SRC.is_dir():
        raise RuntimeBuildError("build.runtime.no_pyodide", path=PYODIDE_SRC)
    target = site_dir / "pyodide"
    target.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        source = PYODIDE_SRC / name
        if not source.is_file():
            raise RuntimeBuildError("build.runtime.pyodide_file", path=source)
        destination = target / name
        if not destination.exists() or destination.stat().st_size != source.stat().st_size or (
            destination.stat().st_mtime < source.stat().st_mtime
        ):
            shutil.copy2(source, destination)


def build_checker_wheel() -> Path:
    """`python -m build --wheel` from the repository; returns the wheel path."""
    WHEEL_OUT.mkdir(parents=True, exist_ok=True)
    for old in WHEEL_OUT.glob("checker-*.whl"):
        old.unlink()
    # setuptools reuses build/lib between runs, so a module deleted from checker/ would ship again.
    shutil.rmtree(ROOT / "build" / "lib", ignore_errors=True)
    for stale in (ROOT / "build").glob("bdist.*"):
        shutil.rmtree(stale, ignore_errors=True)
    command = [sys.executable, "-m", "build", "--wheel", "--outdir", str(WHEEL_OUT)]
    try:
        import setuptools  # noqa: F401  (only to know whether an offline build is possible)

        if int(setuptools.__version__.split(".")[0]) >= 70:
            # The venv already has setuptools (requirements.txt): build offline, without fetching one.
            command.append("--no-isolation")
    except ImportError:
        pass
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeBuildError("build.runtime.wheel_failed", detail=result.stdout[-3000:] + result.stderr[-3000:])
    for leftover in ROOT.glob("*.egg-info"):
        shutil.rmtree(leftover, ignore_errors=True)
    wheels = sorted(WHEEL_OUT.glob("checker-*.whl"))
    if len(wheels) != 1:
        raise RuntimeBuildError("build.runtime.wheel_count", folder=WHEEL_OUT, found=[w.name for w in wheels])
    return wheels[0]


def _wheel_requires(wheel: Path) -> list[str]:
    """Names of the dependencies a wheel declares for Pyodide's environment."""
    from packaging.requirements import Requirement

    with zipfile.ZipFile(wheel) as archive:
        metadata_name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(archive.read(metadata_name).decode("utf-8"))
    names = []
    for spec in metadata.get_all("Requires-Dist") or []:
        requirement = Requirement(spec)
        if requirement.marker is None or requirement.marker.evaluate(PYODIDE_MARKER_ENV):
            names.append(_canonical(requirement.name))
    return names


def _cached_wheel(name: str, version: str) -> Path | None:
    stem = name.replace("-", "_")
    for candidate in WHEEL_CACHE.glob("*.whl"):
        dist, wheel_version = candidate.name.split("-")[:2]
        if _canonical(dist) == _canonical(stem) and wheel_version == version:
            return candidate
    return None


def fetch_dependency_wheel(name: str, version: str) -> Path:
    cached = _cached_wheel(name, version)
    if cached:
        return cached
    WHEEL_CACHE.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check",
        "--only-binary=:all:", "--no-deps", "--dest", str(WHEEL_CACHE), f"{name}=={version}",
    ]
    result = subprocess.run(command, capture_output=True, text=True)
    cached = _cached_wheel(name, version)
    if result.returncode != 0 or cached is None:
        raise RuntimeBuildError("build.runtime.download_failed", detail=result.stderr[-2000:], name=name, version=version)
    if not cached.name.endswith("-none-any.whl"):
        raise RuntimeBuildError("build.runtime.not_pure", file=cached.name)
    return cached


def dependency_wheels(checker_wheel: Path) -> list[tuple[Path, str]]:
    """The checker's runtime dependency closure as (wheel, group), pinned by requirements.txt."""
    pins = pinned_requirements()
    groups: dict[str, str] = {}
    found: dict[str, Path] = {}

    def walk(names: list[str], group: str) -> None:
        for name in names:
            if name in found:
                continue
            if name not in pins:
                raise RuntimeBuildError("build.runtime.not_pinned", name=name)
            found[name] = fetch_dependency_wheel(name, pins[name])
            groups[name] = group
            walk(_wheel_requires(found[name]), group)

    direct = _wheel_requires(checker_wheel)
    walk([n for n in direct if n not in ICS_ROOTS], "core")
    walk([n for n in direct if n in ICS_ROOTS], "ics")
    return [(found[name], groups[name]) for name in found]


def write_wheels(site_dir: Path, checker_wheel: Path, dependencies: list[tuple[Path, str]]) -> dict:
    target = site_dir / "wheels"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    entries = []
    for wheel, group in [(checker_wheel, "core"), *dependencies]:
        shutil.copy2(wheel, target / wheel.name)
        entries.append({"file": wheel.name, "size": wheel.stat().st_size, "sha256": _sha256(wheel), "group": group})
    return {"wheels": entries}


def _load_corpus() -> dict:
    from checker.corpus import load_corpus

    return load_corpus(ROOT / "regulations")


def write_corpus(site_dir: Path, corpus: dict) -> dict:
    target = site_dir / "checker" / "corpus.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    # The worked scenarios (scenarios.yml) serve the training pages and the tests, not the engine: leave them out.
    corpus = {**corpus, "regulations": {rid: {k: v for k, v in reg.items() if k != "scenarios"}
                                        for rid, reg in corpus["regulations"].items()}}
    target.write_text(json.dumps(corpus, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return {"file": "checker/corpus.json", "size": target.stat().st_size, "sha256": _sha256(target)}


def write_bundles(site_dir: Path, manifest: dict) -> dict:
    """Byte-compile the wheels for Pyodide into one zip per group (sitegen/bundle_runtime.mjs)."""
    node = shutil.which("node")
    if node is None:
        raise RuntimeBuildError("build.runtime.no_node")
    wheels_dir = site_dir / "wheels"
    out = ROOT / "build" / "bundles"
    shutil.rmtree(out, ignore_errors=True)
    config = {
        "pyodide": str(PYODIDE_SRC),
        "wheels": [{"path": str(wheels_dir / w["file"]), "group": w["group"]} for w in manifest["wheels"]],
        "corpus": str(site_dir / manifest["corpus"]["file"]),
        "out": str(out),
    }
    config_path = ROOT / "build" / "bundle-config.json"
    config_path.write_text(json.dumps(config, indent=1), encoding="utf-8")
    result = subprocess.run([node, str(Path(__file__).with_name("bundle_runtime.mjs")), str(config_path)], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeBuildError("build.runtime.bundles_failed", detail=result.stderr[-4000:])
    report = json.loads(result.stdout.strip().splitlines()[-1])
    bundles = {}
    for group in sorted({w["group"] for w in manifest["wheels"]}):
        source = out / f"{group}.zip"
        target = wheels_dir / f"runtime-{group}.zip"
        shutil.copy2(source, target)
        bundles[group] = {"file": target.name, "size": target.stat().st_size, "sha256": _sha256(target),
                          "files": report["bundles"][group]["files"]}
    manifest["bundle_trace"] = {"scenarios": report["scenarios_traced"], "holidays_countries": report["countries"],
                                "holidays_financial": report["financial"]}
    return bundles


def build_runtime(site_dir: Path, corpus: dict | None = None) -> None:
    """The checker runtime of a built site. corpus: the compiled corpus the pages were built from (one
    build, one corpus); None loads regulations/."""
    # build/ is shared (setuptools' build/lib, the wheel cache, the bundles): two builds at once
    # (a test build next to `make serve`) must not mix their files.
    (ROOT / "build").mkdir(exist_ok=True)
    with open(ROOT / "build" / ".runtime.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        _build_runtime(Path(site_dir), corpus)


def _build_runtime(site_dir: Path, corpus: dict | None = None) -> None:
    copy_pyodide(site_dir)
    checker_wheel = build_checker_wheel()
    manifest = write_wheels(site_dir, checker_wheel, dependency_wheels(checker_wheel))
    if corpus is None:
        corpus = _load_corpus()
    manifest["corpus"] = write_corpus(site_dir, corpus)
    # The first answer before Python boots (fetched by the page, not by the worker: not in download_bytes).
    manifest["quick"] = quick_table.write_tables(site_dir, corpus)
    manifest["bundles"] = write_bundles(site_dir, manifest)
    manifest["pyodide"] = json.loads((PYODIDE_SRC / "package.json").read_text(encoding="utf-8"))["version"]
    # What the worker fetches before it is ready (pyodide*.mjs are imported, not fetched; the "ics" bundle is
    # fetched after the first answer, which does not need it): the progress bar measures the bytes received
    # against this total.
    fetched = [site_dir / "pyodide" / name for name in PYODIDE_FILES if not name.endswith(".mjs")]
    fetched += [site_dir / "wheels" / bundle["file"] for group, bundle in manifest["bundles"].items() if group != "ics"]
    fetched.append(site_dir / manifest["corpus"]["file"])
    manifest["download_bytes"] = sum(path.stat().st_size for path in fetched)
    (site_dir / "wheels" / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str]) -> int:
    site_dir = Path(argv[1]) if len(argv) > 1 else ROOT / "site"
    try:
        build_runtime(site_dir)
    except RuntimeBuildError as error:
        print(f"build_runtime: {error}", file=sys.stderr)
        return 1
    print(both("build.runtime.written", path=site_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

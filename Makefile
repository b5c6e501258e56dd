# One entry point for people and CI. `make serve` and `make test` work on a fresh clone.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# make serve PORT=8001 when 8000 is busy
PORT ?= 8000
VENV_STAMP := $(VENV)/.installed-$(shell cat requirements.txt | md5sum | cut -c1-8)
NODE_STAMP := node_modules/.installed-$(shell cat package-lock.json | md5sum | cut -c1-8)

.PHONY: all venv node chromium firefox validate build serve test bench bench-summary bench-scale mutation mutation-report clean

all: build

$(VENV_STAMP): requirements.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@rm -f $(VENV)/.installed-* && touch $@

venv: $(VENV_STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

node: $(NODE_STAMP)

# Browser tests need Debian's chromium; Playwright cannot download its own browser here.
chromium:
	@bash scripts/ensure_chromium.sh

# The same checker and search tests in a second engine: Debian's firefox-esr, driven by puppeteer-core.
firefox:
	@bash scripts/ensure_firefox.sh

validate: venv
	$(PY) -m checker.corpus regulations

build: venv node
	$(PY) -m sitegen build

serve: build
	$(PY) -m sitegen serve --no-build --port $(PORT)

test: venv node chromium firefox
	$(PY) -m pytest -q

# Every figure of issue 14 against its goal (scripts/bench_goals.py), ending with one summary table, also written
# as Markdown to build/bench/summary.md; each bench's JSON is in build/bench/. Slow: the scale bench alone takes
# about 20 minutes at the default sizes. Shorter: make bench BENCH_SIZES=2,50 BENCH_RUNS=1 BENCH_REVISITS=1
BENCH_DIR := build/bench
BENCH_SIZES ?= 2,50,200,400
BENCH_RUNS ?= 5
BENCH_REVISITS ?= 3
BENCH_FIRST_RUNS ?= 3
BENCH_SNAPSHOT_RUNS ?= 3
bench: build chromium
	$(PY) scripts/bench_summary.py --start --dir $(BENCH_DIR)
	$(PY) scripts/bench_checker.py --runs $(BENCH_RUNS) --revisits $(BENCH_REVISITS) --json $(BENCH_DIR)/checker.json
	$(PY) scripts/bench_checker.py --first-goals --runs $(BENCH_FIRST_RUNS) --json $(BENCH_DIR)/first.json
	node scripts/bench_snapshot.mjs site $(BENCH_SNAPSHOT_RUNS) $(BENCH_DIR)/snapshot.json
	$(PY) scripts/bench_search.py --site site --runs 5 --json $(BENCH_DIR)/search.json
	$(PY) scripts/bench_scale.py --sizes $(BENCH_SIZES) --json $(BENCH_DIR)/scale.json
	$(PY) scripts/bench_summary.py --dir $(BENCH_DIR)

# The summary table again, from the JSON of the last `make bench` (build/bench/).
bench-summary: venv
	$(PY) scripts/bench_summary.py --dir $(BENCH_DIR)

# Mutation testing of checker/engine.py and checker/calendar.py ([tool.mutmut] in pyproject.toml), then the
# score per file and every survivor with its reason (mutation-equivalents.md). Not part of `make test`: it runs
# the engine tests once per mutant (~2,000 mutants; about 4 minutes on an idle 2-core machine).
# MUTATION_JOBS: parallel test runs; MUTATION_KEEP=1 reuses mutmut's cached results in mutants/.
MUTATION_JOBS ?= 2
mutation: venv
	@test "$(MUTATION_KEEP)" = 1 || rm -rf mutants
	$(VENV)/bin/mutmut run --max-children $(MUTATION_JOBS)
	MUTATION_JOBS=$(MUTATION_JOBS) $(PY) scripts/mutation_report.py

mutation-report: venv
	MUTATION_JOBS=$(MUTATION_JOBS) $(PY) scripts/mutation_report.py

# How the build, the pages and the search grow with N synthetic regulations (slow: minutes per size).
bench-scale: venv chromium
	$(PY) scripts/bench_scale.py

clean:
	rm -rf site build dist mutants

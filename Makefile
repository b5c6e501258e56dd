# One entry point for people and CI. `make serve` and `make test` work on a fresh clone.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# make serve PORT=8001 when 8000 is busy
PORT ?= 8000
VENV_STAMP := $(VENV)/.installed-$(shell cat requirements.txt | md5sum | cut -c1-8)
NODE_STAMP := node_modules/.installed-$(shell cat package-lock.json | md5sum | cut -c1-8)

.PHONY: all venv node chromium firefox validate build serve test bench bench-scale mutation mutation-report clean

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

bench: build chromium
	$(PY) scripts/bench_checker.py
	node scripts/bench_snapshot.mjs site 3
	$(PY) scripts/bench_search.py --site site --runs 5

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

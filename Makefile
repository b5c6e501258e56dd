# One entry point for people and CI. `make serve` and `make test` work on a fresh clone.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
VENV_STAMP := $(VENV)/.installed-$(shell cat requirements.txt | md5sum | cut -c1-8)
NODE_STAMP := node_modules/.installed-$(shell cat package-lock.json | md5sum | cut -c1-8)

.PHONY: all venv node chromium firefox validate build serve test bench bench-scale clean

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
	$(PY) -m sitegen serve --no-build --port 8000

test: venv node chromium firefox
	$(PY) -m pytest -q

bench: build chromium
	$(PY) scripts/bench_checker.py

# How the build, the pages and the search grow with N synthetic regulations (slow: minutes per size).
bench-scale: venv chromium
	$(PY) scripts/bench_scale.py

clean:
	rm -rf site build dist

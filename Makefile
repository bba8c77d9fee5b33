# Everything here needs only python3; `make test` is what CI runs (see .ci/run).
PYTHON ?= python3
SHARED ?= ../shared
VENV := .venv
SEED := $(SHARED)/seed/000_e7dce2f3373c69a2.txt

.PHONY: setup demo test bench score

setup: $(VENV)/.installed

# Rebuilt when pyproject.toml changes (new or re-pinned dependency).
$(VENV)/.installed: pyproject.toml
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

# The main job on the seed: what `extract` reads in it, then into the default store ./orbat.db (SQLite):
# ingest, the order of battle before and after the October 2019 defections, and the timeline.
demo: setup
	$(VENV)/bin/orbat extract $(SEED) --published 2019-12-16 --format table
	$(VENV)/bin/orbat ingest $(SEED) --published 2019-12-16
	$(VENV)/bin/orbat show "Jaysh al-Izza" --at 2019-09-01
	$(VENV)/bin/orbat show "Jaysh al-Izza" --at 2020-01-01
	$(VENV)/bin/orbat show "Faylaq al-Sham" --at 2020-01-01
	$(VENV)/bin/orbat timeline "Jaysh al-Izza"

test: setup web
	$(VENV)/bin/python -m pytest -q

bench: setup
	$(VENV)/bin/python bench/speed.py --shared $(SHARED)
	$(VENV)/bin/python bench/kb_speed.py --shared $(SHARED)
	$(MAKE) score

score: setup
	$(PYTHON) $(SHARED)/bench/score.py --set $(SHARED)/bench/dev --cmd "$(VENV)/bin/orbat extract --format json"

# Front-end libraries for `orbat serve` (cytoscape, vis-timeline, swagger-ui), as pinned in package-lock.json.
.PHONY: web
web: node_modules/.package-lock.json

# Without npm the workspace still runs (lists and tables, no graph or timeline); say so and go on.
node_modules/.package-lock.json: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --ignore-scripts --no-audit --no-fund; \
	else echo "make web: npm not found; orbat serve will run without the graph and timeline libraries"; fi

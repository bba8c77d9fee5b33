# Everything here needs only python3; `make test` is what CI runs (see .ci/run).
PYTHON ?= python3
# The shared bench data (seed, dev set, FA-KES corpus, TimeBank): only `make test`, `bench` and `score` read it.
# The tests get it as $ORBAT_SHARED; without it they skip what needs it and say so once.
SHARED ?= ../shared
VENV := .venv
EXAMPLE := examples/jaysh-al-izza-defections.txt
DEMO_DB ?= orbat.db
ORBAT := $(VENV)/bin/orbat

.PHONY: setup setup-test demo test bench score

# The core install: what `make demo`, `orbat serve` and the csv/json exports need.
setup: $(VENV)/.installed
# The test install adds the optional parts the tests cover (see pyproject.toml's extras).
setup-test: $(VENV)/.installed-test

# Rebuilt when pyproject.toml changes (new or re-pinned dependency).
$(VENV)/.installed: pyproject.toml
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

# The main job on the example article (examples/, a crawled page with its widget chrome), all from what
# the repository holds: what `extract` reads in it, then into the store $(DEMO_DB) (SQLite; a second run adds nothing): ingest,
# Jaysh al-Izza's order of battle before and after the October defections, the Sham Legion's after the
# 5th Division joined it, and the timeline.
demo: setup
	$(ORBAT) extract $(EXAMPLE) --published 2019-12-16 --format table
	$(ORBAT) ingest $(EXAMPLE) --published 2019-12-16 --db $(DEMO_DB)
	$(ORBAT) show "Jaysh al-Izza" --at 2019-09-01 --db $(DEMO_DB)
	$(ORBAT) show "Jaysh al-Izza" --at 2020-01-01 --db $(DEMO_DB)
	$(ORBAT) show "Faylaq al-Sham" --at 2020-01-01 --db $(DEMO_DB)
	$(ORBAT) timeline "Jaysh al-Izza" --db $(DEMO_DB)

test: setup-test web
	ORBAT_SHARED="$(SHARED)" $(VENV)/bin/python -m pytest -q

bench: setup-test
	$(VENV)/bin/python bench/speed.py --shared $(SHARED)
	$(VENV)/bin/python bench/kb_speed.py --shared $(SHARED)
	$(MAKE) score

score: setup
	$(PYTHON) $(SHARED)/bench/score.py --set $(SHARED)/bench/dev --cmd "$(VENV)/bin/orbat extract --format json"

# The shipped extraction models (src/orbat/extract/weights), rebuilt deterministically from corpus/'s train
# and dev splits (the FA-KES texts its gold files point at are in $(SHARED)); the test split is not read.
.PHONY: train corpus-score
train: setup-test
	ORBAT_SHARED="$(SHARED)" $(VENV)/bin/python -m orbat.extract.train

# Extraction on the corpus's dev split, per relation type (the frozen test split: add SPLIT=test, to report).
SPLIT ?= dev
corpus-score: setup
	$(VENV)/bin/python bench/corpus_score.py --split $(SPLIT) --by-type --shared $(SHARED)

# Front-end libraries for `orbat serve` (cytoscape, vis-timeline, swagger-ui), as pinned in package-lock.json.
.PHONY: web
web: node_modules/.package-lock.json

# Without npm the workspace still runs (lists and tables, no graph or timeline); say so and go on.
node_modules/.package-lock.json: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --ignore-scripts --no-audit --no-fund; \
	else echo "make web: npm not found; orbat serve will run without the graph and timeline libraries"; fi

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

demo: setup
	$(VENV)/bin/orbat extract $(SEED) --published 2019-12-16 --format table

test: setup
	$(VENV)/bin/python -m pytest -q

bench: setup
	$(VENV)/bin/python bench/speed.py --shared $(SHARED)
	$(MAKE) score

score: setup
	$(PYTHON) $(SHARED)/bench/score.py --set $(SHARED)/bench/dev --cmd "$(VENV)/bin/orbat extract --format json"

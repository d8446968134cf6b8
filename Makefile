# HyteDesk — every set-up step is here, so a fresh machine needs only `make run` / `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
PRESET ?=

.PHONY: run test test-fast lint bench installer installer-test system-deps clean forms translations

$(STAMP): pyproject.toml
	@bash scripts/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,packaging]"
	touch $(STAMP)

system-deps:
	@bash scripts/system-deps.sh

run: $(STAMP)
	$(BIN)/hytedesk

test: $(STAMP)
	@bash scripts/system-deps.sh
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check hytedesk tests benchmarks packaging resources
	$(BIN)/mypy

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

installer: $(STAMP)
	$(BIN)/python packaging/build.py $(if $(PRESET),--preset $(PRESET),)

installer-test: installer
	$(BIN)/python packaging/build.py --test-only $(if $(PRESET),--preset $(PRESET),)

clean:
	rm -rf build dist bench-out .pytest_cache .mypy_cache .ruff_cache

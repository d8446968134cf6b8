# HyteDesk — every set-up step is here, so a fresh machine needs only `make run` / `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
PRESET ?=

.PHONY: run test test-fast fuzz lint bench installer installer-test system-deps clean ui translations \
	screenshots

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

# The suite without the tests marked slow (crash loops, the frozen build, the wheel).
test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow"

# The property-based tests as a long campaign: FUZZ_EXAMPLES (default 3000) per property,
# new random examples each run; a failing example is saved in .hypothesis/ and replayed first.
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q \
		--hypothesis-show-statistics tests/test_properties.py

# Compiled Designer forms and .qm translations from ui/*.ui and the .ts sources.
ui: $(STAMP)
	$(BIN)/python scripts/build_ui.py

# The same, after refreshing the .ts sources from the code (new strings come untranslated).
translations: $(STAMP)
	$(BIN)/python scripts/build_ui.py --lupdate

# Every page at 1024×600, 1366×768 and 150 %, in fi and sv, into docs/screenshots/window/.
screenshots: $(STAMP)
	$(BIN)/python -m tests.ui.screenshots

lint: $(STAMP)
	$(BIN)/ruff check hytedesk tests benchmarks packaging scripts
	$(BIN)/mypy

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

installer: $(STAMP)
	$(BIN)/python packaging/build.py $(if $(PRESET),--preset $(PRESET),)

installer-test: installer
	$(BIN)/python packaging/build.py --test-only $(if $(PRESET),--preset $(PRESET),)

clean:
	rm -rf build dist bench-out .pytest_cache .mypy_cache .ruff_cache

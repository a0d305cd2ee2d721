# Two entry points: `make demo` runs the pipeline on embedded defaults, `make test` runs every
# check. Both create the virtualenv and install what is missing first; both are safe to rerun.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: demo test lint install clean-state

demo: $(INSTALLED)
	$(BIN)/swv-intake demo

test: $(INSTALLED) lint
	$(BIN)/pytest

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/mypy

install: $(INSTALLED)

$(INSTALLED): pyproject.toml scripts/install-debian-packages debian-packages.txt
	scripts/install-debian-packages debian-packages.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=25.1"
	$(BIN)/python -m pip install --quiet --editable . --group dev
	touch $@

clean-state:
	rm -rf .state

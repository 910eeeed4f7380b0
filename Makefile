# eventwire: the two commands a new user needs are `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip

.PHONY: install demo test bench clean

install: $(BIN)/eventwire

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# Re-install whenever the project's dependencies change.
$(BIN)/eventwire: $(BIN)/python pyproject.toml
	$(PIP) install --quiet -e ".[dev]"
	@touch $@

demo: install
	@echo "== extracting the sample pages in examples/ =="
	$(BIN)/eventwire extract examples/ --format table

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/extraction.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache

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
	@echo "== 1. the articles eventwire reads from the sample pages in examples/ =="
	$(BIN)/eventwire extract examples/ --format table
	@echo "== 2. extract, enrich and code them into eventwire-demo.duckdb =="
	$(BIN)/eventwire run examples/ --db eventwire-demo.duckdb
	@echo "== 3. the events stored =="
	$(BIN)/eventwire events --db eventwire-demo.duckdb --format table

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python bench/extraction.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache

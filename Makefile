# eventwire: the two commands a new user needs are `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip

.PHONY: install demo test bench clean chromium

install: $(BIN)/eventwire

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# Re-install whenever the project's dependencies change.
$(BIN)/eventwire: $(BIN)/python pyproject.toml
	$(PIP) install --quiet -e ".[dev,spark,web]"
	@touch $@

demo: install
	@echo "== 1. the articles eventwire reads from the sample pages in examples/ =="
	$(BIN)/eventwire extract examples/ --format table
	@echo "== 2. extract, enrich and code them into eventwire-demo.duckdb =="
	$(BIN)/eventwire run examples/ --db eventwire-demo.duckdb
	@echo "== 3. the events stored =="
	$(BIN)/eventwire events --db eventwire-demo.duckdb --format table
	@echo "== 4. look at them in a browser: $(BIN)/eventwire serve, then open http://127.0.0.1:8000/ =="

test: install chromium
	$(BIN)/python -m pytest -q

# The browser tests drive Debian's Chromium: installed here when missing and we are root. Never
# fatal: without it those tests are skipped with a message saying so.
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "== installing Debian's chromium for the browser tests =="; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1 \
	      || echo "note: could not install chromium; the browser tests will be skipped"; \
	  else echo "note: /usr/bin/chromium is missing (install it as root); the browser tests will be skipped"; fi; \
	fi

bench: install
	$(BIN)/python bench/extraction.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache

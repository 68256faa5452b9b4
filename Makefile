# negograph: `make demo` builds the seed article, `make test` runs the tests,
# `make bench` prints the benchmark table. Each creates .venv when it is missing
# and installs the package once (again only when pyproject.toml changes).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT ?= out

.PHONY: demo test bench clean help

help:
	@echo "make demo   build seeds/ into $(OUT)/ and show where the results are"
	@echo "make test   run the test suite"
	@echo "make bench  run the benchmarks (several minutes) and print one table"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/negograph build seeds/ --out $(OUT)/
	@echo
	@echo "Results in $(OUT)/:"
	@for f in positions.html compare.html store statements.jsonl graph.trig; do \
	  if [ -e "$(OUT)/$$f" ]; then echo "  $(OUT)/$$f"; fi; \
	done
	@if [ -e "$(OUT)/positions.html" ]; then echo "Open $(OUT)/positions.html in a browser to explore the positions."; fi

test: $(STAMP)
	@if [ -f .ci/ensure-chromium ]; then bash .ci/ensure-chromium; fi
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(OUT) .pytest_cache bench/results

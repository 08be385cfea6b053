# Rashomon: `make demo` runs the bundled example, `make test` runs lint and the tests.
# Both create .venv and install pinned dependencies first (constraints.txt).

VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
PYTHON  ?= python3
DEMO_DB := build/lima-1996.db

.PHONY: install demo test lint clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	# the CPU build of PyTorch first, so nothing later pulls a CUDA build
	$(BIN)/python -m pip install -q -c constraints.txt torch==2.13.0
	$(BIN)/python -m pip install -q -c constraints.txt -e ".[embed,test]"
	# Debian's chromium for the browser tests (skipped, with a reason, where it cannot be installed)
	command -v chromium >/dev/null || apt-get install -y -q chromium >/dev/null \
		|| (apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null) \
		|| echo "chromium could not be installed: the browser tests will be skipped"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/rashomon run examples/lima-1996 --db $(DEMO_DB)
	$(BIN)/rashomon report --db $(DEMO_DB) -o build/lima-1996.html
	$(BIN)/rashomon export --db $(DEMO_DB) --format json -o build/lima-1996.json

lint: $(STAMP)
	$(BIN)/ruff check rashomon tests
	$(BIN)/ruff format --check rashomon tests

test: lint
	$(BIN)/pytest -q

clean:
	rm -rf build $(VENV)

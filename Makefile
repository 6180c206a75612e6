# Two commands do all the set-up on a fresh machine:
#   make demo   creates .venv, installs everything, runs the extractor over examples/
#   make test   the same install, then the test suite (which builds the documentation strictly)
#   make docs   the documentation site, built strictly into site/ (.venv/bin/mkdocs serve to browse it)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.deps-stamp

.PHONY: demo test docs install system-deps benchmark benchmark-scale fuzz clean

# Debian packages for plots and the HTML report's browser test: a CJK font (plot labels) and
# headless Chromium. Installed with apt-get as root where missing; skipped where present, and
# skipped with a notice where there is no apt-get or no root (the tests that need them then fail).
SYSTEM_PACKAGES := fonts-wqy-microhei chromium chromium-driver
system-deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	  echo "installing$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends$$missing >/dev/null; \
	else echo "note: please install$$missing (apt-get needs root)"; fi

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip setuptools wheel

# Third-party packages. pkuseg 0.0.25 builds only with numpy and cython already present,
# so it is installed without build isolation; it ships its own model (nothing downloads at run time).
$(STAMP): $(BIN)/python setup.cfg
	$(BIN)/pip install --quiet numpy cython
	$(BIN)/pip install --quiet --no-build-isolation "pkuseg>=0.0.25"
	$(BIN)/pip install --quiet ".[test,parquet,dask,plot,train,docs]"
	touch $(STAMP)

# The package itself, rebuilt as a wheel and installed non-editable every time, exactly as users get it.
# setuptools reuses build/: a module moved or removed since the last build would be installed again from it.
install: $(STAMP) system-deps
	rm -rf build
	$(BIN)/pip install --quiet --no-deps --force-reinstall .

demo: install
	$(BIN)/slogans extract examples/speeches --format csv -o examples/report.csv
	$(BIN)/python -c "import pandas as pd; pd.set_option('display.width', 200); pd.set_option('display.max_colwidth', 40); print(pd.read_csv('examples/report.csv', keep_default_na=False).drop(columns=['components']).to_string(index=False))"

test: install
	cd tests && ../$(BIN)/python -m pytest -q

# tests/test_docs.py runs the same strict build, so `make test` fails on a broken page, link or anchor.
docs: install
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

benchmark: install
	$(BIN)/python benchmarks/throughput.py

benchmark-scale: install
	$(BIN)/python benchmarks/scale.py

# 100,000 generated texts through each segmenter, every invariant checked (see slogans/invariants.py)
fuzz: install
	$(BIN)/python benchmarks/fuzz.py --count 100000

clean:
	rm -rf $(VENV) build site *.egg-info

# Stoa: one Makefile for setting up, running and testing the site.
# Only Python 3.12+ and make are needed; everything else is installed into .venv from requirements.lock.

SHELL := /bin/bash
.DEFAULT_GOAL := help

PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
PYENV_ROOT ?= $(HOME)/.pyenv
WANT := $(shell cat .python-version 2>/dev/null || echo 3.13)

# Find a Python: the version in .python-version first (on PATH or in a pyenv tree, which a
# non-interactive shell has no shims for), then any Python 3.12 or newer.
define find_python
for c in python$(WANT) $(PYENV_ROOT)/versions/$(WANT)*/bin/python3 python3.14 python3.13 python3.12 python3; do \
  p=$$(command -v $$c 2>/dev/null) || continue; \
  $$p -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null && { echo $$p; break; }; \
done
endef

.PHONY: help install run test lint format check pytest e2e test-services lock screenshots bench train train-blog clean

help:
	@echo "make run    - install, migrate, load the demo blog and serve it on http://127.0.0.1:$(PORT)"
	@echo "make test   - install, lint, check, makemigrations --check and the whole pytest suite"
	@echo "make lock   - re-resolve requirements.lock from pyproject.toml (needs uv)"
	@echo "make bench  - run every benchmark in benchmarks/"
	@echo "make screenshots - refresh docs/screenshots/ with Chromium"
	@echo "make train  - retrain both policy models (the public one needs ../shared/datasets)"
	@echo "make train-blog - retrain the blog model from the repository's own comments"

install: $(STAMP)

$(STAMP): requirements.lock
	@py=$$($(find_python)); \
	if [ -z "$$py" ]; then \
	  echo "error: Stoa needs Python 3.12 or newer (3.13 preferred, see .python-version)." >&2; \
	  echo "Install it (e.g. 'pyenv install 3.13' or your OS package) and run make again." >&2; \
	  exit 1; \
	fi; \
	if [ ! -x $(PY) ] || ! $(PY) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)'; then \
	  echo "Creating $(VENV) with $$py"; rm -rf $(VENV); $$py -m venv $(VENV) || exit 1; \
	fi
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	@touch $(STAMP)

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: install
	$(PY) manage.py check --fail-level WARNING
	$(PY) manage.py makemigrations --check --dry-run

pytest: install
	@if [ -x /usr/bin/chromium ]; then \
	  $(BIN)/pytest; \
	else \
	  echo "NOTE: /usr/bin/chromium not found: the browser suite (tests/e2e) is SKIPPED."; \
	  echo "      Install Debian's chromium (apt-get install chromium) to run it."; \
	  $(BIN)/pytest --ignore=tests/e2e; \
	fi

test: lint check pytest

# The suite against PostgreSQL and Redis (what .ci/run does after `make test`).
test-services: install
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} \
	REDIS_URL=$${REDIS_URL:-redis://127.0.0.1:6379/0} STOA_REQUIRE_SERVICES=1 \
	$(BIN)/pytest --ignore=tests/e2e

lock:
	uv pip compile pyproject.toml --group dev --universal --python-version 3.12 --generate-hashes -o requirements.lock

screenshots: install
	$(PY) -m benchmarks.screenshots

bench: install
	$(PY) -m benchmarks.screening
	$(PY) -m benchmarks.screening_worst
	$(PY) -m benchmarks.article_page
	$(PY) -m benchmarks.queue_page
	@if [ -x /usr/bin/chromium ]; then $(PY) -m benchmarks.browser_speed; \
	else echo "NOTE: /usr/bin/chromium not found: browser_speed skipped"; fi

train: install
	$(PY) manage.py train_policy_model
	$(PY) manage.py train_blog_model

# The blog model alone: its data is in the repository, so this runs on a clone.
train-blog: install
	$(PY) manage.py train_blog_model

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache htmlcov .coverage

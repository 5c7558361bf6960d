# 调解台 Mediation Desk — developer entry points. See docs/development.md.
#
#   make run     install (system packages + .venv) and launch the app
#   make test    install, lint, run the test suite on SQLite, then the PostgreSQL tests
#   make setup   install only        make lock   refresh requirements.lock
#   make bench   benchmarks          make dist   PyInstaller bundle from build.spec
#   make dist-smoke   build the bundle and run its self-test
#   make clean   remove .venv and build outputs

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
LOCK := requirements.lock
PG_CLUSTER := scripts/pg-test-cluster.sh

# Arguments for the SQLite pass and for the PostgreSQL pass of `make test`. Tests that run
# against PostgreSQL carry the `pg` marker: the first pass leaves them out, the second pass
# runs only them (PYTEST_PG_ARGS= runs the whole suite with the PostgreSQL URL set).
PYTEST_ARGS ?= -m "not pg"
# The GUI tests run on SQLite only: the GUI reaches PostgreSQL through the same services,
# which the pg pass covers.
PYTEST_PG_ARGS ?= -m pg --ignore=tests/ui
# Arguments for the app in `make run`, e.g. make run ARGS="--lang en".
ARGS ?=
# `make lock UPGRADE=1` moves every pin to the newest allowed version.
UPGRADE ?=

export PYTHON VENV

.PHONY: help setup run test lint bench dist dist-smoke lock train-risk-model clean

help:
	@sed -n '3,8p' Makefile | sed 's/^# \{0,1\}//'

setup:
	@bash scripts/setup-debian.sh

run:
	@if [ -z "$${DISPLAY:-}" ] && [ -z "$${WAYLAND_DISPLAY:-}" ] && [ -z "$${QT_QPA_PLATFORM:-}" ]; then \
	    echo "没有图形显示（DISPLAY 和 WAYLAND_DISPLAY 均未设置），无法打开窗口。" >&2; \
	    echo "  在虚拟显示中运行：       xvfb-run -a make run" >&2; \
	    echo "  或不显示窗口（无头）运行：QT_QPA_PLATFORM=offscreen make run" >&2; \
	    echo "No display (neither DISPLAY nor WAYLAND_DISPLAY is set), so no window can open." >&2; \
	    echo "  Run on a virtual display: xvfb-run -a make run" >&2; \
	    echo "  Or run headless:          QT_QPA_PLATFORM=offscreen make run" >&2; \
	    exit 2; \
	fi
	@$(MAKE) --no-print-directory setup
	$(BIN)/mediation-app $(ARGS)

lint: setup
	$(BIN)/ruff check .

# pytest exit code 5 means "no tests collected": not a failure for this target.
test: export QT_QPA_PLATFORM := offscreen
test: lint
	@echo "== pytest (SQLite) =="
	@rc=0; env -u MEDIATION_TEST_PG_URL $(BIN)/pytest $(PYTEST_ARGS) || rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest: no tests collected (SQLite pass)"; rc=0; fi; \
	exit $$rc
	@echo "== pytest (PostgreSQL: $(or $(PYTEST_PG_ARGS),whole suite)) =="
	@trap 'bash $(PG_CLUSTER) stop' EXIT; \
	url=$$(bash $(PG_CLUSTER) start); \
	rc=0; MEDIATION_TEST_PG_URL="$$url" $(BIN)/pytest $(PYTEST_PG_ARGS) || rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest: no tests selected (PostgreSQL pass)"; rc=0; fi; \
	exit $$rc

bench: setup
	@[ -f benchmarks/__main__.py ] || { echo "benchmarks/__main__.py does not exist yet" >&2; exit 1; }
	$(BIN)/python -m benchmarks $(ARGS)

dist: setup
	$(BIN)/pyinstaller --noconfirm --clean build.spec

# Build the one-folder bundle and run its self-test (store, case, agreement PDF, signed
# monthly export, GUI offscreen) with the frozen executable.
dist-smoke: export QT_QPA_PLATFORM := offscreen
dist-smoke: dist
	dist/mediation-app/mediation-app-cli --version
	dist/mediation-app/mediation-app-cli --self-test

# Re-resolve pyproject.toml into requirements.lock with pip-tools (in its own venv so
# that pip-tools is not part of the locked environment). Without UPGRADE=1 existing pins
# are kept and only new or changed requirements are resolved.
lock:
	@[ -x build/lock-venv/bin/pip-compile ] || { \
	    $(PYTHON) -m venv build/lock-venv && \
	    build/lock-venv/bin/python -m pip install --quiet --upgrade pip pip-tools; }
	build/lock-venv/bin/pip-compile --quiet $(if $(UPGRADE),--upgrade) \
	    --generate-hashes --allow-unsafe --strip-extras \
	    --no-emit-index-url --no-emit-find-links \
	    --extra test --extra build -o $(LOCK) pyproject.toml

# Retrain resources/risk/model.json from the six development sets (see docs/risk.md).
# scikit-learn is a developer tool, not an application dependency: it lives in its own
# venv. CV=1 prints the leave-one-set-out table instead of writing the model.
SKLEARN_PIN := scikit-learn==1.9.1
train-risk-model:
	@[ -x build/train-venv/bin/python ] || $(PYTHON) -m venv build/train-venv
	build/train-venv/bin/python -m pip install --quiet "$(SKLEARN_PIN)"
	build/train-venv/bin/python scripts/train_risk_model.py $(if $(CV),--cross-validate)

clean:
	-@bash $(PG_CLUSTER) stop 2>/dev/null
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .hypothesis tests/artifacts *.egg-info
	find . -path ./.git -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

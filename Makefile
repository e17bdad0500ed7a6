# Two commands for a new machine:  `make demo`  and  `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# Tests run on PostgreSQL; point DATABASE_URL elsewhere to use another server.
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/adal

.PHONY: demo test system-deps venv assets messages lint check worker beat clean bench

system-deps:
	@bash .ci/system-deps.sh $(SYSTEM_DEPS_FLAGS)

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@touch $@

venv: $(BIN)/.installed

# Front-end packages from the npm registry, pinned by package-lock.json, served as static files.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	@touch $@

assets: node_modules/.installed

messages: venv
	$(MANAGE) compilemessages -v0 --ignore=.venv

demo: system-deps venv assets messages
	DJANGO_SETTINGS_MODULE=lms.settings.dev $(MANAGE) migrate --noinput -v0
	DJANGO_SETTINGS_MODULE=lms.settings.dev $(MANAGE) load_demo
	@echo ""
	@echo "Adal is running at http://$(HOST):$(PORT)/  (sign in at http://$(HOST):$(PORT)/accounts/login/)"
	@echo "Demo accounts, password Adal-demo-2026:"
	@echo "  servant@example.com    a servant part-way through this year's course"
	@echo "  certified@example.com  a servant who holds a valid certificate"
	@echo "  hr@example.com         HR officer of the Aviation Administration"
	@echo "  organiser@example.com  course editor"
	@echo "  admin@example.com      administrator (/admin/)"
	DJANGO_SETTINGS_MODULE=lms.settings.dev $(MANAGE) runserver $(HOST):$(PORT)

test: system-deps venv assets messages
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} $(BIN)/pytest $(PYTEST_ARGS)

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates
	$(BIN)/lint-imports

check: venv assets
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

worker: venv
	$(BIN)/celery -A lms worker --loglevel INFO

beat: venv
	$(BIN)/celery -A lms beat --loglevel INFO

clean:
	rm -rf $(VENV) node_modules db.sqlite3 var media staticfiles

# Benchmarks at national scale (bench/README_SECTION.md): its own PostgreSQL database
# (adal_bench), Redis databases 13 (cache) and 14 (broker), gunicorn on 127.0.0.1:8100.
# One part alone: `make bench BENCH_PARTS=dashboard`.
BENCH_PARTS ?=
bench: system-deps venv assets messages
	$(BIN)/python -m bench $(BENCH_PARTS)

# Two commands for a new machine:  `make demo`  and  `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# Tests run on PostgreSQL; point DATABASE_URL elsewhere to use another server.
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/adal

.PHONY: demo test test-dates system-deps venv assets messages lint check worker beat clean bench \
	cluster-test cluster-bench

system-deps:
	@bash .ci/system-deps.sh $(SYSTEM_DEPS_FLAGS)

# Python packages: exact versions with hashes in requirements.lock, compiled by pip-compile
# from pyproject.toml (the dependencies and the dev extra); the project itself is added on top.
LOCK := requirements.lock
PIP_COMPILE := CUSTOM_COMPILE_COMMAND="make lock" $(BIN)/pip-compile --quiet --extra dev \
	--strip-extras --allow-unsafe --generate-hashes \
	--no-emit-index-url --no-emit-find-links --no-emit-trusted-host

$(BIN)/.installed: $(LOCK) pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --require-hashes -r $(LOCK)
	$(BIN)/pip install -q --no-deps -e .
	@touch $@

venv: $(BIN)/.installed

.PHONY: lock lock-check

# After changing the dependencies in pyproject.toml. Pins already in the lock are kept;
# `make lock UPGRADE=1` moves every pin to the newest release the bounds allow.
lock: venv
	$(PIP_COMPILE)$(if $(UPGRADE), --upgrade) --output-file $(LOCK) pyproject.toml

# Fails when requirements.lock no longer matches pyproject.toml (a dependency added, removed
# or re-bounded without `make lock`): compiles a copy of the lock, compares all but the header.
lock-check: venv
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && cp $(LOCK) "$$tmp/lock" && \
	$(PIP_COMPILE) --output-file "$$tmp/lock" pyproject.toml && \
	sed '1,/^[^#]/{/^#/d}' $(LOCK) >"$$tmp/old" && sed '1,/^[^#]/{/^#/d}' "$$tmp/lock" >"$$tmp/new" && \
	if diff -u --label $(LOCK) --label 'compiled from pyproject.toml' "$$tmp/old" "$$tmp/new"; then \
		echo "$(LOCK) matches pyproject.toml"; \
	else \
		echo "$(LOCK) does not match pyproject.toml: run 'make lock' and commit the result" >&2; \
		exit 1; \
	fi

# Front-end packages from the npm registry, pinned by package-lock.json, served as static files.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	@touch $@

assets: node_modules/.installed

messages: venv
	$(MANAGE) compilemessages -v0 --ignore=.venv

# The demo's address (HOST, PORT) is also the one certificates (QR code, printed link) and
# mails give, and a host the demo answers to.
DEMO_ENV = DJANGO_SETTINGS_MODULE=lms.settings.dev SITE_URL=http://$(HOST):$(PORT) \
	DJANGO_ALLOWED_HOSTS="localhost,127.0.0.1,[::1],$(HOST)"

demo: system-deps venv assets messages
	$(DEMO_ENV) $(MANAGE) migrate --noinput -v0
	$(DEMO_ENV) $(MANAGE) load_demo
	@echo ""
	@echo "Adal is running at http://$(HOST):$(PORT)/  (sign in at http://$(HOST):$(PORT)/accounts/login/)"
	@echo "Demo accounts, password Adal-demo-2026:"
	@echo "  servant@example.com    a servant part-way through this year's course"
	@echo "  certified@example.com  a servant who holds a valid certificate"
	@echo "  hr@example.com         HR officer of the Aviation Administration"
	@echo "  organiser@example.com  course editor"
	@echo "  admin@example.com      administrator (/admin/)"
	$(DEMO_ENV) $(MANAGE) runserver $(HOST):$(PORT)

# The whole suite, browser journeys included: Debian's Chromium is installed with the rest.
test: SYSTEM_DEPS_FLAGS = --browser
test: system-deps venv assets messages
	DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} $(BIN)/pytest $(PYTEST_ARGS)

# The tests whose outcome could depend on the day, run with the clock at each of these days
# (tests/clock.py). The browser journeys, the real worker and the fault tests read the real
# clock in other processes and run in `make test` only. Two days run at once, each on its own
# database (TEST_DATES_JOBS=1 runs them one after another).
TEST_DATES ?= 2026-01-01 2026-06-30 2026-12-03 2026-12-31
DATE_SENSITIVE ?= tests --ignore=tests/browser --ignore=tests/faults --ignore=tests/bench \
	--ignore=tests/security/test_form_fuzz.py --ignore=tests/security/test_properties.py \
	--ignore=tests/cms/test_demo_dates.py -m "not browser and not real_clock"
test-dates: system-deps venv assets messages
	TEST_DATES="$(TEST_DATES)" DATABASE_URL=$${DATABASE_URL:-$(TEST_DATABASE_URL)} \
		bash .ci/test-dates.sh $(BIN)/pytest -- -q $(DATE_SENSITIVE) $(PYTEST_ARGS)

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

# Benchmarks at national scale (docs/performance.md): its own PostgreSQL database
# (adal_bench), Redis databases 13 (cache) and 14 (broker), gunicorn on 127.0.0.1:8100.
# One part alone: `make bench BENCH_PARTS=dashboard`.
BENCH_PARTS ?=
bench: system-deps venv assets messages
	$(BIN)/python -m bench $(BENCH_PARTS)

# The project on real hosts (README: "Shown with real hosts"), as root: network namespaces
# adalc-* on 10.77.0.0/24 with their own PostgreSQL (initdb), Redis, two gunicorn web hosts,
# two Celery worker hosts and nginx in front; servants' journeys through the balancer, a web
# host and a worker killed mid-run. Torn down at the end, on failure, Ctrl-C or timeout.
# Figures into bench/RESULTS.md (the "cluster" part). Size: ADAL_CLUSTER_SERVANTS (100),
# ADAL_CLUSTER_SINGLE_SERVANTS (25), with CLUSTER_TIMEOUT seconds in all (the harness stops
# itself 20 s before); ADAL_CLUSTER_KEEP=1 keeps the logs.
CLUSTER_TIMEOUT ?= 360
cluster-test: system-deps venv assets messages
	ADAL_CLUSTER_TIME_LIMIT=$$(( $(CLUSTER_TIMEOUT) - 20 )) \
		timeout --kill-after=15 --signal=INT $(CLUSTER_TIMEOUT) $(BIN)/python -m cluster

# Certificate rendering on worker hosts (`python -m cluster render`, as root): the db host and
# ADAL_CLUSTER_RENDER_CERTS (600) certificates, then `regenerate_certificates --wait` with one
# worker host, then with two (a Celery worker of one process each); signed certificates/s for
# each, the ratio and the chunks each host took, into bench/RESULTS.md ("cluster_render").
# A benchmark: run it on a quiet box.
CLUSTER_BENCH_TIMEOUT ?= 900
cluster-bench: system-deps venv messages
	ADAL_CLUSTER_TIME_LIMIT=$$(( $(CLUSTER_BENCH_TIMEOUT) - 20 )) \
		timeout --kill-after=15 --signal=INT $(CLUSTER_BENCH_TIMEOUT) $(BIN)/python -m cluster render

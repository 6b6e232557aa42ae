PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed


.PHONY: model eval
.PHONY: install lock audit run test lint typecheck kb-lint pytest bench clean

install: $(STAMP)

# Every dependency (runtime and test) from the lock, each file checked against its hash; then the
# project itself, without resolving anything (setuptools and wheel come from the lock).
$(STAMP): pyproject.toml requirements.lock
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -m compileall -q bot  # as pip does for an installed package: start from bytecode
	touch $(STAMP)

# Re-pin after changing dependencies in pyproject.toml (pip-tools is pinned in the test extras).
lock: install
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --extra test \
		--no-emit-index-url --no-emit-find-links -o requirements.lock pyproject.toml

# Known vulnerabilities in the lock (pip-audit); skipped with a clear line when offline.
audit: install
	$(BIN)/python .ci/audit.py

run: install
	$(BIN)/ai-coach serve

lint: install
	$(BIN)/ruff check bot tests bench
	$(BIN)/ruff format --check bot tests bench

typecheck: install
	$(BIN)/mypy bot
	$(BIN)/lint-imports

# Train the classifier on knowledge/examples/ (deterministic; kb lint fails when it is stale).
model: install
	$(BIN)/ai-coach kb train

# Held-out evaluation: each voice of the corpus predicted by a model trained on the others.
eval: install
	$(BIN)/ai-coach kb eval --out bench/results

kb-lint: install
	$(BIN)/ai-coach kb lint

pytest: install
	$(BIN)/pytest -q

test: lint typecheck kb-lint pytest

bench: install
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache

# Two commands for a fresh clone: `make run` starts the app, `make test` runs the tests.
# `make run ARGS="--language ja"` passes options to the app.
# Each creates the virtual environment in .venv when it is missing or out of date.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test screenshots bench pretrain

# Every extra the tests use is installed (test, tensorboard, jax), so `make test` skips nothing for want of one.
EXTRAS := test,tensorboard,jax

$(STAMP): pyproject.toml constraints.txt
	@echo "Setting up $(VENV): downloading TensorFlow, Keras, PySide6 and the test tools (about 2 GB;"
	@echo "a few minutes the first time, then never again unless pyproject.toml or constraints.txt change)."
	@start=$$(date +%s) && $(PYTHON) -m venv $(VENV) && \
	$(BIN)/python -m pip install --disable-pip-version-check --progress-bar on -c constraints.txt -e ".[$(EXTRAS)]" && \
	echo "$(VENV) is ready (took $$(( $$(date +%s) - start )) s)."
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/python main.py $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

pretrain: $(STAMP)
	$(BIN)/python -m ae_models.cli.pretrain --resume

# Two commands do all set-up on a fresh machine: `make run` and `make test`.
# Each creates the virtual environment on first use.
PYTHON  ?= python3
VENV    ?= .venv
PY      := $(VENV)/bin/python
INPUT   ?= seeds
OUTPUT  ?= outputs
CORPORA ?= ../shared/corpora
MODEL_DIR := models/nl_nlie_news

.PHONY: setup run test eval eval-ner train bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@$(PY) -m spacy download nl_core_news_sm >/dev/null 2>&1 \
	  && echo "nl_core_news_sm installed; it is used unless --model says otherwise." \
	  || echo "nl_core_news_sm could not be installed (offline?); using the bundled model in $(MODEL_DIR)."
	@touch $@

setup: $(VENV)/.installed

run: setup
	$(VENV)/bin/nlie run $(INPUT) -o $(OUTPUT)

test: setup
	$(PY) -m pytest -q

eval: setup
	$(VENV)/bin/nlie eval

eval-ner: setup
	$(PY) models/recipe/eval_ner.py --corpora $(CORPORA) --model $(MODEL_DIR)

train: setup
	$(PY) -m pip install --quiet -e '.[train]'
	$(PY) models/recipe/train.py --corpora $(CORPORA) --output $(MODEL_DIR)

bench: setup
	$(PY) benchmarks/run.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache

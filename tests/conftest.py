"""Shared pytest fixtures. Keep them general: one fixture, one purpose, documented.

Models
------
The bundled model (models/nl_nlie_news) is trained by `make train` and may be missing,
so tests that only need *a* pipeline take one of these model paths and pass it on as
`RunConfig(model=...)` or `--model`:

* `model_path`: the model `pipeline.nlp.resolve_model()` picks when it exists and loads,
  else a blank Dutch pipeline;
* `blank_model_path`: always the blank Dutch pipeline (spacy.blank("nl") + sentencizer),
  fast and independent of training; use it when extraction content does not matter.
"""

from __future__ import annotations

from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parent.parent
SEEDS_DIR = PROJECT_DIR / "seeds"


@pytest.fixture(scope="session")
def blank_model_path(tmp_path_factory) -> str:
    """A blank Dutch spaCy pipeline with a sentencizer, saved once per session."""
    import spacy

    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    nlp.meta["name"] = "blank_test"
    path = tmp_path_factory.mktemp("models") / "nl_blank_test"
    nlp.to_disk(path)
    return str(path)


@pytest.fixture(scope="session")
def model_path(blank_model_path) -> str:
    """The resolved product model if one is available and loads, else the blank pipeline."""
    from pipeline.nlp import ModelNotFound, load_model, resolve_model

    try:
        name_or_path, _ = resolve_model()
        load_model(name_or_path)
    except (ModelNotFound, OSError, ValueError):
        return blank_model_path
    return name_or_path


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    """The seed articles (seeds/*.txt), sorted."""
    return sorted(SEEDS_DIR.glob("*.txt"))

"""Configuration in one place: paths, model choice and run settings.

Every default can be overridden from the command line (pipeline.cli) or the
environment; nothing else in the package reads the environment.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent

# Bump when a change to the rules or the output format changes what a document yields:
# the per-document cache is keyed on it.
PIPELINE_VERSION = "0.1.0"

#: The official spaCy Dutch pipeline, used when installed.
OFFICIAL_MODEL = "nl_core_news_sm"
#: The pipeline trained by this project (`make train`), shipped in the repository.
BUNDLED_MODEL_DIR = Path(os.environ.get("NLIE_BUNDLED_MODEL", PROJECT_DIR / "models" / "nl_nlie_news"))
#: Annotated corpora (see ../shared/README.md); only training and evaluation read them.
CORPORA_DIR = Path(os.environ.get("NLIE_CORPORA", PROJECT_DIR.parent / "shared" / "corpora"))
SEEDS_DIR = PROJECT_DIR / "seeds"
DEFAULT_OUTPUT_DIR = PROJECT_DIR / "outputs"


@dataclass(frozen=True)
class RunConfig:
    """Settings of one run of the pipeline."""

    model: Optional[str] = None  # package name or path; None = resolve (see pipeline.nlp)
    batch_size: int = 16  # articles per nlp.pipe batch: as fast as 64 on the bundled model, half the peak memory (benchmarks/)
    workers: int = 1
    default_date: Optional[str] = None  # for inputs without a date header, YYYY-MM-DD
    strict: bool = False
    skip_non_dutch: bool = False
    use_cache: bool = True
    quiet: bool = False
    engine: str = "local"  # "local" (process pool over batches) or "dask"
    scheduler: Optional[str] = None  # dask scheduler address; None = a LocalCluster on 127.0.0.1

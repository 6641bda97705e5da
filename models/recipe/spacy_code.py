"""`spacy train --code` hook: registers the project's architectures and components
(nlie.GazetteerHashEmbed.v1, nlie_doc_consistency), which live in pipeline/nlp.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import pipeline.nlp  # noqa: E402,F401

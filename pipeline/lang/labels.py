"""Model entity labels -> product entity labels (PER, ORG, LOC, EVENT, MISC).

Data only; `pipeline.nlp.product_label` applies it. A label mapped to None is not an
entity for the product. Labels not listed here are unknown and also give None.
"""

from __future__ import annotations

from typing import Dict, Optional

#: CoNLL-2002 labels, as predicted by the bundled nl_nlie_news model.
CONLL_LABELS: Dict[str, Optional[str]] = {
    "PER": "PER",
    "ORG": "ORG",
    "LOC": "LOC",
    "MISC": "MISC",
}

#: OntoNotes-style labels, as predicted by spaCy's nl_core_news_sm.
ONTONOTES_LABELS: Dict[str, Optional[str]] = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "EVENT": "EVENT",
    "NORP": None,  # demonyms and groups ("Nederlandse", "Noren") are not entities for us
    "WORK_OF_ART": "MISC",
    "PRODUCT": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
    "DATE": None,
    "TIME": None,
    "CARDINAL": None,
    "ORDINAL": None,
    "QUANTITY": None,
    "MONEY": None,
    "PERCENT": None,
}

#: One table for any model: the two label sets agree where they overlap (ORG, LOC).
LABEL_MAP: Dict[str, Optional[str]] = {**ONTONOTES_LABELS, **CONLL_LABELS}

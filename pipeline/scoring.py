"""Pure evaluation metrics: precision/recall/F1 over sets and B-cubed over clusterings.

No pipeline imports and no I/O, so the evaluator, the benchmarks and the tests can all use it.
Every ratio whose denominator is zero is reported as 0.0 (never NaN, never an exception), so
an empty prediction against an empty gold set scores 0.0 rather than a misleading 1.0.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Hashable, Mapping, Tuple


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def _f1(p: float, r: float) -> float:
    return _ratio(2 * p * r, p + r)


@dataclass(frozen=True, slots=True)
class PRF:
    """True positives, false positives, false negatives; add two to pool counts (micro average)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @classmethod
    def from_sets(cls, gold: set, predicted: set) -> "PRF":
        gold, predicted = set(gold), set(predicted)
        tp = len(gold & predicted)
        return cls(tp=tp, fp=len(predicted) - tp, fn=len(gold) - tp)

    def __add__(self, other: "PRF") -> "PRF":
        if not isinstance(other, PRF):
            return NotImplemented
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


def bcubed(
    gold: Mapping[Hashable, Hashable], predicted: Mapping[Hashable, Hashable]
) -> Tuple[float, float, float]:
    """B-cubed (precision, recall, F1) of `predicted` against `gold`, both item -> cluster id.

    Averaged over the items in `gold`. Items of `predicted` not in gold are ignored (they cannot
    be scored); an item of gold missing from `predicted` counts as a singleton cluster of its own.
    For item i: precision = |gold(i) ∩ pred(i)| / |pred(i)|, recall = |gold(i) ∩ pred(i)| / |gold(i)|,
    with clusters restricted to gold items. Runs in linear time via cluster-pair counts.
    """
    items = list(gold)
    if not items:
        return 0.0, 0.0, 0.0
    # A unique sentinel per missing item makes it a singleton without colliding with real ids.
    pred_of = {i: (predicted[i],) if i in predicted else (object(),) for i in items}
    gold_size = Counter(gold[i] for i in items)
    pred_size = Counter(pred_of[i] for i in items)
    overlap = Counter((gold[i], pred_of[i]) for i in items)
    p = sum(overlap[(gold[i], pred_of[i])] / pred_size[pred_of[i]] for i in items) / len(items)
    r = sum(overlap[(gold[i], pred_of[i])] / gold_size[gold[i]] for i in items) / len(items)
    return p, r, _f1(p, r)

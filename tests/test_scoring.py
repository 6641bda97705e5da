import math

import pytest
from hypothesis import given, strategies as st

from pipeline.scoring import PRF, bcubed


def test_prf_basic():
    m = PRF(tp=3, fp=1, fn=2)
    assert m.precision == pytest.approx(0.75)
    assert m.recall == pytest.approx(0.6)
    assert m.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_prf_undefined_is_zero():
    assert PRF(0, 0, 0).precision == 0.0
    assert PRF(0, 0, 0).recall == 0.0
    assert PRF(0, 0, 0).f1 == 0.0
    assert PRF(0, 5, 5).f1 == 0.0


def test_prf_from_sets():
    m = PRF.from_sets({"a", "b", "c"}, {"b", "c", "d", "e"})
    assert (m.tp, m.fp, m.fn) == (2, 2, 1)
    assert PRF.from_sets(set(), set()) == PRF(0, 0, 0)


def test_prf_is_frozen_and_adds():
    m = PRF(1, 2, 3)
    with pytest.raises(Exception):
        m.tp = 5  # type: ignore[misc]
    assert m + PRF(1, 1, 1) == PRF(2, 3, 4)


def test_bcubed_perfect():
    gold = {1: "a", 2: "a", 3: "b"}
    assert bcubed(gold, {1: "x", 2: "x", 3: "y"}) == (1.0, 1.0, 1.0)


def test_bcubed_all_merged():
    gold = {1: "a", 2: "a", 3: "b", 4: "b"}
    p, r, f = bcubed(gold, {i: "z" for i in gold})
    assert p == pytest.approx(0.5)
    assert r == pytest.approx(1.0)
    assert f == pytest.approx(2 / 3)


def test_bcubed_all_split():
    gold = {1: "a", 2: "a", 3: "b", 4: "b"}
    p, r, f = bcubed(gold, {i: i for i in gold})
    assert p == pytest.approx(1.0)
    assert r == pytest.approx(0.5)


def test_bcubed_missing_items_are_singletons():
    gold = {1: "a", 2: "a"}
    # Both missing from predicted: two singletons, not one shared "missing" cluster.
    p, r, _ = bcubed(gold, {})
    assert (p, r) == (1.0, 0.5)
    # Items only in predicted are ignored.
    assert bcubed(gold, {1: "x", 2: "x", 99: "x"}) == (1.0, 1.0, 1.0)


def test_bcubed_textbook_example():
    # gold: {1,2,3} {4,5}; predicted: {1,2} {3,4,5}
    gold = {1: "A", 2: "A", 3: "A", 4: "B", 5: "B"}
    pred = {1: 0, 2: 0, 3: 1, 4: 1, 5: 1}
    p, r, _ = bcubed(gold, pred)
    assert p == pytest.approx((1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5)
    assert r == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)


def test_bcubed_empty_gold():
    assert bcubed({}, {1: "a"}) == (0.0, 0.0, 0.0)


@given(st.dictionaries(st.integers(0, 30), st.integers(0, 4), min_size=1),
       st.dictionaries(st.integers(0, 30), st.integers(0, 4)))
def test_bcubed_bounds_and_identity(gold, pred):
    p, r, f = bcubed(gold, pred)
    for v in (p, r, f):
        assert 0.0 <= v <= 1.0 and not math.isnan(v)
    assert bcubed(gold, dict(gold))[:2] == (pytest.approx(1.0), pytest.approx(1.0))

"""The survey figures of docs/file-format.md (Evidence) against cases computed by hand.

z = 1.959964 (the 97.5 % normal quantile, the format's 1.96), z² = 3.841459.
"""

from __future__ import annotations

import math

import pytest

from journeydesigner.model import TouchpointMetrics
from journeydesigner.survey.statistics import Estimate, ces, csat, nps, t_quantile


def nps_counts(*scores: int) -> list[int]:
    counts = [0] * 11
    for score in scores:
        counts[score] += 1
    return counts


def counts_of(high: int, *scores: int) -> list[int]:
    counts = [0] * (high + 1)
    for score in scores:
        counts[score] += 1
    return counts


def close(estimate: Estimate, value: float, low: float, high: float) -> bool:
    return all(math.isclose(a, b, abs_tol=1e-3) for a, b in
               ((estimate.value, value), (estimate.low, low), (estimate.high, high)))


def fits(estimate: Estimate) -> TouchpointMetrics:
    """The rounded estimate validates as a touchpoint's metric with its evidence."""
    e = estimate.rounded()
    return TouchpointMetrics.model_validate({
        e.metric: e.value, "evidence": {e.metric: {"n": e.n, "low": e.low, "high": e.high}}})


# --- NPS -------------------------------------------------------------------------------


def test_nps_of_one_promoter_is_100_with_no_spread():
    estimate = nps(nps_counts(9))
    assert close(estimate, 100, 100, 100) and estimate.n == 1
    assert estimate.rounded() == Estimate("nps", 100, 100, 100, 1)  # whole numbers as int
    assert type(estimate.rounded().value) is int


def test_nps_of_all_promoters_and_of_all_detractors():
    assert close(nps(nps_counts(9, 10, 10)), 100, 100, 100)
    assert close(nps(nps_counts(0, 3, 6, 6)), -100, -100, -100)


def test_nps_boundaries_6_is_a_detractor_7_and_8_passives_9_a_promoter():
    assert close(nps(nps_counts(7, 8)), 0, 0, 0)  # passives only
    assert nps(nps_counts(6)).value == -100
    assert nps(nps_counts(9)).value == 100
    # one each of 6, 7, 8, 9: p+ = p- = 1/4, variance 0.5, half = z·100·√(0.5/4) = 69.29548
    estimate = nps(nps_counts(6, 7, 8, 9))
    assert close(estimate, 0, -69.29548, 69.29548)
    assert estimate.rounded() == Estimate("nps", 0, -69.3, 69.3, 4)


def test_nps_of_ten_answers():
    # 5 promoters, 2 passives, 3 detractors: 50 % − 30 % = 20; variance 0.5 + 0.3 − 0.04 =
    # 0.76; half = z·100·√0.076 = 54.03241
    estimate = nps(nps_counts(10, 10, 9, 9, 9, 8, 7, 6, 2, 0))
    assert close(estimate, 20, -34.03241, 74.03241)
    assert estimate.rounded() == Estimate("nps", 20, -34.1, 74.1, 10)
    fits(estimate)


def test_nps_interval_is_clipped_to_the_scale():
    # 2 promoters, 1 detractor: 33.3; half = z·100·√((1 − 1/9)/3) = 106.6869 → clipped at 100
    estimate = nps(nps_counts(9, 9, 0))
    assert estimate.high == 100 and math.isclose(estimate.low, 100 / 3 - 106.6869, abs_tol=1e-3)
    assert estimate.rounded() == Estimate("nps", 33.3, -73.4, 100, 3)


# --- CSAT (Wilson) -----------------------------------------------------------------------


def test_csat_of_0_percent():
    # p = 0, n = 10: centre = half = (z²/20)/(1 + z²/10) = 0.138765
    estimate = csat(counts_of(5, *[1] * 4, *[2] * 3, *[3] * 3))
    assert close(estimate, 0, 0, 27.7530)
    assert estimate.rounded() == Estimate("csat", 0, 0, 27.8, 10)


def test_csat_of_100_percent():
    estimate = csat(counts_of(5, *[4] * 5, *[5] * 5))
    assert close(estimate, 100, 72.2470, 100)
    assert estimate.rounded() == Estimate("csat", 100, 72.2, 100, 10)


def test_csat_of_one_answer():
    # p = 1, n = 1: low = 1/(1 + z²) = 0.206549
    assert close(csat(counts_of(5, 5)), 100, 20.6549, 100)
    assert close(csat(counts_of(5, 3)), 0, 0, 79.3451)


def test_csat_3_is_not_satisfied_4_is():
    assert csat(counts_of(5, 3)).value == 0
    assert csat(counts_of(5, 4)).value == 100


def test_csat_of_6_in_20():
    # p = 0.3: centre = (0.3 + z²/40)/(1 + z²/20) = 0.332227; half = z·√(0.0105 +
    # z²/1600)/(1 + z²/20) = 0.186748
    estimate = csat(counts_of(5, *[4] * 3, *[5] * 3, *[1] * 5, *[2] * 5, *[3] * 4))
    assert close(estimate, 30, 14.5479, 51.8975)
    assert estimate.rounded() == Estimate("csat", 30, 14.5, 51.9, 20)


# --- CES (Student's t) ------------------------------------------------------------------


def test_ces_of_one_answer_has_no_spread():
    assert ces(counts_of(7, 5)) == Estimate("ces", 5, 5, 5, 1)


def test_ces_of_four_answers():
    # 2, 4, 4, 6: mean 4, s² = 8/3, t(0.975, 3) = 3.182446, half = 3.182446·1.632993/2
    estimate = ces(counts_of(7, 2, 4, 4, 6))
    assert close(estimate, 4, 1.401524, 6.598476)
    assert estimate.rounded() == Estimate("ces", 4, 1.4, 6.6, 4)


def test_ces_is_clipped_to_1_to_7_and_equal_answers_have_no_spread():
    # 1, 1, 7: mean 3, s² = 12, half = 4.302653·3.464102/√3 = 8.605306
    assert close(ces(counts_of(7, 1, 1, 7)), 3, 1, 7)
    assert close(ces(counts_of(7, 5, 5, 5)), 5, 5, 5)


def test_ces_mean_keeps_two_decimals():
    estimate = ces(counts_of(7, 1, 2, 2, 3, 3, 3)).rounded()  # mean 14/6 = 2.3333
    assert (estimate.value, estimate.low, estimate.high) == (2.33, 1.47, 3.2)
    fits(estimate)


@pytest.mark.parametrize(("df", "table"), [(1, 12.706), (2, 4.303), (3, 3.182), (10, 2.228),
                                           (30, 2.042), (100, 1.984), (1000, 1.962)])
def test_t_quantile_matches_the_tables(df, table):
    assert round(t_quantile(0.975, df), 3) == table


def test_t_quantile_is_exact_where_a_closed_form_exists():
    assert math.isclose(t_quantile(0.975, 1), math.tan(math.pi * 0.475), rel_tol=1e-13)
    # df = 2: t = (2p − 1)·√(2 / (4p(1 − p)))
    assert math.isclose(t_quantile(0.975, 2), 0.95 * math.sqrt(2 / 0.0975), rel_tol=1e-13)
    assert math.isclose(t_quantile(0.975, 10**7), 1.959964, abs_tol=1e-6)


# --- rounding ---------------------------------------------------------------------------


def test_rounding_widens_the_interval_and_keeps_the_value_inside():
    assert Estimate("csat", 0.3, 0.3, 0.3, 5).rounded() == Estimate("csat", 0.3, 0.3, 0.3, 5)
    assert Estimate("nps", 12.34, 12.3449, 12.3451, 5).rounded() == Estimate(
        "nps", 12.3, 12.3, 12.4, 5)
    assert Estimate("ces", 6.996, 6.99, 7.0, 5).rounded() == Estimate("ces", 7, 6.99, 7, 5)


def test_counts_of_the_wrong_scale_are_refused():
    with pytest.raises(ValueError):
        csat([1, 0, 0, 0, 0, 0])  # a CSAT score of 0
    with pytest.raises(ValueError):
        nps([0] * 11)  # no answers

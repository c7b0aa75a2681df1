"""95% confidence intervals for comparing two arms of a guidance experiment, in closed form.

A team lead reads "B is used more often" only when the data say so, so every figure of an experiment comes with
its interval, and so does every difference between the arms. Proportions (acceptance, edit rate, good call
outcomes) use the Wilson score interval, which stays inside 0-100% and behaves with few cards; their difference
uses Newcombe's hybrid score interval built from the two Wilson intervals (Newcombe 1998, method 10). A mean
(the characters changed in edited cards) uses the normal approximation, its difference Welch's standard error. A
median (the time to a decision, skewed by the agent who left for coffee) uses the distribution-free interval
between two order statistics, the ranks n/2 - z*sqrt(n)/2 and 1 + n/2 + z*sqrt(n)/2 rounded (as in Altman et
al., *Statistics with Confidence*), and the difference of two medians a normal approximation whose standard
errors are read off those intervals. No resampling: the same data always give the same report, and a year of
cards takes no longer than a sort.

Each card is counted as if independent. When whole agents are assigned, cards of one agent are alike, so these
intervals are narrower than the truth when an arm has only a few agents; the report gives the number of agents
per arm beside them for that reason.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

Z95 = 1.959963984540054  # the standard normal's 97.5th percentile


@dataclass(frozen=True, slots=True)
class Estimate:
    """A figure with its 95% interval; ``value`` is None when there is nothing to estimate from, the bounds are
    None when one observation cannot give an interval."""

    value: float | None
    low: float | None = None
    high: float | None = None
    n: int = 0

    @property
    def excludes_zero(self) -> bool:
        return self.low is not None and self.high is not None and (self.low > 0 or self.high < 0)


def wilson(successes: int, n: int, z: float = Z95) -> Estimate:
    """The share ``successes / n`` with its Wilson score interval."""
    if n <= 0:
        return Estimate(None, n=0)
    p = successes / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z / denominator * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    low = 0.0 if successes == 0 else max(0.0, centre - half)  # exactly 0 and 1 at the ends, not a rounding away
    high = 1.0 if successes == n else min(1.0, centre + half)
    return Estimate(p, low, high, n)


def proportion_difference(a: Estimate, b: Estimate) -> Estimate:
    """B minus A for two Wilson estimates, with Newcombe's hybrid score interval."""
    if a.value is None or b.value is None or None in (a.low, a.high, b.low, b.high):
        return Estimate(None, n=a.n + b.n)
    assert a.low is not None and a.high is not None and b.low is not None and b.high is not None
    d = b.value - a.value
    low = d - math.sqrt((b.value - b.low) ** 2 + (a.high - a.value) ** 2)
    high = d + math.sqrt((b.high - b.value) ** 2 + (a.value - a.low) ** 2)
    return Estimate(d, low, high, a.n + b.n)


def _variance(values: Sequence[float]) -> float:
    mean = sum(values) / len(values)
    return sum((v - mean) ** 2 for v in values) / (len(values) - 1)


def mean(values: Sequence[float], z: float = Z95) -> Estimate:
    """The mean with its normal-approximation interval (mean ± z·s/√n)."""
    n = len(values)
    if n == 0:
        return Estimate(None)
    centre = sum(values) / n
    if n < 2:
        return Estimate(centre, n=1)
    half = z * math.sqrt(_variance(values) / n)
    return Estimate(centre, centre - half, centre + half, n)


def mean_difference(a: Sequence[float], b: Sequence[float], z: float = Z95) -> Estimate:
    """mean(B) - mean(A) ± z·√(s²A/nA + s²B/nB): Welch's standard error, normal approximation."""
    if len(a) < 2 or len(b) < 2:
        return Estimate(None, n=len(a) + len(b))
    d = sum(b) / len(b) - sum(a) / len(a)
    half = z * math.sqrt(_variance(a) / len(a) + _variance(b) / len(b))
    return Estimate(d, d - half, d + half, len(a) + len(b))


def _median(ordered: Sequence[float]) -> float:
    n = len(ordered)
    middle = n // 2
    return float(ordered[middle]) if n % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def median(values: Sequence[float], z: float = Z95) -> Estimate:
    """The median with the distribution-free interval between the order statistics of ranks
    round(n/2 - z√n/2) and round(1 + n/2 + z√n/2), counted from 1 and kept within 1..n."""
    ordered = sorted(values)
    n = len(ordered)
    if n == 0:
        return Estimate(None)
    if n < 2:
        return Estimate(float(ordered[0]), n=1)
    spread = z * math.sqrt(n) / 2
    low_rank = min(max(round(n / 2 - spread), 1), n)
    high_rank = min(max(round(1 + n / 2 + spread), 1), n)
    return Estimate(_median(ordered), float(ordered[low_rank - 1]), float(ordered[high_rank - 1]), n)


def median_difference(a: Estimate, b: Estimate, z: float = Z95) -> Estimate:
    """median(B) - median(A), with a normal approximation whose standard errors are each median's interval
    width over 2z."""
    if a.value is None or b.value is None or None in (a.low, a.high, b.low, b.high):
        return Estimate(None, n=a.n + b.n)
    assert a.low is not None and a.high is not None and b.low is not None and b.high is not None
    d = b.value - a.value
    half = z * math.hypot((a.high - a.low) / (2 * z), (b.high - b.low) / (2 * z))
    return Estimate(d, d - half, d + half, a.n + b.n)

"""Character ranges that can be asked which of them overlap a range.

Resolution asks "is this place already taken by a mention?" once per candidate, and a long
document has thousands of both; a pass over every mention for every candidate made
extraction quadratic in document length. Ranges are kept sorted by start, and the longest
range bounds how far back an overlapping one can start, so a question costs a bisection
and a look at the ranges near it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


class Overlaps(Generic[T]):
    def __init__(self, ranges: Iterable[tuple[int, int, T]] = ()) -> None:
        self._ranges = sorted(ranges, key=lambda r: r[0])
        self._starts = [r[0] for r in self._ranges]
        self._longest = max((e - s for s, e, _ in self._ranges), default=0)

    def add(self, start: int, end: int, item: T) -> None:
        at = bisect.bisect_right(self._starts, start)
        self._starts.insert(at, start)
        self._ranges.insert(at, (start, end, item))
        self._longest = max(self._longest, end - start)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, T]]:
        """Every range (s, e) with s < end and start < e, in order of s."""
        # e > start and e - s <= longest give s > start - longest
        low = bisect.bisect_right(self._starts, start - self._longest)
        high = bisect.bisect_left(self._starts, end)
        return [r for r in self._ranges[low:high] if r[1] > start]

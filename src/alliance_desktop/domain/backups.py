"""Which backups to keep: recent ones, then one a day, a week and a month (a bounded folder)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class KeepPolicy:
    """How many backups of each kind to keep."""

    recent: int = 10
    daily: int = 14
    weekly: int = 8
    monthly: int = 12


def backups_to_keep(
    stamps: Iterable[dt.datetime],
    policy: KeepPolicy = KeepPolicy(),
) -> set[dt.datetime]:
    """The backups to keep: the newest ``recent``, then the newest of each of the last
    ``daily`` days, ``weekly`` ISO weeks and ``monthly`` months that have one."""
    ordered = sorted(set(stamps), reverse=True)
    keep = set(ordered[: policy.recent])
    for limit, key in (
        (policy.daily, lambda s: s.date()),
        (policy.weekly, lambda s: s.isocalendar()[:2]),
        (policy.monthly, lambda s: (s.year, s.month)),
    ):
        seen: list[object] = []
        for stamp in ordered:
            period = key(stamp)
            if period in seen:
                continue
            seen.append(period)
            if len(seen) > limit:
                break
            keep.add(stamp)  # the newest backup of that period
    return keep

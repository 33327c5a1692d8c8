"""Ways to write amounts, dates, durations and counts, each exactly recoverable.

The extractor has to normalise "$1.2 million", "USD 450,000" and "more than $3M" to one
integer and a qualifier, so the synthetic corpus writes the same value in many forms, but
only in forms whose value is exact: a phrasing is offered only when it does not round.
"""

from __future__ import annotations

import datetime as dt
import random

from corpus.synth_text import Entity, form

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
          "ten", "eleven", "twelve")
QUALIFIER_WORDS: dict[str, tuple[str, ...]] = {
    "exact": ("",),
    "about": ("about ", "approximately ", "roughly ", "an estimated "),
    "more_than": ("more than ", "over ", "in excess of "),
    "at_least": ("at least ", "no less than "),
    "up_to": ("up to ", "as much as "),
    "less_than": ("less than ", "under "),
}


def money(rng: random.Random, amount: int) -> str:
    """One exact written form of a whole-dollar amount."""
    forms = [f"${amount:,}", f"USD {amount:,}", f"US${amount:,}"]
    if amount >= 1_000_000 and amount % 100_000 == 0:
        m = f"{amount / 1_000_000:.1f}".removesuffix(".0")
        forms += [f"${m} million", f"${m} million", f"${m}M", f"USD {m} million"]
    elif 10_000 <= amount < 1_000_000 and amount % 1_000 == 0:
        forms += [f"${amount // 1000:,}K", f"${amount:,}"]
    return rng.choice(forms)


def round_amount(rng: random.Random, low: int, high: int) -> int:
    """A plausible published amount: round millions, round thousands or an odd exact figure."""
    value = rng.randint(low, high)
    shape = rng.random()
    if value >= 1_000_000 and shape < 0.6:
        return max(100_000, value // 100_000 * 100_000)
    if shape < 0.85:
        return max(1_000, value // 1_000 * 1_000)
    return value


def payment(rng: random.Random, amount: int, qualifier: str, kind: str) -> Entity:
    """A Payment entity for this document, written with its qualifier in front."""
    text = money(rng, amount)
    words = rng.choice(QUALIFIER_WORDS[qualifier])
    written = form(f"{words}[{text}]")
    return Entity(
        key=f"payment:{amount}", type="Payment", name=f"USD {amount}",
        first=(written,), later=(written,),
        properties={"amount_usd": amount, "qualifier": qualifier, "kind": kind},
    )


def full_date(rng: random.Random, day: dt.date) -> str:
    month = MONTHS[day.month - 1]
    return rng.choice((f"{month} {day.day}, {day.year}", f"{day.day} {month} {day.year}",
                       f"{month} {day.day}, {day.year}"))


def month_year(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"


def iso_month(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def count(rng: random.Random, n: int) -> str:
    """Small counts in words half the time, larger ones in digits."""
    if n < len(_WORDS) and rng.random() < 0.5:
        return _WORDS[n]
    return f"{n:,}"


def duration(rng: random.Random, months: int) -> str:
    """A prison term or supervised release, in months or in (half) years when exact."""
    options = [f"{months} months"]
    years, rest = divmod(months, 12)
    if rest == 0 and years:
        options.append(f"{_number(years)} year" + ("s" if years > 1 else ""))
    elif rest == 6 and years:
        options.append(f"{_number(years)} and a half years")
    return rng.choice(options)


def _number(n: int) -> str:
    return _WORDS[n] if n < len(_WORDS) else str(n)


def joined(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]

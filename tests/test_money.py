"""Money grouping (pure logic): what may be added, what stays side by side, what stays a range."""

from __future__ import annotations

from api.schemas import EntityRef, MoneyOut
from api.services.money import groups_of


def _out(pid: str, low: int, kind: str, docs: list[str], *, high: int | None = None,
         direction: str = "in", modality: str | None = None) -> MoneyOut:
    return MoneyOut(direction=direction, relation="GENERATED_REVENUE_FOR",  # type: ignore[arg-type]
                    payment=EntityRef(id=pid, label="Payment", name=pid), amount_usd=low,
                    amount_max_usd=high, kind=kind, documents=docs, sources=docs,
                    modality=modality)


def test_kinds_are_never_added_and_offers_have_no_total() -> None:
    groups = groups_of([_out("p1", 6_800_000, "revenue", ["a"]),
                        _out("p2", 5_000_000, "reward_offer", ["b"]),
                        _out("p3", 2_000, "wages", ["c"])], {})
    by_kind = {g.kind: g for g in groups}
    assert by_kind["revenue"].total_low_usd == 6_800_000
    assert by_kind["reward_offer"].total_low_usd is None and by_kind["reward_offer"].note
    assert by_kind["wages"].total_low_usd == 2_000
    assert all(f.documents for g in groups for f in g.figures)


def test_estimates_of_one_thing_from_two_documents_stand_side_by_side() -> None:
    groups = groups_of([_out("p1", 2_800_000_000, "theft", ["report-a"]),
                        _out("p2", 2_840_000_000, "theft", ["report-b"]),
                        _out("p3", 600_000_000, "theft", ["report-c"])], {})
    (theft,) = groups
    spans = sorted((f.low_usd, f.high_usd, len(f.estimates)) for f in theft.figures)
    assert spans == [(600_000_000, 600_000_000, 1), (2_800_000_000, 2_840_000_000, 2)]
    # never the estimates' sum; across documents at least the largest source, at most all
    assert (theft.total_low_usd, theft.total_high_usd) == (2_800_000_000, 3_440_000_000)
    assert theft.note


def test_one_documents_separate_amounts_are_separate_and_ranges_stay_ranges() -> None:
    groups = groups_of([_out("p1", 50_000_000, "revenue", ["d"]),
                        _out("p2", 50_000_000, "revenue", ["d"]),
                        _out("p3", 1_000_000, "revenue", ["e"], high=3_000_000)], {})
    (revenue,) = groups
    assert len(revenue.figures) == 3
    assert (revenue.total_low_usd, revenue.total_high_usd) == (100_000_000, 103_000_000)
    (alone,) = groups_of([_out("p1", 50_000_000, "revenue", ["d"]),
                          _out("p2", 1_000_000, "revenue", ["d"], high=3_000_000)], {})
    assert (alone.total_low_usd, alone.total_high_usd) == (51_000_000, 53_000_000)


def test_different_parties_are_different_things_even_when_amounts_agree() -> None:
    records = [_out("p1", 17_000_000, "revenue", ["a"]), _out("p2", 17_100_000, "revenue", ["b"])]
    apart = groups_of(records, {"p1": frozenset({"person:x"}), "p2": frozenset({"person:y"})})
    assert len(apart[0].figures) == 2 and apart[0].total_high_usd == 34_100_000
    together = groups_of(records, {"p1": frozenset({"person:x"}), "p2": frozenset()})
    assert len(together[0].figures) == 1


def test_an_amount_stated_as_an_offer_is_not_money_that_moved() -> None:
    (g,) = groups_of([_out("p1", 10_000_000, "payment", ["a"], modality="offer")], {})
    assert g.total_low_usd is None and g.note


def test_a_figure_given_as_an_estimate_is_shown_but_never_added() -> None:
    # a programme-wide estimate next to one scheme's stated revenue: not more money
    (revenue,) = groups_of([_out("p1", 17_100_000, "revenue", ["court"], modality="asserted"),
                            _out("p2", 250_000_000, "revenue", ["wire"], high=600_000_000,
                                 modality="estimate")], {})
    assert len(revenue.figures) == 2
    assert (revenue.total_low_usd, revenue.total_high_usd) == (17_100_000, 17_100_000)
    assert revenue.note and "estimate" in revenue.note
    # estimates alone: shown side by side, no total
    (alone,) = groups_of([_out("p1", 250_000_000, "revenue", ["a"], modality="estimate"),
                          _out("p2", 300_000_000, "revenue", ["b"], modality="estimate")], {})
    assert len(alone.figures) == 2 and alone.total_low_usd is None and alone.note
    # the same estimate stated as a fact by one of two documents counts as stated
    (mixed,) = groups_of([_out("p1", 17_100_000, "revenue", ["a"], modality="estimate"),
                          _out("p2", 17_000_000, "revenue", ["b"], modality="asserted")], {})
    assert (mixed.total_low_usd, mixed.total_high_usd) == (17_000_000, 17_100_000)

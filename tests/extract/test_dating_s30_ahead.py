"""A yearless day the words before it make the day something takes effect, just after the
document's date, is that coming day, not last year's ("effective December 27" in a release
of December 26); further ahead, or a narrated day ("the announcements of December 1" in a
review of November), it is last year's. And an agentless designation in a release
continues the actor the release named for its own act: the state, when "the Government of
X decided to designate" (sentences and names invented for the test)."""

from __future__ import annotations

from extract.normalize.dates import anchored_date
from tests.extract.conftest import extract, relations


def test_a_day_just_ahead_is_this_coming_day() -> None:
    assert anchored_date("December 27", "2024-12-26", ahead=True) == "2024-12-27"
    assert anchored_date("January 9", "2024-12-20", ahead=True) == "2025-01-09"


def test_a_day_far_ahead_or_narrated_is_last_years() -> None:
    assert anchored_date("December 4", "2025-06-02", ahead=True) == "2024-12-04"
    assert anchored_date("December 30", "2025-01-03", ahead=True) == "2024-12-30"
    assert anchored_date("December 1", "2025-11-12") == "2024-12-01"
    assert anchored_date("December 27", "2024-12-26") == "2023-12-27"


def test_effective_dates_a_designation_ahead() -> None:
    result = extract("The Office of Foreign Assets Control designated Velmora Trading LLC, "
                     "effective December 29.", date="2025-12-22")
    dates = [r.properties.get("date") for r in result.relations if r.type == "DESIGNATED"]
    assert dates == ["2025-12-29"]


def test_the_document_day_itself() -> None:
    assert anchored_date("June 2", "2025-06-02") == "2025-06-02"


_ROK = [{"country": "KR", "agency": "Ministry of Foreign Affairs of the Republic of Korea"}]


def test_the_state_named_for_the_release_act_is_the_designator() -> None:
    result = extract(
        "The Government of the Republic of Korea decided to designate six individuals "
        "involved in North Korea's IT worker schemes as targets of its independent sanctions, "
        "effective January 3.\n\nThe individuals belong to the 313 General Bureau.\n\n"
        "Among those designated is Cha Yong Gwang, who leads a team of IT workers in Dalian.",
        date="2025-12-30", issuers=_ROK)
    assert relations(result, "DESIGNATED") == [("South Korea", "Cha Yong Gwang")]


def test_another_state_named_before_does_not_take_the_release() -> None:
    result = extract(
        "Japan designated four individuals last week.\n\nThe individuals belong to the 313 "
        "General Bureau.\n\nAmong those designated today is Cha Yong Gwang, who leads a team "
        "of IT workers in Dalian.", date="2025-12-30", issuers=_ROK)
    designators = {s for s, _ in relations(result, "DESIGNATED")}
    assert "Japan" not in designators

"""A person's name with a quoted nickname between given and family name ('Given "Nick"
Family'), read by the real pipeline; look-alikes (a quoted word inside a body's name, after
a place or an article) are no person. Names are invented."""

from __future__ import annotations

from tests.extract.conftest import extract


def _persons(text: str) -> dict[str, list[str]]:
    return {e.name: e.aliases for e in extract(text).entities if e.type == "Person"}


def test_a_quoted_nickname_inside_a_name_stays_in_the_person_and_out_of_the_name() -> None:
    text = ('Agents arrested U.S. citizen Orwin "Buck" Tallis of Spokane, Washington. '
            'Tallis hosted the laptops.')
    persons = _persons(text)
    assert "Orwin Tallis" in persons  # not 'Buck" Tallis of', not 'Orwin' as a place
    assert "Buck" in persons["Orwin Tallis"]
    assert not any(" of" in p or '"' in p for p in persons)


def test_a_middle_initial_before_the_nickname() -> None:
    persons = _persons('The complaint names Delphine R. "Dee" Marchetti as a facilitator.')
    assert "Delphine R. Marchetti" in persons


def test_a_quoted_word_inside_a_body_or_after_a_place_is_no_nickname() -> None:
    persons = _persons('Funds moved through the Harbor "Blue" Group in Laos. Residents of '
                       'Boston "Strong" Parade attended. The "Silver" Fund paid them.')
    assert not any(w in p for p in persons for w in ("Blue", "Strong", "Silver", "Group"))


def test_a_quoted_phrase_of_three_words_is_a_title_not_a_nickname() -> None:
    persons = _persons('Analyst Priya "Remote Work Risks" Ondaatje wrote the report.')
    assert not any("Remote" in p for p in persons)

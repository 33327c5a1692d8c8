"""The nearest compatible antecedent is refused when the text does not single it out
(extract/antecedents.py): a rival of the same kind in its sentence, a heading between, a
quote's speaker, a stated gender that disagrees. Each with the look-alike that resolves."""

from __future__ import annotations

from tests.extract.test_discourse import references, referent


def test_the_company_with_one_firm_before_it_resolves() -> None:
    spans, result = references("Harbor Nine Ltd. sold servers in 2023. The company paid "
                               "the developers in cash.")
    assert referent(spans, result, "the company") == ["Harbor Nine Ltd."]


def test_two_firms_before_the_company_compete() -> None:
    spans, result = references("Harbor Nine Ltd. sold servers to Corran Systems Inc. in "
                               "2023. The company paid the developers in cash.")
    assert referent(spans, result, "the company") == []


def test_a_plain_paragraph_break_keeps_the_antecedent() -> None:
    spans, result = references("Harbor Nine Ltd. sold servers in 2023.\n\nThe company paid "
                               "the developers in cash.")
    assert referent(spans, result, "the company") == ["Harbor Nine Ltd."]


def test_a_heading_between_starts_a_new_topic() -> None:
    spans, result = references("Harbor Nine Ltd. sold servers in 2023.\n\nA new market\n\n"
                               "The company paid the developers in cash.")
    assert referent(spans, result, "the company") == []


def test_a_person_who_acts_is_she() -> None:
    spans, result = references("Dana Whitlow recruited the developers. She paid them in "
                               "cash.")
    assert referent(spans, result, "she") == ["Dana Whitlow"]


def test_a_quote_speaker_is_not_she() -> None:
    spans, result = references("\"We will not tolerate this,\" said Dana Whitlow. She paid "
                               "the developers in cash.")
    assert referent(spans, result, "she") == []


def test_he_is_never_a_person_the_text_calls_ms() -> None:
    spans, result = references("Ms. Dana Whitlow ran the laptop farm. He paid the workers.")
    assert referent(spans, result, "he") == []
    spans, result = references("Mr. Corvin Hale ran the laptop farm. He paid the workers.")
    assert referent(spans, result, "he") == ["Corvin Hale"]


def test_a_description_in_apposition_is_no_rival() -> None:
    spans, result = references("Harbor Nine Ltd., a Chinese company, sold servers in 2023. "
                               "The company paid the developers in cash.")
    assert referent(spans, result, "the company") == ["Harbor Nine Ltd."]


def test_a_parent_named_in_an_of_phrase_is_no_rival() -> None:
    # "X of Y": the phrase is about X; Y names its parent
    spans, result = references("Harbor Nine Ltd. of the Varn Holding Group sold servers in "
                               "2023. The company paid the developers in cash.")
    assert referent(spans, result, "the company") == ["Harbor Nine Ltd."]


def test_two_firms_joined_by_and_still_compete() -> None:
    spans, result = references("Harbor Nine Ltd. and the Varn Holding Group sold servers in "
                               "2023. The company paid the developers in cash.")
    assert referent(spans, result, "the company") == []

"""A document the text names only by its kind is an unnamed Advisory where its role says it
was issued: the object of an issuing verb whose subject is a state or an agency, a passive
with the issuer as agent, a participle with its agent. Later "the (joint) statement" is the
same advisory. Look-alikes: a report cited as a source, a future or negated act, a person's
statement, a plural, a definite earlier document. Invented names and sentences."""

from __future__ import annotations

from tests.extract.conftest import extract, named


def news(text: str) -> list[tuple[str, str, str]]:
    result = extract(text, doc_type="news", date="2025-03-04")
    names = named(result)
    return [(r.type, names[r.source], names[r.target]) for r in result.relations
            if r.type in {"ISSUED", "ADVISES", "WARNS_ABOUT"}]


def test_coordinated_states_issue_an_untitled_joint_statement() -> None:
    found = news("Canada, Australia and New Zealand have issued a joint statement warning the "
                 "shipping industry about ongoing cyber threats from the DPRK.")
    for state in ("Canada", "Australia", "New Zealand"):
        assert ("ISSUED", state, "joint statement") in found
    # the trade it warns is whom it addresses, an unnamed organization
    assert ("ADVISES", "joint statement", "shipping industry") in found


def test_an_agency_releases_a_report_that_urges_an_audience() -> None:
    found = news("The Financial Action Task Force released a report on Tuesday. The report "
                 "urges exchanges to screen their customers.")
    assert ("ISSUED", "Financial Action Task Force", "report") in found
    assert ("ADVISES", "report", "exchanges") in found


def test_a_passive_with_its_issuer_as_agent() -> None:
    found = news("A new bulletin was published by the Financial Action Task Force on Monday.")
    assert ("ISSUED", "Financial Action Task Force", "bulletin") in found


def test_a_report_cited_as_a_source_is_no_advisory() -> None:
    text = "According to a UN report, the Andariel Group stole $30 million last year."
    result = extract(text, doc_type="news")
    assert not [e for e in result.entities if e.type == "Advisory"]


def test_a_future_or_negated_issuance_is_nothing() -> None:
    assert not news("The Financial Action Task Force will issue a report next week.")
    assert not news("The Financial Action Task Force has not released a report this year.")


def test_a_persons_statement_is_no_advisory() -> None:
    assert not news("Minister Hana Roe issued a statement on Tuesday about the hackers.")


def test_a_plural_is_no_advisory() -> None:
    assert not news("Several governments have issued multiple advisories about the hackers.")


def test_the_statement_after_is_the_same_advisory() -> None:
    found = news("Canada and Australia issued a joint statement on Monday. The joint statement "
                 "warns about the Andariel Group.")
    assert ("ISSUED", "Canada", "joint statement") in found
    assert ("WARNS_ABOUT", "joint statement", "Andariel Group") in found


def test_a_statement_far_from_the_unnamed_one_is_not_joined() -> None:
    found = news("Canada and Australia issued a joint statement on Monday. Prices rose. "
                 "Markets fell. Rates held. The statement warns about the Andariel Group.")
    assert ("WARNS_ABOUT", "joint statement", "Andariel Group") not in found


def test_examples_after_a_participles_name_belong_to_the_plural_noun() -> None:
    found = news("Canada and Australia issued a joint statement on Monday. The joint statement "
                 "identifies hacking groups linked to the DPRK, such as the Andariel Group.")
    assert ("WARNS_ABOUT", "joint statement", "Andariel Group") in found
    # look-alike: the name the participle's phrase ends with is no example of the groups
    found = news("Canada and Australia issued a joint statement on Monday. The joint statement "
                 "identifies hacking groups linked to the Andariel Group, which steals coins.")
    assert ("WARNS_ABOUT", "joint statement", "Andariel Group") not in found


def test_a_chain_of_definite_references_keeps_the_listed_statement() -> None:
    text = ("Japan, South Korea and the United States on Wednesday issued a joint statement "
            "about North Korean IT workers. The statement urged freelance platforms to check "
            "identities. Prices rose. The joint statement warns about the Andariel Group.")
    result = extract(text, doc_type="news", date="2025-08-28")
    names = named(result)
    warned = [(names[r.source], names[r.target]) for r in result.relations
              if r.type == "WARNS_ABOUT"]
    statement = "Joint Statement on North Korean Information Technology Workers"
    assert (statement, "Andariel Group") in warned
    # look-alike: too far from any mention of it, "the joint statement" stays unlinked
    far = extract("Japan, South Korea and the United States on Wednesday issued a joint "
                  "statement about North Korean IT workers. Prices rose. Markets fell. Rates "
                  "held. The joint statement warns about the Andariel Group.",
                  doc_type="news", date="2025-08-28")
    names = named(far)
    assert (statement, "Andariel Group") not in [
        (names[r.source], names[r.target]) for r in far.relations if r.type == "WARNS_ABOUT"]

"""'The defendants' stands for the persons the document names as charged in its one case
(names invented)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

DOJ = [{"country": "US", "agency": "Department of Justice"}]


def _charged(text: str) -> set[str]:
    result = extract(text, doc_type="indictment", issuers=DOJ)
    return {person for person, _ in relations(result, "CHARGED_WITH")}


def test_the_defendants_are_every_person_charged_in_the_one_case() -> None:
    assert _charged(
        "A federal grand jury in Boise indicted Dorin Valcu and Emil Sarbu. Prosecutors also "
        "charged Tavi Rusu. The defendants are charged with wire fraud conspiracy.") == {
        "Dorin Valcu", "Emil Sarbu", "Tavi Rusu"}


def test_a_modified_plural_is_only_part_of_the_set() -> None:
    assert not _charged(
        "A federal grand jury in Boise indicted Dorin Valcu and Emil Sarbu. Prosecutors also "
        "charged Tavi Rusu. The Moldovan defendants are charged with wire fraud conspiracy.")


def test_a_count_that_differs_from_the_defendants_named_is_no_one() -> None:
    assert not _charged(
        "A federal grand jury in Boise indicted Dorin Valcu and Emil Sarbu. Prosecutors also "
        "charged Tavi Rusu. The two defendants are charged with wire fraud conspiracy.")


def test_defendants_of_two_cases_are_not_one_set() -> None:
    assert not _charged(
        "A federal grand jury in Boise indicted Dorin Valcu and Emil Sarbu. The case is "
        "United States v. Dorin Valcu. In a separate case, prosecutors charged Tavi Rusu and "
        "Ilie Manea. That case is United States v. Tavi Rusu. The defendants are charged "
        "with wire fraud conspiracy.")

"""A case the text does not name takes its first-named defendant's name, whatever frame
read a defendant first (sentences and names invented for the test)."""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_TEXT = ("A federal grand jury returned an indictment charging two Chinese nationals and a North "
         "Korean national with placing North Korean IT workers at U.S. companies.\n\n"
         "According to the indictment, Gao Yunfei and Lin Shuqing operated two front "
         "companies, Quillfen Data and Morrowgate Labs, which contracted out the workers to "
         "clients in the United States. The third defendant, Ju Sang Hok, supervised the "
         "workers from Dandong, China.\n\nGao and Lin were arrested in Singapore and face "
         "extradition.")


def test_a_case_takes_the_name_of_the_defendant_named_first() -> None:
    result = extract(_TEXT, doc_type="indictment")
    cases = {t for _, t in relations(result, "DEFENDANT_IN")}
    assert cases == {"United States v. Gao Yunfei"}


def test_a_case_the_text_names_keeps_its_name() -> None:
    result = extract(_TEXT.replace("The third defendant", "In United States v. Ju Sang Hok, "
                                   "the third defendant"), doc_type="indictment")
    cases = {t for _, t in relations(result, "DEFENDANT_IN")}
    assert "United States v. Gao Yunfei" not in cases


def test_us_prosecutors_make_a_us_case() -> None:
    text = ("U.S. prosecutors on Monday unsealed charges against a Ukrainian man accused of "
            "selling stolen identities to North Korean IT workers. Mykola Bondarenko, 39, was "
            "arrested in Poland in April and is awaiting extradition.")
    wire = [{"country": "GB", "agency": ""}]  # a foreign wire: the text alone tells the court
    result = extract(text, doc_type="news", issuers=wire)
    assert ("Mykola Bondarenko", "United States v. Mykola Bondarenko") in relations(
        result, "DEFENDANT_IN")
    local = extract(text.replace("U.S. prosecutors", "Polish prosecutors"), doc_type="news",
                    issuers=wire)
    assert relations(local, "DEFENDANT_IN") == []


def test_a_defendant_tried_apart_is_not_joined_to_the_case() -> None:
    text = ("Rolf Aske was charged in federal court with conspiracy to commit wire fraud. A "
            "third person, Mira Solberg, was convicted in a separate trial last year.")
    cases = dict(relations(extract(text, doc_type="news"), "DEFENDANT_IN"))
    assert cases.get("Mira Solberg") != cases.get("Rolf Aske")
    together = extract(text.replace(" in a separate trial", ""), doc_type="news")
    joined = dict(relations(together, "DEFENDANT_IN"))
    assert joined.get("Mira Solberg") == joined.get("Rolf Aske") is not None

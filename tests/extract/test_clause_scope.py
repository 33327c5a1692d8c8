"""What a clause says reaches only what it is about: a coordinated clause with a subject of
its own is a statement of its own (the first clause's negation or accusation stays there),
and a restrictive modifier belongs to the list item it follows. Our own wording, invented
names."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def test_an_accusation_in_one_clause_does_not_make_the_next_clause_alleged() -> None:
    result = extract("Dorn Baik was charged in 2023, and OFAC designated him today.")
    designations = [r for r in result.relations if r.type == "DESIGNATED"]
    assert [r.modality for r in designations] == ["asserted"]


def test_an_accusation_still_covers_what_it_governs() -> None:
    result = extract("Tam Osric is accused of helping North Korean IT workers obtain remote "
                     "jobs.", doc_type="indictment",
                     issuers=[{"country": "US", "agency": "Department of Justice"}])
    helped = [r for r in result.relations if r.type == "FACILITATED"]
    assert helped and all(r.modality == "alleged" for r in helped)


def test_a_negation_in_one_clause_does_not_deny_the_next_clause() -> None:
    result = extract("OFAC did not designate Vexel Ltd., and the Department of State "
                     "designated Morrin Data LLC.")
    designated = relations(result, "DESIGNATED")
    assert ("Department of State", "Morrin Data LLC") in designated
    assert not any(t == "Vexel Ltd." for _, t in designated)


def test_a_relative_clause_read_as_a_coordinated_verb_keeps_its_own_subject() -> None:
    # the parser joins "and who were working for X" to the main verb; "who" is its
    # subject (hung on the auxiliary), so the main verb's subject does not work for X
    result = extract(
        "From 2021 to 2023 Tam Osric helped overseas IT workers who were based in China, and "
        "who were in fact working for the Democratic People's Republic of Korea (DPRK), "
        "obtain remote jobs with U.S. companies.", doc_type="indictment",
        issuers=[{"country": "US", "agency": "Department of Justice"}])
    assert not any(a == "Tam Osric" for a, _ in relations(result, "CONTROLLED_BY"))
    assert ("Tam Osric", "DPRK IT workers") in relations(result, "FACILITATED")


def test_a_restrictive_modifier_belongs_to_its_own_list_item() -> None:
    result = extract(
        "The sanctioned network includes a weapons-trading department known as Bureau 66, "
        "two front companies employing DPRK IT workers in Laos, and a Chinese company "
        "supplying electronics equipment.")
    employers = [b for _, b in relations(result, "EMPLOYED_AT")]
    assert employers == ["two front companies"]
    helpers = [a for a, _ in relations(result, "FACILITATED")]
    assert "two front companies" not in helpers


def test_a_clause_set_off_by_a_comma_covers_the_named_list() -> None:
    result = extract("Kosmar Holdings and Vexel Trading LLC, which employ North Korean IT "
                     "workers in Laos, were designated today.")
    employers = sorted(b for _, b in relations(result, "EMPLOYED_AT"))
    assert employers == ["Kosmar Holdings", "Vexel Trading LLC"]


def test_an_appositive_describes_its_own_name_not_the_list_it_stands_in() -> None:
    result = extract(
        "The individuals added to the sanctions list are Teo Marsk, the head of Vexel "
        "Trading LLC's worker delegation in Laos, and Ruan Kesh, the China-based chief "
        "representative of Morrin Data LLC.")
    # each appositive describes its own name: the head of a firm's delegation works for it
    # (the delegation frame), the representative for his; neither for the other's firm
    assert sorted(relations(result, "EMPLOYED_AT")) == [("Ruan Kesh", "Morrin Data LLC"),
                                                        ("Teo Marsk", "Vexel Trading LLC")]
    assert ("Ruan Kesh", "Laos") not in relations(result, "LOCATED_IN")


def test_an_appositive_still_describes_its_own_name() -> None:
    result = extract("OFAC designated Lena Brask, the chief representative of Morrin Data "
                     "LLC in Laos.")
    assert relations(result, "EMPLOYED_AT") == [("Lena Brask", "Morrin Data LLC")]


def test_a_firm_the_work_was_with_is_not_the_earner() -> None:
    result = extract("The IT workers worked with U.S. companies that generated $5 million in "
                     "revenue.", doc_type="news",
                     issuers=[{"country": "US", "agency": "Department of Justice"}])
    assert relations(result, "GENERATED_REVENUE_FOR") == []


def test_a_front_company_described_as_earning_is_the_earner() -> None:
    result = extract("Lena Brask worked with Vexel Trading LLC, a front company that "
                     "generated $2 million for North Korea.", doc_type="news",
                     issuers=[{"country": "US", "agency": "Department of Justice"}])
    assert relations(result, "GENERATED_REVENUE_FOR") == [("Vexel Trading LLC",
                                                           "USD 2000000")]


def test_what_someone_was_ordered_to_pay_is_not_a_payment() -> None:
    result = extract("Lena Brask was ordered to pay $176,000 in restitution.",
                     doc_type="sentencing",
                     issuers=[{"country": "US", "agency": "Department of Justice"}])
    assert relations(result, "PAID") == []


def test_a_payment_made_for_a_purpose_is_a_payment() -> None:
    result = extract("Vexel Trading LLC paid Dorn Baik $40,000 to manage the delegation.",
                     doc_type="sentencing",
                     issuers=[{"country": "US", "agency": "Department of Justice"}])
    assert relations(result, "PAID") == [("Vexel Trading LLC", "USD 40000")]


def test_a_relative_pronoun_stands_for_its_own_list_item() -> None:
    result = extract("The indictment names Vexel Trading LLC, Morrin Data LLC and a broker "
                     "who helped North Korean IT workers open bank accounts.",
                     doc_type="indictment",
                     issuers=[{"country": "US", "agency": "Department of Justice"}])
    helpers = [a for a, _ in relations(result, "FACILITATED")]
    assert "Vexel Trading LLC" not in helpers and "Morrin Data LLC" not in helpers


def test_a_relative_clause_after_names_set_off_by_a_comma_still_reaches_them() -> None:
    result = extract("Prosecutors charged Lena Brask and Dorn Baik, who hosted laptops for "
                     "North Korean IT workers.", doc_type="indictment",
                     issuers=[{"country": "US", "agency": "Department of Justice"}])
    assert ("Lena Brask", "DPRK IT workers") in relations(result, "FACILITATED")


def test_a_denied_avoided_or_nearly_done_act_is_not_done() -> None:
    for text in ("Lena Brask denied helping North Korean IT workers obtain jobs.",
                 "Pellam Tech Ltd. avoided hiring North Korean IT workers by checking "
                 "identities.",
                 "Pellam Tech Ltd. nearly hired North Korean IT workers before its security "
                 "team noticed the fraud."):
        result = extract(text, doc_type="news",
                         issuers=[{"country": "US", "agency": "Department of Justice"}])
        assert relations(result, "FACILITATED") == [], text
        assert relations(result, "EMPLOYED_AT") == [], text


def test_an_act_that_stopped_was_still_done() -> None:
    result = extract("Lena Brask stopped hosting laptops for North Korean IT workers in 2022.",
                     doc_type="news",
                     issuers=[{"country": "US", "agency": "Department of Justice"}])
    assert relations(result, "FACILITATED") == [("Lena Brask", "DPRK IT workers")]


def test_a_name_a_firm_operates_under_is_not_its_controller() -> None:
    result = extract("Vexel Trading LLC operates under the name Morrin Data LLC in Russia.")
    assert relations(result, "CONTROLLED_BY") == []


def test_a_body_a_firm_operates_under_controls_it() -> None:
    result = extract("Vexel Trading LLC operates under the Munitions Industry Department in "
                     "Russia.")
    assert relations(result, "CONTROLLED_BY") == [("Vexel Trading LLC",
                                                   "Munitions Industry Department")]


def test_the_workers_do_not_stand_in_for_someone_the_sentence_names() -> None:
    result = extract("Pellam Tech Ltd. helped the FBI identify the North Korean IT workers.",
                     doc_type="news",
                     issuers=[{"country": "US", "agency": "Department of Justice"}])
    assert relations(result, "FACILITATED") == []


def test_the_workers_helped_to_do_something_are_the_ones_helped() -> None:
    result = extract("Lena Brask helped the North Korean IT workers obtain jobs at Pellam "
                     "Tech Ltd.", doc_type="news",
                     issuers=[{"country": "US", "agency": "Department of Justice"}])
    assert relations(result, "FACILITATED") == [("Lena Brask", "DPRK IT workers")]


def test_helping_the_state_profit_from_its_workers_helps_the_workers() -> None:
    result = extract("Vexel Trading LLC has helped Pyongyang make money from North Korean IT "
                     "workers it sends abroad.")
    assert relations(result, "FACILITATED") == [("Vexel Trading LLC", "DPRK IT workers")]

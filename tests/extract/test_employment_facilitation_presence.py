"""Employment, facilitation and presence constructions read from their dependency paths:
each one on a paraphrase with invented names, each with a look-alike that must not fire."""

from __future__ import annotations

from tests.extract.conftest import extract, relations


def _located(text: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="news"), "LOCATED_IN")


def test_a_firm_that_keeps_teams_in_a_country_is_there() -> None:
    found = _located("Korea Tamrak Trading Co., a front company of the ministry, has kept "
                     "teams of IT workers in Cambodia since 2021.")
    assert ("Korea Tamrak Trading Co.", "Cambodia") in found
    found = _located("Treasury designated Hanul Technology Co., which runs IT worker teams "
                     "in Mongolia, and Ri Kwang Su, who heads the Hanul delegation of IT "
                     "workers in Nepal.")
    assert ("Hanul Technology Co.", "Mongolia") in found
    assert ("Ri Kwang Su", "Nepal") in found
    found = _located("The ministry designated Hanul Technology Co., whose delegations of IT "
                     "workers operate in Nepal and Laos.")
    assert {("Hanul Technology Co.", "Nepal"), ("Hanul Technology Co.", "Laos")} <= set(found)


def test_sending_or_hiring_a_team_or_planning_an_office_places_no_one() -> None:
    found = _located("Hanul Technology Co. sent a team of IT workers to Mongolia and hired "
                     "a team in Nepal.")
    assert ("Hanul Technology Co.", "Mongolia") not in found
    assert ("Hanul Technology Co.", "Nepal") not in found
    assert _located("Vesta LLC plans to open an office in Laos.") == []
    assert _located("Lena Markova hired a firm in Cambodia.") == []


def test_a_firm_name_with_its_country() -> None:
    found = _located("OFAC designated Orion LLC in Minsk, Belarus, and Bright Star Trading "
                     "in Nepal.")
    assert ("Orion LLC", "Belarus") in found
    assert ("Bright Star Trading", "Nepal") in found
    # the place of an act, not of the firm
    assert _located("Orion LLC invested heavily in Belarus.") == []


def test_a_relative_clause_of_place() -> None:
    found = _located("Asim Karimov is a national of Belarus, where both of his companies, "
                     "Karimov LLC and Vesta LLC, are registered.")
    assert {("Karimov LLC", "Belarus"), ("Vesta LLC", "Belarus")} <= set(found)
    assert _located("Asim Karimov visited Belarus, where Vesta LLC was founded.") == []


def test_a_list_entry_address_not_its_nationality() -> None:
    found = _located("KOREA TAMRAK TRADING CORPORATION (a.k.a. TAMRAK TRADING), Mangyongdae "
                     "District, Pyongyang, Korea, North.")
    assert ("KOREA TAMRAK TRADING CORPORATION", "North Korea") in found
    found = _located("PAK, Yong Chol; DOB 02 Nov 1986; nationality Korea, North; Gender "
                     "Male; Address Vientiane, Laos.")
    assert found == [("Pak Yong Chol", "Laos")]


def _helped(text: str) -> list[tuple[str, str]]:
    return relations(extract(text, doc_type="news"), "FACILITATED")


def test_money_the_workers_earned_exchanged_for_them() -> None:
    assert _helped("Between 2021 and 2023, Dmitri Valko exchanged more than $2 million in "
                   "virtual currency earned by North Korean IT workers for rubles.") == [
        ("Dmitri Valko", "DPRK IT workers")]
    assert _helped("Dmitri Valko exchanged rubles for dollars at a bank in Minsk.") == []


def test_aliases_made_for_the_workers() -> None:
    assert ("Kang Myong Chol", "DPRK IT workers") in _helped(
        "In 2023, Kang Myong Chol took the names and addresses of real U.S. persons and "
        "turned them into aliases for North Korean IT workers.")
    assert _helped("Kang Myong Chol built aliases for his own use.") == []
    assert _helped("Investigators say North Korean IT workers may build aliases that they "
                   "present to employers.") == []


def test_bringing_the_workers_in() -> None:
    found = _helped("Lena Markova, a Belarusian national, and her company, Vesta LLC, have "
                    "worked with North Korean trading companies to bring DPRK IT workers "
                    "into Belarusian firms.")
    assert {("Lena Markova", "DPRK IT workers"), ("Vesta LLC", "DPRK IT workers")} <= set(
        found)
    # an attempt is no help given
    assert _helped("Lena Markova runs companies in Belarus through which she has sought to "
                   "bring in North Korean IT workers.") == []


def test_the_head_of_a_delegation_abroad_is_there_and_no_one_else_is() -> None:
    found = _located("The two individuals are Han Il Gwang, the president of Tamrak's North "
                     "Korean IT worker delegation in Cambodia, and Ri Kwang Su, the head of "
                     "the firm's team in Mongolia.")
    assert ("Han Il Gwang", "Cambodia") in found and ("Ri Kwang Su", "Mongolia") in found
    assert ("Ri Kwang Su", "Cambodia") not in found
    assert ("Han Il Gwang", "Mongolia") not in found
    found = _located("Treasury named Jang Chol, who heads the Tamrak delegation of IT workers "
                     "in Cambodia, and Ri Kwang Su, who is Hanul's chief representative in "
                     "Mongolia.")
    assert ("Jang Chol", "Cambodia") in found and ("Ri Kwang Su", "Cambodia") not in found


def test_a_sentence_that_opens_with_a_name_is_no_list_entry() -> None:
    assert _located("Han Il Gwang, the president of the delegation, visited Cambodia.") == []


def test_a_nationality_before_a_noun_is_no_place_and_a_clause_is_its_item_s() -> None:
    assert _located("Ri Kwang Su is a DPRK national who works for Hanul Co.") == []
    found = _located("OFAC designated Hanul Co., whose delegations of IT workers operate in "
                     "Nepal and Laos, together with Ri Kwang Su, a Hanul representative in "
                     "Mongolia.")
    assert ("Hanul Co.", "Laos") in found and ("Ri Kwang Su", "Mongolia") in found
    assert ("Ri Kwang Su", "Laos") not in found and ("Ri Kwang Su", "Nepal") not in found


def test_workers_sent_to_live_somewhere_are_there() -> None:
    found = _located("The North Korean government sends thousands of skilled North Korean IT "
                     "workers to live abroad, mainly in Nepal and Laos.")
    assert {("DPRK IT workers", "Nepal"), ("DPRK IT workers", "Laos")} <= set(found)
    assert _located("The regime planned to send North Korean IT workers to work in Nepal.") \
        == []
    assert _located("Hanul Co. sent a delegation to learn from firms in Nepal.") == []


def test_what_a_thing_someone_set_up_lets_the_workers_do() -> None:
    assert _helped("Marco Delgado then installed remote-access software on the laptop, which "
                   "allowed the North Korean IT workers to log in from China.") == [
        ("Marco Delgado", "DPRK IT workers")]
    assert _helped("Marco Delgado connected the computers to his home network, which "
                   "enabled North Korean IT workers to appear to work from Ohio.") == [
        ("Marco Delgado", "DPRK IT workers")]
    # who took the thing away did not set it up; someone else let in is no DPRK worker
    assert _helped("The FBI seized the laptops, which allowed North Korean IT workers to "
                   "log in.") == []
    assert _helped("Marco Delgado installed software on the laptop, which allowed his sister "
                   "to log in.") == []
    assert _helped("Marco Delgado refused to install software on the laptop, which would "
                   "have allowed North Korean IT workers to log in.") == []


def test_a_town_or_state_before_a_firm_noun_places_it() -> None:
    found = _located("Vesta LLC, a Texas company, was charged in the United States.")
    assert ("Vesta LLC", "United States") in found
    # a country before the noun is a nationality, and a firm one poses as is no place
    assert _located("Ri Kwang Su is a DPRK national who works for Hanul Co.") == []
    posing = _located("The workers live in China and the United States. The workers, "
                      "posing as a Texas company, contacted Pellham Analytics.")
    assert not any(place == "United States" for _, place in posing)


def test_currency_converted_for_the_dprk_side() -> None:
    assert _helped("Lena Markova worked with Han Chol to convert cryptocurrency into U.S. "
                   "dollars for North Korean IT workers.") == [
        ("Lena Markova", "DPRK IT workers")]
    # a trade for anyone else, and an offer, help no one
    assert _helped("Lena Markova converted cryptocurrency into U.S. dollars for Vesta LLC.") \
        == []
    assert _helped("Lena Markova offered to convert cryptocurrency into dollars for North "
                   "Korean IT workers.") == []

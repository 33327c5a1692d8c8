"""A name inside one item's description is not the next item of the list: in "A, a firm
affiliated with B, and C, a front company for D" the parse coordinates C with A, and B,
though it stands right before ", and C", belongs to A's description (extract/entity_index.py).
"""

from __future__ import annotations

from tests.extract.conftest import extract, relations

_TEXT = ("The designations cover Norvik Data Systems, a company linked to the Munitions "
         "Industry Department, and Harbin Qiaoxin Network, a front company for Tumen "
         "Sangsa Group.")


def test_the_name_in_a_description_fronts_for_no_one() -> None:
    fronts = relations(extract(_TEXT, doc_type="news"), "FRONT_FOR")
    assert ("Harbin Qiaoxin Network", "Tumen Sangsa Group") in fronts
    assert all("Munitions" not in source for source, _ in fronts)


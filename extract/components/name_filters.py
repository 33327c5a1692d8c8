"""What no name is: the words and shapes span cleanup refuses or relabels.

The statistical NER takes capitalized common nouns ("Working Group"), document kinds ("this
Public Service Announcement"), offenses in a list of counts, laws and listing fields for
names. These tests say which spans are such words; `cleanup.SpanCleanup` applies them.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from extract.components.span_context import AGENCY_HEAD
from extract.names import fold

COURT = re.compile(r"\b(?:Court|Judge|Jury|Grand Jury)\b")
STOP_ORG = {"terrorism", "financial intelligence", "government", "congress", "state",
             "justice", "treasury department's", "it", "ai", "web3", "covid-19", "nft",
             "nfts", "gps", "vpn", "ip", "crypto", "bitcoin", "usdt", "usdc", "btc", "eth",
             "tether", "usd coin", "ethereum", "ethereum name service", "ens", "e-verify",
             "psa", "psas", "social security", "ssn", "ssns", "bureau", "department",
             "ministry", "agency", "office", "individuals", "entities", "working group",
             "red flags", "itar", "sdn", "sdn list", "tradertraitor", "applejeus",
             "the bureau", "the department", "the ministry", "the agency"}
# the kind of a document, capitalized, is no actor's name: "this Public Service Announcement"
# is the document itself, "a Joint Statement" one the text goes on to describe
DOCUMENT_KIND = re.compile(r"(?:(?:Joint|Updated|Cybersecurity|Public\s+Service)\s+)*"
                            r"(?:Announcements?|Advisory|Advisories|Statements?|Guidance|"
                            r"Fact\s+Sheets?|Alerts?|Notices?|PSAs?)", re.IGNORECASE)
# capitalized common nouns the model takes for names ("Working Group", "Individuals")
# the field names of a designation listing ("DOB 1 May 1980; nationality Korea, North;
# Gender Male; Passport 123"): a capitalized field and its value read like a name
IDENTITY_FIELD = re.compile(r"(?:Gender|Sex|DOB|POB|Nationality|Citizen|Citizenship|"
                             r"Passport|Alt|Address|Title)\b")
GENERIC_WORDS = {"working", "group", "groups", "individuals", "entities", "initiative", "program",
            "team", "network", "list", "unit", "units", "sector", "industry", "government",
            "governments", "section", "division", "task", "force", "partners", "partnership",
            "enabler", "revgen", "domestic", "national", "nationals", "security", "cyber",
            "threats", "threat", "and", "of", "the", "on", "for", "dprk", "it", "u.s.",
            "joint", "strike", "enforcement", "law", "laptop", "farm", "farms", "associated",
            "persons", "person", "operator", "operators", "facilitator", "facilitators"}
# the name of an offense, capitalized in a heading or a list of counts ("Wire Fraud
# Conspiracy; Money Laundering"), is no actor: its last word is the offense
OFFENSE = re.compile(r"\b(?:Fraud|Conspiracy|Laundering|Theft|Extortion|Trafficking|"
                      r"Smuggling|Espionage|Evasion|Bribery|Embezzlement)$")
# a government task force is a body of the state, whatever its name's first words
# ("Disruptive Technology Strike Force"): the last words decide
TASK_FORCE = re.compile(r"\b(?:Task|Strike)\s+Force$")
LAW = re.compile(r"\b(?:Act|Regulations?|Law|Code|Resolutions?|Convention|Order)\b")
FIELD_OFFICE = re.compile(r"\bField\s+Office$")
UN_IDS = {"agency:united-nations", "agency:united-nations-security-council"}
EO_WORDS = {"e.o.", "eo", "order", "orders", "e.o.s", "resolution", "resolutions", "no.",
             "section", "u.s.c.", "§"}
# what makes a capitalized phrase a body rather than a field: a legal form or an office
_BODY = re.compile(r"\b(?:Co\.?|Corp\.?|Corporation|Company|LLC|Ltd\.?|Limited|Inc\.?|Group|"
                   r"Bank|Trading|Exchange|Association|Institute|University)\b")


def spelled_out_term(span: Span) -> bool:
    """A term spelled out before its abbreviation and used as a modifier: "Information
    Technology (IT) workers", "Artificial Intelligence (AI) tools". The capitals come from
    the abbreviation, not from a name: short, no legal form or office, its initials are the
    abbreviation and a common noun follows. A body so used keeps its head word ("Munitions
    Industry Department (MID) officials", "Example Trading Co. (ETC) staff")."""
    doc = span.doc
    words = [t.text for t in span if t.text[:1].isalpha()]
    if not 1 < len(words) <= 3 or _BODY.search(span.text) or AGENCY_HEAD.search(span.text):
        return False
    end = span.end
    if end + 3 >= len(doc) + 1 or doc[end].text != "(" or end + 3 > len(doc) - 1 or \
            doc[end + 2].text != ")":
        return False
    initials = "".join(w[0] for w in words).upper()
    after = doc[end + 3]
    return doc[end + 1].text.upper() == initials and after.is_lower and after.pos_ == "NOUN"


def office_of_a_title(span: Span) -> bool:
    """"U.S. Attorney's Office for the Western District of Kansas": the model cuts the
    office off its holder's title ("Office for the Western District"), a name of nothing."""
    doc = span.doc
    return span.start >= 2 and span[0].text == "Office" and \
        doc[span.start - 1].text in {"'s", "’s"} and doc[span.start - 2].text == "Attorney"


def generic_words_only(text: str) -> bool:
    words = [w for w in re.split(r"[\s-]+", fold(text)) if w]
    return bool(words) and all(w in GENERIC_WORDS for w in words)


def modifies_rules(span: Span) -> bool:
    """The UN's name citing its rules, not the UN acting: "United Nations Security Council
    resolutions", "in defiance of the resolutions of the United Nations Security Council"."""
    doc = span.doc
    nxt = doc[span.end].lower_ if span.end < len(doc) else ""
    if nxt in {"resolution", "resolutions", "sanctions", "sanction", "security"}:
        return True
    before = [t.lower_ for t in doc[max(0, span.start - 3):span.start]]
    return len(before) == 3 and before[1:] == ["of", "the"] and \
        before[0] in {"resolution", "resolutions", "sanctions"}


def after_indefinite_article(span: Span) -> bool:
    """A personal name takes no indefinite article: "with the help of a Raspberry Pi", "on
    an Xbox" count a thing the model took for a person. Only the lowercase article counts:
    a capitalized "An" opens a sentence or is a Korean family name ("An Chol Ho")."""
    return span.start > 0 and span.doc[span.start - 1].text in {"a", "an"}

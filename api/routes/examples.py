"""Example answers shown in the OpenAPI document, one per endpoint (trimmed real shapes)."""

from __future__ import annotations

from typing import Any

CHAPMAN = {"id": "person:christina-marie-chapman", "label": "Person",
           "name": "Christina Marie Chapman"}
WORKERS = {"id": "organization:dprk-it-workers", "label": "Organization",
           "name": "DPRK IT workers"}
KP = {"id": "country:KP", "label": "Country", "name": "North Korea"}
EVIDENCE = {"document": "c1-doj-chapman-sentencing-2025-07-24", "start": 0, "end": 120,
            "text": "An Arizona woman was sentenced today to 102 months in prison for her "
                    "role in a fraudulent scheme that assisted North Korean IT workers."}
HOP = {"id": "r12", "type": "FACILITATED", "source": CHAPMAN["id"], "target": WORKERS["id"],
       "properties": {"period_start": "2020-10", "period_end": "2023-10"},
       "sources": [EVIDENCE["document"]], "evidence": [EVIDENCE], "evidence_total": 1,
       "confidence": 0.9, "band": "high", "modality": "sentenced", "judgment": None,
       "direction": "forward"}


def ok(example: dict[str, Any], description: str = "Successful answer") -> dict[int | str, Any]:
    return {200: {"description": description,
                  "content": {"application/json": {"example": example}}}}


SEARCH = {"query": "Jinyong", "total": 1, "limit": 20, "offset": 0, "items": [{
    "id": "organization:chinyong-information-technology-cooperation-company",
    "label": "Organization", "name": "Chinyong Information Technology Cooperation Company",
    "aliases": ["Jinyong IT Cooperation Company"], "countries": ["KP"], "score": 0.93,
    "matched": "Jinyong IT Cooperation Company", "designated_by": ["US"]}],
    "by_type": {"Organization": 1}, "did_you_mean": None}
DOSSIER = {"entity": {**CHAPMAN, "labels": ["Person", "Entity"], "aliases": ["Chapman"],
                      "countries": ["US"], "properties": {"age": 50},
                      "sources": [EVIDENCE["document"]], "evidence": [EVIDENCE],
                      "evidence_total": 1, "confidence": 0.9},
           "sanctions": [], "cases": [{"case": {"id": "case:united-states-v-christina-marie-"
                                                      "chapman", "label": "Case",
                                                "name": "United States v. Christina Marie "
                                                        "Chapman"},
                                       "sentence_months": 102, "plea": "guilty",
                                       "charges": ["conspiracy to commit wire fraud"],
                                       "forfeiture_usd": 461406}],
           "money": {"incoming": [], "outgoing": [], "total_in_usd": 0, "total_out_usd": 0},
           "relationships": [{"type": "FACILITATED", "count": 1, "outgoing": 1, "incoming": 0,
                              "truncated": False,
                              "items": [{**HOP, "direction": "out", "other": WORKERS}]}],
           "documents": [{"id": EVIDENCE["document"], "title": "Arizona Woman Sentenced",
                          "date": "2025-07-24", "doc_type": "sentencing", "facts": 9}]}
NEIGHBORS = {"entity": CHAPMAN, "depth": 1, "types": ["FACILITATED"], "limit": 50, "offset": 0,
             "total": 1, "items": [{"node": {**WORKERS, "properties": {}}, "depth": 1,
                                           "relationship": HOP, "via": []}]}
PATH = {"length": 2, "nodes": [{**CHAPMAN, "properties": {}}, {**WORKERS, "properties": {}},
                               {**KP, "properties": {"code": "KP"}}],
        "hops": [HOP, {**HOP, "type": "CONTROLLED_BY", "source": WORKERS["id"],
                       "target": KP["id"], "properties": {}}]}
PATHS = {"source": CHAPMAN, "target": KP, "max_hops": 4, "searched_hops": 2, "shortest": PATH,
         "alternatives": [], "hubs_not_expanded": [], "reason": None}
FACILITATION = {"facilitator": CHAPMAN, "total_usd": 17100000, "total": 1, "limit": 50,
                "offset": 0, "items": [{
    "nodes": PATH["nodes"], "hops": PATH["hops"], "regime": KP,
    "amounts": [{"payment": {"id": f"payment:{EVIDENCE['document']}#revenue-usd-17100000",
                             "label": "Payment", "name": "about $17.1 million (revenue)"},
                 "amount_usd": 17100000, "qualifier": "about", "kind": "revenue",
                 "documents": [EVIDENCE["document"]]}],
    "documents": [EVIDENCE["document"]]}]}
SANCTIONS = {"target": {"id": "organization:korea-sobaeksu-trading-company",
                        "label": "Organization", "name": "Korea Sobaeksu Trading Company"},
             "designations": [{"authority": "Office of Foreign Assets Control",
                               "authority_id": "agency:office-of-foreign-assets-control",
                               "government": "US", "program": "DPRK", "legal_basis": [],
                               "date": "2025-07-24", "sources": ["b7-ofac-korea-sobaeksu-"
                                                                 "2025-07-24"]}],
             "controlled_by": [], "controls": [], "fronts_for": [], "fronted_by": []}
DOCUMENT_SUMMARY = {"id": EVIDENCE["document"], "title": "Arizona Woman Sentenced",
                    "doc_type": "sentencing", "date": "2025-07-24",
                    "issuers": ["US/Department of Justice"], "language": "en", "complete": True}
DOCUMENTS = {"query": "laptop farm", "total": 3, "limit": 100, "offset": 0, "items": [{
    **DOCUMENT_SUMMARY, "source_kind": "court record", "reliability": "high", "score": 1.0,
    "snippets": [[{"text": "…operated a ", "hit": False}, {"text": "laptop", "hit": True},
                  {"text": " ", "hit": False}, {"text": "farm", "hit": True},
                  {"text": " in her home…", "hit": False}]]}]}
DOCUMENT = {**DOCUMENT_SUMMARY, "source_kind": "court record", "reliability": "high",
            "source_urls": [], "content_hash": "sha256:…",
            "text": EVIDENCE["text"], "entities": [CHAPMAN],
            "spans": [{"start": 3, "end": 16, "text": "Arizona woman", "kind": "mention",
                       "entity": CHAPMAN}]}
CYPHER = {"columns": ["p.name"], "rows": [["Christina Marie Chapman"]], "truncated": False,
          "graph": {"nodes": [], "edges": []}}
STATS = {"store": "embedded FalkorDB, graph 'tkg'", "documents": 28,
         "nodes": {"Document": 28, "Person": 120}, "relationships": {"FACILITATED": 14},
         "total_nodes": 148, "total_relationships": 14}
CENTRALITY = {"type": None, "nodes": 400, "edges": 900, "total": 400, "limit": 50, "offset": 0,
              "items": [{
    **WORKERS, "degree": 80, "degree_centrality": 0.2, "betweenness": 0.31}]}
COMMUNITIES = {"total": 12, "limit": 20, "offset": 0, "items": [{"id": 0, "size": 40,
                                             "labels": {"Person": 30, "Organization": 10},
                                             "members": [CHAPMAN]}]}
INGEST = {"doc_id": "x1-example-2025-01-01", "skipped": False, "replaced": False,
          "entities": 12, "relationships": 9, "problems": []}
TRILATERAL = {"governments": {"US": "United States", "JP": "Japan", "KR": "South Korea"},
              "filters": {"governments": ["US", "JP", "KR"], "kind": None, "label": None,
                          "since": None, "until": None, "scope": "all", "q": ""},
              "total": 1, "limit": 500, "offset": 0, "items": [{
                  "id": "organization:korea-sobaeksu-trading-company",
                  "name": "Korea Sobaeksu Trading Company", "label": "Organization",
                  "kind": "front_company", "governments": ["US"], "first_date": "2025-07-24",
                  "actions": [{"government": "US", "kind": "designated", "date": "2025-07-24",
                               "by": "Office of Foreign Assets Control", "program": "DPRK",
                               "legal_basis": [], "sources": ["b7-ofac-korea-sobaeksu-"
                                                              "2025-07-24"]}]}],
              "events": [{"date": "2025-07-24", "government": "US", "kind": "designated",
                          "targets": ["organization:korea-sobaeksu-trading-company"],
                          "coordinated": False}],
              "summary": {"targets": 1, "all_three": 0, "two": 0,
                          "solo": {"US": 1, "JP": 0, "KR": 0},
                          "acted": {"US": 1, "JP": 0, "KR": 0}},
              "date_range": ["2025", "2025"]}

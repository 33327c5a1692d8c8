"""The fixed parts of the synthetic world: real states and agencies, and word lists.

Forms use the `synth_text.form` spec: bracketed text is the mention, the rest is plain
("the [DPRK]" mentions "DPRK"), so determiners never become part of a name.
"""

from __future__ import annotations

FOREIGN_BASES = (("Shenyang", "CN"), ("Dandong", "CN"), ("Yanji", "CN"), ("Dalian", "CN"),
                 ("Vladivostok", "RU"), ("Khabarovsk", "RU"), ("Vientiane", "LA"),
                 ("Dubai", "AE"), ("Hanoi", "VN"), ("Phnom Penh", "KH"), ("Malabo", "GQ"),
                 ("Lagos", "NG"))
ARREST_PLACES = (("Warsaw", "PL"), ("Amsterdam", "NL"), ("Kyiv", "UA"), ("Bangkok", "TH"))
# (code, canonical name, first forms, later forms)
COUNTRIES = (
    ("KP", "North Korea", ("[North Korea]", "the [Democratic People's Republic of Korea] ([DPRK])",
                           "the [DPRK]"), ("[North Korea]", "the [DPRK]", "[Pyongyang]")),
    ("US", "United States", ("the [United States]",), ("the [United States]", "the [U.S.]")),
    ("JP", "Japan", ("[Japan]",), ("[Japan]",)),
    ("KR", "South Korea", ("the [Republic of Korea] ([ROK])", "[South Korea]"),
     ("the [ROK]", "[South Korea]", "[Seoul]")),
    ("CN", "China", ("[China]", "the [People's Republic of China] ([PRC])"),
     ("[China]", "the [PRC]")),
    ("RU", "Russia", ("[Russia]", "the [Russian Federation]"), ("[Russia]",)),
    ("LA", "Laos", ("[Laos]",), ("[Laos]",)),
    ("AE", "United Arab Emirates", ("the [United Arab Emirates] ([UAE])",), ("the [UAE]",)),
    ("VN", "Vietnam", ("[Vietnam]",), ("[Vietnam]",)),
    ("KH", "Cambodia", ("[Cambodia]",), ("[Cambodia]",)),
    ("GQ", "Equatorial Guinea", ("[Equatorial Guinea]",), ("[Equatorial Guinea]",)),
    ("NG", "Nigeria", ("[Nigeria]",), ("[Nigeria]",)),
    ("PL", "Poland", ("[Poland]",), ("[Poland]",)),
    ("NL", "Netherlands", ("the [Netherlands]",), ("the [Netherlands]",)),
    ("UA", "Ukraine", ("[Ukraine]",), ("[Ukraine]",)),
    ("TH", "Thailand", ("[Thailand]",), ("[Thailand]",)),
)
# (key, country, canonical name, first forms, later forms)
AGENCIES = (
    ("ofac", "US", "Office of Foreign Assets Control",
     ("the [Office of Foreign Assets Control] ([OFAC])",), ("[OFAC]",)),
    ("treasury", "US", "Department of the Treasury",
     ("the [Department of the Treasury]", "the [Treasury Department]"), ("[Treasury]",)),
    ("state", "US", "Department of State",
     ("the [Department of State]", "the [State Department]"), ("the [State Department]",)),
    ("fbi", "US", "Federal Bureau of Investigation",
     ("the [Federal Bureau of Investigation] ([FBI])", "the [FBI]"), ("the [FBI]",)),
    ("doj", "US", "Department of Justice",
     ("the [Department of Justice]", "the [Justice Department]"), ("the [Justice Department]",)),
    ("mofa_jp", "JP", "Ministry of Foreign Affairs of Japan",
     ("the [Ministry of Foreign Affairs of Japan]",), ("the [Japanese Foreign Ministry]",)),
    ("npa_jp", "JP", "National Police Agency of Japan",
     ("the [National Police Agency of Japan] ([NPA])",), ("the [NPA]",)),
    ("mof_jp", "JP", "Ministry of Finance of Japan",
     ("the [Ministry of Finance of Japan]",), ("the [Japanese Finance Ministry]",)),
    ("meti", "JP", "Ministry of Economy, Trade and Industry",
     ("the [Ministry of Economy, Trade and Industry] ([METI])",), ("[METI]",)),
    ("mofa_kr", "KR", "Ministry of Foreign Affairs of the Republic of Korea",
     ("the [Ministry of Foreign Affairs of the Republic of Korea]",),
     ("the [South Korean Foreign Ministry]", "the [ROK Foreign Ministry]")),
    ("moef", "KR", "Ministry of Economy and Finance",
     ("the [Ministry of Economy and Finance] ([MOEF])",), ("[MOEF]",)),
    ("nis", "KR", "National Intelligence Service",
     ("the [National Intelligence Service] ([NIS])",), ("the [NIS]",)),
    ("knpa", "KR", "Korean National Police Agency",
     ("the [Korean National Police Agency] ([KNPA])",), ("the [KNPA]",)),
)
OFFICIAL_TITLES = {
    "ofac": ("OFAC Director", "Under Secretary of the Treasury for Terrorism and Financial "
             "Intelligence"),
    "doj": ("Assistant Attorney General for National Security", "U.S. Attorney",
            "FBI Assistant Director"),
    "state": ("Assistant Secretary of State", "State Department Spokesperson"),
    "mofa_jp": ("Director-General of the Asian and Oceanian Affairs Bureau",),
    "mofa_kr": ("Special Representative for Korean Peninsula Peace and Security Affairs",),
}
OFFICIAL_NATIONALITY = {"ofac": "US", "doj": "US", "state": "US", "mofa_jp": "JP",
                        "mofa_kr": "KR"}
ADJECTIVES = {"US": "American", "CN": "Chinese", "JP": "Japanese", "RU": "Russian",
              "UA": "Ukrainian", "KP": "North Korean", "KR": "South Korean"}
CHARGES = ("conspiracy to commit wire fraud", "aggravated identity theft",
           "conspiracy to launder monetary instruments",
           "conspiracy to cause the unlawful employment of aliens",
           "conspiracy to violate the International Emergency Economic Powers Act",
           "conspiracy to commit identity fraud")
ADVISORY_TOPICS = ("Remote Developer Identity Fraud", "Hiring Risks from Overseas Freelance "
                   "Developers", "Laptop Farm Schemes", "Red Flags in Remote IT Recruitment",
                   "Freelance Platform Account Misuse", "Payment Channels Used by Remote "
                   "Contractors", "Deepfake Job Interviews")
ADVISORY_KINDS = ("Guidance on", "Advisory on", "Public Service Announcement on",
                  "Updated Guidance on", "Alert on")
ISSUER_SETS = (("fbi", "state"), ("fbi",), ("state", "treasury", "fbi"), ("npa_jp", "mofa_jp"),
               ("npa_jp", "mofa_jp", "mof_jp", "meti"), ("mofa_kr", "nis", "knpa"),
               ("fbi", "mofa_kr", "nis"))

"""Invented names for the synthetic world, built from word lists.

Names look realistic for their origin (Korean family name first, romanised as DPRK
documents do) but are combinations nobody published: real names from the fact sheet are
excluded so a synthetic fact can never be read as a claim about a real person or firm.
"""

from __future__ import annotations

import random
from collections.abc import Callable

KOREAN_FAMILY = ("Kim", "Ri", "Pak", "Choe", "Jong", "Kang", "Han", "Ryu", "Jon", "Sin",
                 "Hwang", "O", "Yun", "Ryom", "Kye", "Ju", "Ho", "Rim", "Pang", "Ko", "Mun",
                 "Cha", "So", "Jang", "Chae", "Tak", "Paek", "Yom", "Sok", "Kwak", "Hyon",
                 "Pyon", "Ma", "No", "Ra", "Chon", "Hong", "Jo", "Yu", "Ok", "Kil", "Myong")
KOREAN_GIVEN = ("Chol", "Song", "Hyok", "Il", "Nam", "Kwang", "Myong", "Yong", "Hyon", "Sun",
                "Ung", "Ryong", "Tae", "Jin", "Kyong", "Sik", "Hui", "Bom", "Gun", "Man",
                "Su", "Ho", "Dok", "Pyol", "Un", "Hak", "Rim", "Hwa", "Gil", "Chun", "Sam",
                "Ryol", "Thaek", "Jun", "Won", "Sop", "Hyang", "Chang", "Bok", "Dong", "Rok")
# Published DPRK names (fact sheet); never generated.
REAL_KOREAN = frozenset("""An Kwang Il|Chang Nam Il|Han Chol Man|Han Il Nam|Ho Jong Son|
Jang Kuk Chol|Jo Kyong Hun|Jon Yon Gun|Jong In Chol|Jong Pong Ju|Jong Song Ho|Jong Song Hwa|
Kang Hyon Chol|Kang Tae Bok|Kim Chol Min|Kim Hyo Dong|Kim Kwang Jin|Kim Kyong Il|Kim Ryu Song|
Kim Sang Man|Kim Se Un|Kim Song Il|Kim Ung Sun|Kim Yong Bok|Myong Chol Min|O In Chun|
Pak Hung Ryong|Pak Tong Hyon|Ri Il Jin|Ri Kum Hyong|Ri Tong Hyok|Ri Tong Min|Ri Won Ho|
Ri Yong Rim|Sim Hyon Sop|Sin Jong Ho|Son Kyong Sik|Song Kum Hyok|Song Kyong Sik|Sung Chol Bom|
U Yong Su|Yu Pu Ung|Yu Song Hyok|Yun Jong Sik|Yun Song Il|Pak Jin Song|Jin Sung Il""".replace(
    "\n", "").split("|"))

ROK_FAMILY = ("Park", "Lee", "Choi", "Jung", "Kang", "Yoon", "Jang", "Lim", "Seo", "Shin",
              "Kwon", "Ahn", "Bae", "Nam", "Moon", "Baek")
ROK_GIVEN_1 = ("Min", "Seo", "Ji", "Hye", "Dong", "Eun", "Sung", "Ha", "Jae", "Tae", "Soo",
               "Kyung", "Young", "Do")
ROK_GIVEN_2 = ("jae", "yeon", "hoon", "won", "hyun", "ji", "min", "eun", "woo", "bin", "rin",
               "seok")
US_GIVEN = ("Darnell", "Marisol", "Trevor", "Keisha", "Brandon", "Colleen", "Dustin",
            "Latoya", "Wendell", "Tamsin", "Garrett", "Renata", "Curtis", "Shayla", "Emmett",
            "Lorena", "Bryce", "Dolores", "Jarrod", "Noreen", "Quentin", "Maribel", "Delia",
            "Hollis", "Corinne", "Russell", "Annika", "Desmond", "Harriet", "Miriam")
US_FAMILY = ("Ashby", "Quillon", "Thornbury", "Pelletier", "Stroud", "Whitcombe", "Haverty",
             "Calloway", "Brandt", "Lindqvist", "Mercado", "Fairweather", "Kowalczyk",
             "Delacroix", "Ostrowski", "Pruitt", "Ambrose", "Tollefson", "Marchetti",
             "Gallardo", "Renfro", "Sutherland", "Cadwell", "Hargrove", "Birchfield",
             "Vance-Morrow", "Okafor", "Lindgren", "Castellano", "Dunleavy")
CHINESE_FAMILY = ("Wen", "Lu", "Qiao", "Fang", "Xie", "Gu", "Tang", "Meng", "Du", "Jiang",
                  "Yao", "Pan", "Cao", "Shen", "Kong")
CHINESE_GIVEN = ("Hao", "Jia", "Xin", "Zhi", "Ruo", "Yu", "Kai", "Shu", "Ming", "Yi", "Wei",
                 "Lan")
CHINESE_TAILS = ("yu", "ming", "yi", "wei", "xi", "hang", "wen", "ting", "ze", "chen", "jie",
                 "feng")
JAPANESE_FAMILY = ("Takeda", "Morikawa", "Hasegawa", "Nishimura", "Okabe", "Kurosawa",
                   "Fujimoto", "Shibata", "Arakawa", "Yoshizawa", "Kanemoto", "Uchida")
JAPANESE_GIVEN = ("Renji", "Haruto", "Kenta", "Yuki", "Daisuke", "Akiko", "Mariko", "Shota",
                  "Naoki", "Emi", "Takumi", "Sayaka")
RUSSIAN_GIVEN = ("Arkady", "Oleg", "Dmitri", "Kirill", "Yegor", "Stanislav", "Gleb", "Timofei")
RUSSIAN_FAMILY = ("Velimirov", "Zasulin", "Kravtsev", "Orlikov", "Belyaev", "Sokolin",
                  "Prokhodov", "Yermolin")
UKRAINIAN_GIVEN = ("Taras", "Bohdan", "Yaroslav", "Ostap", "Mykola")
UKRAINIAN_FAMILY = ("Hordiyenko", "Savchuk", "Lysenko", "Bondar", "Kovalyk")

# Company words: two romanised syllables make a Korean-looking word ("Pyolbit", "Haerae").
KOREAN_HEADS = ("Pyol", "Hae", "Na", "Ta", "Saet", "Ul", "Pa", "So", "Ka", "Han", "Ryon",
                "San", "Nu", "Kum", "Ryu", "Pom", "Un", "Mae", "Tae", "Chol", "Ro", "Mi",
                "Sae", "Kang", "Hwa", "Pu", "Ok", "Chon", "Tan", "Mo", "Ryo", "Sol", "Hyang",
                "Nam", "Pung", "Kye")
KOREAN_TAILS = ("bit", "ul", "rae", "sol", "byol", "lim", "dori", "mun", "mot", "maru", "ri",
                "san", "bong", "song", "nal", "yang", "rum", "yon", "gang", "do", "rim", "pho",
                "dan", "gol", "nuri", "hwa", "mil")
IT_FIELDS = ("Information Technology", "Network Technology", "Software Development",
             "Computer Technology", "Digital Services", "Data Technology", "Trading")
US_PREFIX = ("Bright", "North", "Silver", "Cedar", "Iron", "Blue", "Clear", "Red", "Summit",
             "Harbor", "Granite", "Maple", "Falcon", "Lumen", "Quartz", "Atlas", "Vector",
             "Tidal", "Copper", "Juniper", "Osprey", "Kestrel")
US_STEM = ("moor", "gate", "line", "field", "point", "ridge", "wave", "stone", "brook", "crest",
           "works", "path", "leaf", "forge", "vale", "mark")
US_FIELD = ("Analytics", "Data Systems", "Software", "Cloud Services", "Health Technologies",
            "Logistics", "Fintech", "Media", "Labs", "Security", "Robotics", "Payments")
US_SUFFIX = ("Inc.", "LLC", "Corp.")
JP_WORDS = ("Hoshikawa", "Aozora", "Kazamori", "Tsukigata", "Minatomo", "Shirokane", "Yumegawa")
JP_FIELD = ("Soft", "Systems", "Digital", "Networks", "Solutions")
KR_WORDS = ("Dasol", "Maru", "Saerom", "Bitsaem", "Hanul", "Gaon", "Yeoul")
PLATFORMS = ("TaskHarbor", "Gigloom", "CodeBazaar", "Freelanza", "DevLancer Hub", "WorkNimbus",
             "Hirebridge", "Gigsmith", "Remotive Works", "Contractly")

US_PLACES = (("Tucson", "Arizona"), ("Mesa", "Arizona"), ("Nashville", "Tennessee"),
             ("Columbus", "Ohio"), ("Richmond", "Virginia"), ("Raleigh", "North Carolina"),
             ("Boise", "Idaho"), ("Sacramento", "California"), ("Jacksonville", "Florida"),
             ("Minneapolis", "Minnesota"), ("Albany", "New York"), ("Edison", "New Jersey"),
             ("Plano", "Texas"), ("Tacoma", "Washington"), ("Omaha", "Nebraska"),
             ("Provo", "Utah"))
US_DISTRICTS = ("District of Columbia", "Eastern District of Missouri",
                "Middle District of Tennessee", "Southern District of Florida",
                "District of Massachusetts", "Eastern District of Virginia",
                "Northern District of Texas", "District of Arizona",
                "Western District of Washington", "District of Minnesota")


class NameBook:
    """Hands out names that are unique within one world."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set(REAL_KOREAN)

    def unique(self, make: Callable[[], str]) -> str:
        """A fresh name from `make`; when its space runs low, a middle initial widens it."""
        for attempt in range(2000):
            name = make()
            if attempt >= 200:
                head, _, rest = name.partition(" ")
                name = f"{head} {self.rng.choice('ABCDEFGHJKLMNPRSTVW')}. {rest}"
            if name not in self.used:
                self.used.add(name)
                return name
        raise RuntimeError("name space exhausted; add words to corpus/synth_names.py")

    def korean_word(self) -> str:
        return self.rng.choice(KOREAN_HEADS) + self.rng.choice(KOREAN_TAILS)

    def person(self, nationality: str) -> str:
        """A full name typical of a nationality (ISO code)."""
        r = self.rng
        makers: dict[str, Callable[[], str]] = {
            "KP": lambda: f"{r.choice(KOREAN_FAMILY)} {' '.join(r.sample(KOREAN_GIVEN, 2))}",
            "KR": lambda: f"{r.choice(ROK_FAMILY)} {r.choice(ROK_GIVEN_1)}-"
                          f"{r.choice(ROK_GIVEN_2)}",
            "CN": lambda: f"{r.choice(CHINESE_FAMILY)} {r.choice(CHINESE_GIVEN)}"
                          f"{r.choice(CHINESE_TAILS)}",
            "JP": lambda: f"{r.choice(JAPANESE_GIVEN)} {r.choice(JAPANESE_FAMILY)}",
            "RU": lambda: f"{r.choice(RUSSIAN_GIVEN)} {r.choice(RUSSIAN_FAMILY)}",
            "UA": lambda: f"{r.choice(UKRAINIAN_GIVEN)} {r.choice(UKRAINIAN_FAMILY)}",
        }
        default: Callable[[], str] = lambda: (  # noqa: E731
            f"{r.choice(US_GIVEN)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {r.choice(US_FAMILY)}"
            if r.random() < 0.4 else f"{r.choice(US_GIVEN)} {r.choice(US_FAMILY)}"
        )
        return self.unique(makers.get(nationality, default))

    def company(self, country: str) -> str:
        r = self.rng
        makers: dict[str, Callable[[], str]] = {
            "JP": lambda: f"{r.choice(JP_WORDS)} {r.choice(JP_FIELD)} K.K.",
            "KR": lambda: f"{r.choice(KR_WORDS)} {r.choice(JP_FIELD)} Co., Ltd.",
        }
        default: Callable[[], str] = lambda: (  # noqa: E731
            f"{r.choice(US_PREFIX)}{r.choice(US_STEM)} {r.choice(US_FIELD)} {r.choice(US_SUFFIX)}"
        )
        return self.unique(makers.get(country, default))

    def front_company(self, city: str, country: str) -> tuple[str, str]:
        """(full name, short name) of a front company registered abroad."""
        suffix = {"RU": "LLC", "AE": "FZE", "VN": "Company Limited", "LA": "Sole Co., Ltd."}
        return self._firm(lambda word, field: (
            f"{city} {word} {field} {suffix.get(country, 'Co., Ltd.')}", f"{word} {field}"))

    def trading_company(self) -> tuple[str, str]:
        """(full name, short name) of a DPRK trading company that sends workers abroad."""
        kind = self.rng.choice(("Trading Corporation", "General Trading Company",
                                "Technology Trade Co."))
        return self._firm(lambda word, _field: (f"Korea {word} {kind}", f"Korea {word}"))

    def _firm(self, make: Callable[[str, str], tuple[str, str]]) -> tuple[str, str]:
        """Full and short names both unused, so short forms never point at two firms."""
        for _ in range(5000):
            name, short = make(self.korean_word(), self.rng.choice(IT_FIELDS))
            if name not in self.used and short not in self.used:
                self.used.update((name, short))
                return name, short
        raise RuntimeError("firm names exhausted; add syllables to corpus/synth_names.py")

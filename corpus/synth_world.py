"""A random but consistent world of IT-worker networks for the synthetic corpus.

Documents are written about events of this world (a designation, a court case, an
advisory, a joint statement), so two documents about one network name the same front
company, unit and people, and the resulting graph connects the way the real one does.
Countries and government agencies are real; every person and firm is invented.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field

from corpus.synth_catalog import (
    ADJECTIVES,
    ADVISORY_KINDS,
    ADVISORY_TOPICS,
    AGENCIES,
    ARREST_PLACES,
    CHARGES,
    COUNTRIES,
    FOREIGN_BASES,
    ISSUER_SETS,
    OFFICIAL_NATIONALITY,
    OFFICIAL_TITLES,
)
from corpus.synth_names import PLATFORMS, US_DISTRICTS, US_PLACES, NameBook
from corpus.synth_phrases import round_amount
from corpus.synth_text import Entity, Form, form
from graph.ids import entity_id

MAX_NETWORKS = 1200
EPOCH = dt.date(2019, 1, 1)
SPAN_DAYS = 7 * 365
BARE_WORKERS = (form("[DPRK IT workers]"), form("[North Korean IT workers]"))


def _forms(specs: tuple[str, ...]) -> tuple[Form, ...]:
    return tuple(form(spec) for spec in specs)


@dataclass
class Base:
    """Where a front company or operative sits: a city and the country entity."""

    city: str
    country: Entity


@dataclass
class Network:
    """One dispatching unit and the people and firms that place its workers abroad."""

    unit: Entity
    parent: Entity
    trading: Entity
    fronts: list[tuple[Entity, Base]]
    operatives: list[tuple[Entity, Base]]
    facilitators: list[tuple[Entity, Base]]
    employers: list[Entity]
    bank: Entity
    since: dt.date
    workers: int
    revenue: int
    front_stats: dict[str, tuple[int, int]] = field(default_factory=dict)  # key: (workers, USD)


@dataclass
class Designation:
    agency: Entity
    date: dt.date
    targets: list[Entity]
    legal_basis: list[str]
    program: str
    network: Network
    parallel: Designation | None = None


@dataclass
class CourtCase:
    case: Entity
    network: Network
    lead: Entity
    lead_base: Base
    co_defendants: list[Entity]
    district: str
    charges: list[str]
    co_charges: list[str]
    indicted: dt.date
    period: tuple[dt.date, dt.date]
    identities: int
    firms: int
    revenue: int
    laptops: int
    plea: dt.date
    sentenced: dt.date
    months: int
    supervised: int
    forfeiture: int
    restitution: int
    judge: Entity
    arrest: Base | None


@dataclass
class Publication:
    """An advisory or joint statement: who issued it, whom it addresses, what it warns about."""

    entity: Entity
    issuers: list[Entity]
    date: dt.date
    audience: list[Entity]
    network: Network
    per_worker: int
    forum: tuple[str, dt.date, int] | None = None  # place, date, participants
    designation: Designation | None = None


@dataclass
class World:
    countries: dict[str, Entity]
    agencies: dict[str, Entity]
    workers: Entity
    platforms: list[Entity]
    officials: dict[str, list[Entity]]
    networks: list[Network] = field(default_factory=list)
    designations: list[Designation] = field(default_factory=list)
    cases: list[CourtCase] = field(default_factory=list)
    advisories: list[Publication] = field(default_factory=list)
    statements: list[Publication] = field(default_factory=list)


def build_world(rng: random.Random, n_docs: int) -> World:
    """A world sized so that events recur a few times and entities are shared across them."""
    names = NameBook(rng)
    world = World(
        countries={code: Entity(entity_id("Country", code), "Country", name, _forms(first),
                                _forms(later), {"code": code})
                   for code, name, first, later in COUNTRIES},
        agencies={key: Entity(entity_id("Agency", name), "Agency", name, _forms(first),
                              _forms(later), {"country": country})
                  for key, country, name, first, later in AGENCIES},
        workers=Entity("organization:dprk-it-workers", "Organization", "DPRK IT workers",
                       _forms(("[DPRK IT workers]", "[North Korean IT workers]",
                               "[DPRK information technology workers]",
                               "[North Korean remote IT workers]")),
                       _forms(("[DPRK IT workers]", "the [IT workers]",
                               "[North Korean IT workers]")),
                       {"kind": "worker_group", "country": "KP"}),
        platforms=[_org(name, name, "platform", "US") for name in PLATFORMS],
        officials={},
    )
    for key, titles in OFFICIAL_TITLES.items():
        world.officials[key] = [_official(names, titles[i % len(titles)],
                                          OFFICIAL_NATIONALITY[key]) for i in range(3)]
    # Past MAX_NETWORKS, larger corpora write more documents about the same networks.
    n_networks = min(MAX_NETWORKS, max(3, math.ceil(n_docs / 10)))
    parents = [_unit(names, parent=True) for _ in range(max(1, n_networks // 12))]
    units = [(_unit(names, parent=False), rng.choice(parents))
             for _ in range(max(2, n_networks // 3))]
    employers = [_employer(names, rng) for _ in range(max(8, n_networks * 2))]
    traders = [_trader(names) for _ in range(max(2, n_networks // 3))]
    banks = [_bank(names) for _ in range(max(2, n_networks // 4))]
    for _ in range(n_networks):
        network = _network(rng, names, world, units, employers, rng.choice(traders),
                           rng.choice(banks))
        world.networks.append(network)
        world.designations.append(_designation(rng, world, network))
        world.cases.append(_case(rng, names, world, network))
    for _ in range(max(2, n_docs // 15)):
        world.advisories.append(_advisory(rng, names, world))
    for _ in range(max(2, n_docs // 25)):
        world.statements.append(_statement(rng, names, world))
    return world


def random_date(rng: random.Random, start: dt.date = EPOCH, days: int = SPAN_DAYS) -> dt.date:
    return start + dt.timedelta(days=rng.randrange(days))


def _org(name: str, short: str, kind: str, country: str, article: bool = False) -> Entity:
    the = "the " if article else ""
    first = (f"{the}[{name}]",)
    later = (f"{the}[{name}]",) if short == name else (f"{the}[{name}]", f"{the}[{short}]")
    return Entity(entity_id("Organization", name), "Organization", name, _forms(first),
                  _forms(later), {"kind": kind, "country": country})


def _person(name: str, nationality: str, *first: Form) -> Entity:
    """A person; `first` are introductions, each revealing what it states (nationality...)."""
    family = name.split()[-1]
    later = (f"[{name}]",) if nationality in ("KP", "CN", "KR") else (f"[{name}]", f"[{family}]")
    return Entity(entity_id("Person", name), "Person", name,
                  first or (form(f"[{name}]"),), _forms(later))


def _official(names: NameBook, title: str, nationality: str) -> Entity:
    name = names.person(nationality)
    return _person(name, nationality, form(f"{title} [{name}]", role=title))


def _unit(names: NameBook, parent: bool) -> Entity:
    """A DPRK unit: invented bureaus and departments (parents sit directly under the state)."""
    rng = names.rng
    if parent:
        name = names.unique(lambda: f"{names.korean_word()} "
                                    f"{rng.choice(('Industry Department', 'Guidance Bureau'))}")
        return _org(name, name, "dprk_unit", "KP", article=True)
    name = names.unique(lambda: rng.choice((
        f"General Bureau {rng.randint(100, 999)}", f"Department {rng.randint(10, 99)}",
        f"{names.korean_word()} Technology Bureau", f"Unit {rng.randint(1000, 9999)}")))
    short = name.replace("General Bureau", "Bureau").replace("Technology Bureau", "Bureau")
    return _org(name, short, "dprk_unit", "KP", article=not name[-1].isdigit())


def _employer(names: NameBook, rng: random.Random) -> Entity:
    country = rng.choices(("US", "JP", "KR"), weights=(8, 1, 1))[0]
    name = names.company(country)
    short = name.rsplit(" ", 1)[0].rstrip(",") if country == "US" else name
    return _org(name, short, "company", country)


def _trader(names: NameBook) -> Entity:
    name, short = names.trading_company()
    return _org(name, short, "company", "KP")


def _bank(names: NameBook) -> Entity:
    word = names.unique(names.korean_word)
    return _org(f"Korea {word} Credit Bank", f"{word} Credit Bank", "bank", "KP")


def _network(rng: random.Random, names: NameBook, world: World,
             units: list[tuple[Entity, Entity]], employers: list[Entity], trading: Entity,
             bank: Entity) -> Network:
    unit, parent = rng.choice(units)
    fronts = []
    for _ in range(rng.randint(1, 3)):
        city, code = rng.choice(FOREIGN_BASES)
        name, short = names.front_company(city, code)
        fronts.append((_org(name, short, "front_company", code), Base(city, world.countries[code])))
    operatives = []
    for _ in range(rng.randint(2, 4)):
        base = rng.choice(fronts)[1]
        name = names.person("KP")
        operatives.append((_person(name, "KP", form(f"[{name}]"),
                                   form(f"North Korean national [{name}]", nationality="KP"),
                                   form(f"DPRK national [{name}]", nationality="KP")), base))
    facilitators = []
    for _ in range(rng.randint(1, 3)):
        nationality = rng.choices(("US", "CN", "UA", "JP", "RU"), weights=(10, 2, 1, 1, 1))[0]
        if nationality == "US":
            city, state = rng.choice(US_PLACES)
            name = names.person("US")
            person = _person(name, "US", form(f"[{name}]"),
                             form(f"[{name}] of {city}, {state}", location=f"{city}, {state}"))
            facilitators.append((person, Base(f"{city}, {state}", world.countries["US"])))
        else:
            name = names.person(nationality)
            person = _person(name, nationality, form(f"[{name}]"), form(
                f"{ADJECTIVES[nationality]} national [{name}]", nationality=nationality))
            facilitators.append((person, rng.choice(fronts)[1]))
    front_stats = {f.key: (rng.randint(8, 150), round_amount(rng, 250_000, 30_000_000))
                   for f, _b in fronts}
    return Network(
        unit=unit, parent=parent, trading=trading, front_stats=front_stats,
        fronts=fronts, operatives=operatives, facilitators=facilitators,
        employers=rng.sample(employers, rng.randint(3, 6)),
        bank=bank,
        since=random_date(rng, EPOCH, 3 * 365),
        workers=sum(w for w, _r in front_stats.values()),
        revenue=sum(r for _w, r in front_stats.values()),
    )


def _designation(rng: random.Random, world: World, network: Network) -> Designation:
    targets = [f for f, _b in rng.sample(network.fronts, rng.randint(1, len(network.fronts)))]
    targets += [p for p, _b in rng.sample(network.operatives, rng.randint(1, 2))]
    if rng.random() < 0.3:
        targets.append(network.unit)
    targets = targets[:4]  # keeps a release within ~400 words
    date = random_date(rng, dt.date(2022, 1, 1), 4 * 365)
    agency_key = rng.choices(("ofac", "mofa_kr", "mofa_jp"), weights=(7, 2, 1))[0]
    designation = _sanction(rng, world, agency_key, date, targets, network)
    if rng.random() < 0.35:
        other = "mofa_kr" if agency_key != "mofa_kr" else "ofac"
        designation.parallel = _sanction(rng, world, other, date, targets[:2], network)
    return designation


def _sanction(rng: random.Random, world: World, agency_key: str, date: dt.date,
              targets: list[Entity], network: Network) -> Designation:
    if agency_key == "ofac":
        basis = sorted(rng.sample(("E.O. 13382", "E.O. 13687", "E.O. 13722", "E.O. 13810",
                                   "E.O. 13694", "E.O. 13551"), rng.randint(1, 2)))
        program = rng.choice(("DPRK3", "DPRK4", "CYBER2", "NPWMD"))
    elif agency_key == "mofa_kr":
        basis, program = ["Foreign Exchange Transactions Act"], "ROK autonomous sanctions"
    else:
        basis, program = ["Foreign Exchange and Foreign Trade Act"], "Japan asset freeze"
    return Designation(world.agencies[agency_key], date, targets, basis, program, network)


def _case(rng: random.Random, names: NameBook, world: World, network: Network) -> CourtCase:
    lead, base = rng.choice(network.facilitators)
    district = rng.choice(US_DISTRICTS)
    co = [p for p, _b in rng.sample(network.operatives, rng.randint(0, 2))]
    indicted = random_date(rng, dt.date(2022, 6, 1), 3 * 365)
    start = random_date(rng, network.since, 2 * 365)
    end = start + dt.timedelta(days=rng.randint(180, 1200))
    plea = indicted + dt.timedelta(days=rng.randint(90, 400))
    judge = _official(names, "U.S. District Judge", "US")
    foreign = base.country.properties["code"] != "US"
    arrest_city, arrest_code = rng.choice(ARREST_PLACES)
    return CourtCase(
        case=Entity(entity_id("Case", f"United States v. {lead.name}"), "Case",
                    f"United States v. {lead.name}",
                    _forms((f"[United States v. {lead.name}]",)),
                    _forms((f"[United States v. {lead.name}]",)),
                    {"court": f"U.S. District Court for the {district}", "country": "US"}),
        network=network, lead=lead, lead_base=base, co_defendants=co,
        district=district,
        charges=sorted(rng.sample(CHARGES, rng.randint(1, 3))),
        co_charges=sorted(rng.sample(CHARGES, rng.randint(1, 2))),
        indicted=indicted, period=(start, end),
        identities=rng.randint(5, 120), firms=rng.randint(10, 320),
        revenue=round_amount(rng, 200_000, 20_000_000), laptops=rng.randint(5, 90),
        plea=plea, sentenced=plea + dt.timedelta(days=rng.randint(60, 300)),
        months=rng.choice((18, 24, 30, 36, 48, 60, 66, 72, 84, 96, 102, 120)),
        supervised=rng.choice((12, 24, 36)),
        forfeiture=round_amount(rng, 20_000, 2_000_000),
        restitution=round_amount(rng, 10_000, 500_000) if rng.random() < 0.5 else 0,
        judge=judge,
        arrest=Base(arrest_city, world.countries[arrest_code]) if foreign else None,
    )


def _advisory(rng: random.Random, names: NameBook, world: World) -> Publication:
    date = random_date(rng, dt.date(2022, 1, 1), 4 * 365)
    title = names.unique(lambda: f"{rng.choice(ADVISORY_KINDS)} {rng.choice(ADVISORY_TOPICS)} "
                                 f"({date.isoformat()})")
    issuers = [world.agencies[k] for k in rng.choice(ISSUER_SETS)]
    country = issuers[0].properties["country"]
    entity = Entity(entity_id("Advisory", title), "Advisory", title,
                    _forms((f'an advisory titled "[{title}]"', f'the "[{title}]"')),
                    _forms(("the [advisory]", "the [guidance]")),
                    {"date": date.isoformat(), "country": country})
    return Publication(entity, issuers, date, rng.sample(world.platforms, rng.randint(1, 3)),
                       rng.choice(world.networks),
                       per_worker=rng.choice((100_000, 200_000, 300_000, 250_000)))


def _statement(rng: random.Random, names: NameBook, world: World) -> Publication:
    date = random_date(rng, dt.date(2023, 1, 1), 3 * 365)
    topics = ("North Korean IT Workers", "DPRK Revenue Generation Through Remote IT Work",
              "Countering DPRK IT Worker Networks", "DPRK Cyber and IT Worker Threats")
    title = names.unique(lambda: f"Joint Statement on {rng.choice(topics)} ({date.isoformat()})")
    codes = rng.choice((("US", "JP", "KR"), ("US", "KR"), ("JP", "US", "KR")))
    entity = Entity(entity_id("Advisory", title), "Advisory", title,
                    _forms((f'a joint statement titled "[{title}]"', f'the "[{title}]"')),
                    _forms(("the [joint statement]", "the [statement]")),
                    {"date": date.isoformat()})
    place = rng.choice(("Tokyo", "Seoul", "Washington"))
    return Publication(
        entity, [world.countries[c] for c in codes], date,
        rng.sample(world.platforms, rng.randint(1, 2)), rng.choice(world.networks),
        per_worker=0,
        forum=(place, date - dt.timedelta(days=rng.randint(0, 2)), rng.randint(40, 200)),
        designation=rng.choice(world.designations),
    )


def ministries_of(world: World, countries: list[Entity]) -> list[Entity]:
    keys = {"US": "state", "JP": "mofa_jp", "KR": "mofa_kr"}
    return [world.agencies[keys[c.properties["code"]]] for c in countries]

"""Sentence templates for sanctions releases, advisories and joint statements.

Each fact has several phrasings so the extractor cannot learn one sentence shape; each
`say` names the facts its sentence states, so gold evidence is always the right sentence.
Templates never refer to an entity in plain text ("the regime", "the company"): every
reference goes through a slot, because an unannotated coreferent mention would make the
gold wrong.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from corpus.synth_phrases import count, full_date, iso_month, joined, month_year, payment
from corpus.synth_text import As, DocumentWriter, Entity, Fact
from corpus.synth_world import (
    BARE_WORKERS,
    Base,
    Designation,
    Publication,
    World,
    ministries_of,
)


@dataclass(frozen=True)
class Header:
    """What the front matter needs besides the id."""

    title: str
    date: dt.date
    issuers: tuple[tuple[str, str], ...]  # (country code, agency)


FILLER_REMOTE = (
    "Remote hiring has made it easier to hide where a contractor really works.",
    "Employers are encouraged to verify identity documents through trusted third parties.",
    "Video interviews with the camera switched on remain one of the simplest safeguards.",
    "Requests to ship company laptops to an address other than the employee's home are a "
    "warning sign.",
    "Payments to accounts held in a name other than the contractor's deserve scrutiny.",
    "Repeated requests for advance payment are another warning sign.",
    "Code repositories and profiles that do not match the résumé should be checked.",
    "Several accounts that share one IP address may be operated by one team.",
)
RED_FLAGS = (
    "Red flags include a refusal to appear on camera during interviews.",
    "Applicants may ask to be paid in virtual currency or through third-party accounts.",
    "Some applicants claim to live in one country but log in from another.",
    "Workers often use remote desktop tools to control laptops hosted by others.",
    "Profiles may show stolen or AI-altered photographs.",
    "Applicants may avoid drug tests, background checks or in-person meetings.",
    "Prices far below market rates for development work can be a sign of such schemes.",
)
QUOTES = (
    "We will keep exposing the networks that turn remote IT work into money for weapons "
    "programs",
    "Every company that hires remote developers should know who is really doing the work",
    "These actions show what close cooperation among partners can achieve",
    "Identity fraud at this scale harms workers, employers and national security alike",
)


LEGAL_EXPOSURE = {
    "US": "Paying these workers can expose companies to enforcement action under sanctions "
          "and export-control laws.",
    "JP": "Hiring or paying these workers may violate the Foreign Exchange and Foreign Trade "
          "Act.",
    "KR": "Hiring these workers may violate the Inter-Korean Exchange and Cooperation Act and "
          "United Nations Security Council resolutions.",
}


def bare_workers(rng: random.Random, world: World) -> As:
    """The collective without an article, for "about 40 {workers}" and "Individual {workers}"."""
    return As(world.workers, rng.choice(BARE_WORKERS))


def on_date(rng: random.Random, day: dt.date) -> str:
    return rng.choice(("On ", "On ", "Effective ")) + full_date(rng, day)


def fillers(w: DocumentWriter, rng: random.Random, pool: tuple[str, ...], n: int) -> None:
    for sentence in rng.sample(pool, n):
        w.say(sentence, {})


def quote(w: DocumentWriter, rng: random.Random, official: Entity) -> None:
    template = rng.choice(('"{q}," said {o}.', '"{q}," {o} said.', '{o} said: "{q}."'))
    w.say(template, {"q": rng.choice(QUOTES), "o": official})


def sanctions_release(w: DocumentWriter, rng: random.Random, world: World,
                      d: Designation) -> Header:
    """A designation announced by OFAC, the ROK or Japan, with a parallel action if any."""
    kp, workers, net = world.countries["KP"], world.workers, d.network
    props = {"date": d.date.isoformat(), "legal_basis": list(d.legal_basis), "program": d.program}
    designated = [Fact("DESIGNATED", d.agency, t, props) for t in d.targets]
    title = w.heading(rng.choice((
        "{agency} Designates {target} and Associated Persons",
        "Sanctions on {target} for Revenue Generation Through Remote IT Work",
        "{agency} Targets Network Linked to {unit}",
    )), agency=d.agency, target=d.targets[0], unit=net.unit)
    w.say(rng.choice((
        "{on}, {agency} designated {targets} for generating revenue for {kp} through the "
        "deployment of {workers}.",
        "{on}, {agency} imposed sanctions on {targets}, which support {workers} abroad.",
        "{agency} designated {targets} {on_lower}, citing their roles in schemes that benefit "
        "{kp}.",
    )), {"on": on_date(rng, d.date), "on_lower": "on " + full_date(rng, d.date),
         "agency": d.agency, "targets": d.targets, "kp": kp, "workers": workers}, *designated)
    if d.agency.properties["country"] == "US":
        basis = joined([b.replace("E.O. ", "") for b in d.legal_basis])
        eo = ("Executive Orders " if len(d.legal_basis) > 1 else "Executive Order ") + basis
        w.say(rng.choice(("The designations were made pursuant to {eo}.",
                          "{agency} acted under {eo}.")),
              {"eo": eo, "agency": d.agency}, *designated)
    else:
        w.say("The measures were taken under the {act}.", {"act": d.legal_basis[0]}, *designated)
    if d.parallel is not None:
        p = d.parallel
        pprops = {"date": p.date.isoformat(), "legal_basis": list(p.legal_basis),
                  "program": p.program}
        w.say(rng.choice(("{other} designated {targets} in parallel on the same day.",
                          "In a coordinated action, {other} also sanctioned {targets}.")),
              {"other": p.agency, "targets": p.targets},
              *[Fact("DESIGNATED", p.agency, t, pprops) for t in p.targets])
    w.paragraph()
    fronts = {f.key: b for f, b in net.fronts}
    operatives = {o.key: b for o, b in net.operatives}
    for target in d.targets:
        if target.key in fronts:
            _front_company(w, rng, world, d, target, fronts[target.key])
        elif target.key in operatives:
            _operative(w, rng, world, d, target, operatives[target.key])
        else:
            w.say(rng.choice((
                "{unit}, which is subordinate to {parent}, oversees {workers} deployed abroad.",
                "{unit} answers to {parent} and manages teams of {workers}.",
            )), {"unit": target, "parent": net.parent, "workers": workers},
                Fact("CONTROLLED_BY", target, net.parent), Fact("CONTROLLED_BY", workers, target))
    w.paragraph()
    fillers(w, rng, FILLER_REMOTE, 2)
    if d.agency.properties["country"] == "US":
        w.say("As a result of this action, all property and interests in property of the "
              "designated persons that are in {us} are blocked.", {"us": world.countries["US"]})
        quote(w, rng, rng.choice(world.officials["ofac"]))
        issuer = ("US", "Department of the Treasury")
    else:
        w.say("Transactions with the designated persons now require prior permission.", {})
        key = "mofa_kr" if d.agency.properties["country"] == "KR" else "mofa_jp"
        quote(w, rng, rng.choice(world.officials[key]))
        issuer = (d.agency.properties["country"], d.agency.name)
    return Header(title, d.date, (issuer,))


def _front_company(w: DocumentWriter, rng: random.Random, world: World, d: Designation,
                   fc: Entity, base: Base) -> None:
    net, workers, city, country = d.network, world.workers, base.city, base.country
    n_workers, revenue = net.front_stats[fc.key]
    located = Fact("LOCATED_IN", fc, country, {"place": city})
    w.say(rng.choice((
        "{fc}, a front company based in {city}, {country}, operates on behalf of {unit}.",
        "{unit} uses {fc}, located in {city}, {country}, as a front company.",
        "Based in {city}, {country}, {fc} serves as a front for {unit}.",
    )), {"fc": fc, "city": city, "country": country, "unit": net.unit},
        Fact("FRONT_FOR", fc, net.unit), located)
    qualifier = rng.choice(("at_least", "exact", "about", "more_than"))
    words = {"at_least": "at least ", "exact": "", "about": "about ", "more_than": "more than "}
    w.say(rng.choice((
        "Since {since}, {fc} has employed {q}{n} {workers}.",
        "{fc} has hired {q}{n} {workers} since {since}.",
    )), {"since": month_year(net.since), "fc": fc, "q": words[qualifier],
         "n": count(rng, n_workers), "workers": bare_workers(rng, world)},
        Fact("EMPLOYED_AT", workers, fc, {"count": n_workers, "qualifier": qualifier}))
    pay = payment(rng, revenue, rng.choice(("more_than", "about", "exact")), "revenue")
    if rng.random() < 0.5:
        w.say("{workers} working for {fc} earned {pay}, much of which was sent back to {unit}.",
              {"workers": workers, "fc": fc, "pay": pay, "unit": net.unit},
              _revenue(workers, pay), Fact("FUNDED", pay, net.unit))
    else:
        w.say("{fc} generated {pay} in revenue for {kp}.",
              {"fc": fc, "pay": pay, "kp": world.countries["KP"]},
              _revenue(fc, pay), Fact("FUNDED", pay, world.countries["KP"]))


def _operative(w: DocumentWriter, rng: random.Random, world: World, d: Designation,
               person: Entity, base: Base) -> None:
    net, city, country = d.network, base.city, base.country
    fc = next(f for f, b in net.fronts if b is base)
    w.say(rng.choice((
        "{p} is the chief representative of {fc} in {city}, {country}.",
        "{p}, who is based in {city}, {country}, leads {fc}.",
    )), {"p": person, "fc": fc, "city": city, "country": country},
        Fact("CONTROLLED_BY", fc, person), Fact("LOCATED_IN", person, country, {"place": city}))
    choice = rng.randrange(4)
    if choice == 0:
        w.say("{p} moved the earnings of {workers} through accounts at {bank}.",
              {"p": person, "workers": world.workers, "bank": net.bank},
              Fact("FACILITATED", person, world.workers),
              Fact("FACILITATED", net.bank, world.workers))
    elif choice == 1:
        w.say("{p} works for {trading}, which is subordinate to {unit}.",
              {"p": person, "trading": net.trading, "unit": net.unit},
              Fact("EMPLOYED_AT", person, net.trading),
              Fact("CONTROLLED_BY", net.trading, net.unit))
    elif choice == 2:
        w.say("{p} arranged visas and housing for {workers} sent to {country} by {trading}.",
              {"p": person, "workers": world.workers, "country": country,
               "trading": net.trading},
              Fact("FACILITATED", person, world.workers),
              Fact("LOCATED_IN", world.workers, country, {"place": city}))
    else:
        w.say("Acting for {unit}, {p} collected wages from {workers} and sent them to {kp}.",
              {"unit": net.unit, "p": person, "workers": world.workers,
               "kp": world.countries["KP"]},
              Fact("CONTROLLED_BY", person, net.unit), Fact("FACILITATED", person, world.workers),
              Fact("FUNDED", person, world.countries["KP"]))


def _revenue(source: Entity, pay: Entity) -> Fact:
    return Fact("GENERATED_REVENUE_FOR", source, pay,
                {"amount_usd": pay.properties["amount_usd"],
                 "qualifier": pay.properties["qualifier"]})


def advisory(w: DocumentWriter, rng: random.Random, world: World, a: Publication) -> Header:
    """An advisory or PSA by one or more agencies, addressed to platforms."""
    adv, workers, net, kp = a.entity, world.workers, a.network, world.countries["KP"]
    w.heading("{t}", t=adv.name)
    issued = [Fact("ISSUED", i, adv, {"date": a.date.isoformat()}) for i in a.issuers]
    advises = [Fact("ADVISES", adv, p) for p in a.audience]
    w.say(rng.choice((
        "{on}, {issuers} issued {adv} to help freelance platforms such as {aud} identify "
        "{workers}.",
        "{on}, {issuers} published {adv}, which warns platforms including {aud} about {workers}.",
    )), {"on": on_date(rng, a.date), "issuers": a.issuers, "adv": adv, "aud": a.audience,
         "workers": workers}, *issued, *advises, Fact("WARNS_ABOUT", adv, workers))
    w.say(rng.choice((
        "{adv} explains that {workers} are dispatched by {unit}, which reports to {parent}.",
        "According to {adv}, {unit} sends {workers} abroad under the direction of {parent}.",
    )), {"adv": adv, "workers": workers, "unit": net.unit, "parent": net.parent},
        Fact("CONTROLLED_BY", workers, net.unit), Fact("CONTROLLED_BY", net.unit, net.parent))
    countries = list({b.country.key: b.country for _f, b in net.fronts}.values())
    w.say("{workers} are mostly based in {places}.", {"workers": workers, "places": countries},
          *[Fact("LOCATED_IN", workers, c) for c in countries])
    pay = payment(rng, a.per_worker, "up_to", "wages")
    w.say(rng.choice((
        "Individual {workers} can earn {pay} a year, and {kp} keeps most of the wages.",
        "{workers} may each earn {pay} per year, money that ends up funding {kp}.",
    )), {"pay": pay, "kp": kp, "workers": bare_workers(rng, world)},
        _revenue(workers, pay), Fact("FUNDED", pay, kp))
    w.paragraph()
    fc, base = rng.choice(net.fronts)
    w.say("{adv} names {fc}, a front company in {country}, as one channel for these payments.",
          {"adv": adv, "fc": fc, "country": base.country},
          Fact("WARNS_ABOUT", adv, fc), Fact("LOCATED_IN", fc, base.country, {"place": base.city}))
    fillers(w, rng, RED_FLAGS, 4)
    w.paragraph()
    w.say(LEGAL_EXPOSURE[adv.properties["country"]], {})
    fillers(w, rng, FILLER_REMOTE, 3)
    w.say("Companies that suspect such activity should contact {agency}.",
          {"agency": a.issuers[0]})
    return Header(adv.name, a.date, tuple((i.properties["country"], i.name) for i in a.issuers))


def joint_statement(w: DocumentWriter, rng: random.Random, world: World,
                    s: Publication) -> Header:
    """A joint statement by two or three governments, with a forum and a designation."""
    stmt, workers, net, kp = s.entity, world.workers, s.network, world.countries["KP"]
    ministries = ministries_of(world, s.issuers)
    w.heading("{t}", t=stmt.name)
    w.say(rng.choice((
        "{on}, the governments of {countries} issued {stmt} on the threat posed by {workers}.",
        "{on}, {countries} released {stmt} about {workers}.",
    )), {"on": on_date(rng, s.date), "countries": s.issuers, "stmt": stmt, "workers": workers},
        *[Fact("ISSUED", c, stmt, {"date": s.date.isoformat()}) for c in s.issuers],
        Fact("WARNS_ABOUT", stmt, workers))
    places = list({b.country.key: b.country for _f, b in net.fronts}.values())
    w.say("{stmt} expresses concern that {workers} operating from {places} hide behind false "
          "identities to win freelance contracts.",
          {"stmt": stmt, "workers": workers, "places": places},
          Fact("WARNS_ABOUT", stmt, workers), *[Fact("LOCATED_IN", workers, c) for c in places])
    pay = payment(rng, net.revenue, rng.choice(("more_than", "about", "at_least")), "revenue")
    w.say(rng.choice(("{unit} alone has generated {pay} for {kp} through such schemes.",
                      "Schemes run by {unit} have earned {pay} for {kp}.")),
          {"unit": net.unit, "pay": pay, "kp": kp},
          _revenue(net.unit, pay), Fact("FUNDED", pay, kp))
    w.paragraph()
    if s.forum is not None:
        place, day, people = s.forum
        met = {"date": day.isoformat(), "place": place}
        w.say("On {day}, {ministries} held a forum in {place} with {n} participants from "
              "freelance platforms, payment firms and blockchain companies.",
              {"day": full_date(rng, day), "ministries": ministries, "place": place,
               "n": count(rng, people)},
              *[Fact("MET", ministries[0], m, met) for m in ministries[1:]])
    if s.designation is not None:
        d = s.designation
        target = d.targets[0]
        w.say("{stmt} welcomed the designation of {target} by {agency} in {month}.",
              {"stmt": stmt, "target": target, "agency": d.agency, "month": month_year(d.date)},
              Fact("DESIGNATED", d.agency, target, {"date": iso_month(d.date)}),
              Fact("WARNS_ABOUT", stmt, target))
    w.say("{countries} called on platforms such as {aud} to strengthen identity checks.",
          {"countries": s.issuers, "aud": s.audience},
          *[Fact("ADVISES", stmt, p) for p in s.audience])
    fillers(w, rng, FILLER_REMOTE, 3)
    fillers(w, rng, RED_FLAGS, 2)
    w.paragraph()
    w.say("{countries} will continue to work together to disrupt revenue generation that "
          "supports the weapons programs of {kp}.", {"countries": s.issuers, "kp": kp})
    return Header(stmt.name, s.date, tuple((m.properties["country"], m.name) for m in ministries))

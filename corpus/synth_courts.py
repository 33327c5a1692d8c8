"""Sentence templates for indictments and sentencings (US Department of Justice style).

The two documents of one case share the world's facts (defendants, period, victims,
amounts), so an indictment and a later sentencing connect in the graph through the Case.
"""

from __future__ import annotations

import random

from corpus.synth_docs import FILLER_REMOTE, Header, fillers, on_date, quote
from corpus.synth_phrases import count, duration, full_date, iso_month, joined, month_year, payment
from corpus.synth_text import DocumentWriter, Entity, Fact, Slot
from corpus.synth_world import CourtCase, World

ISSUER = (("US", "Department of Justice"),)
DISCLAIMER = ("An indictment is merely an allegation, and all defendants are presumed innocent "
              "until proven guilty beyond a reasonable doubt in a court of law.")


def _period(c: CourtCase) -> dict[str, str]:
    return {"period_start": iso_month(c.period[0]), "period_end": iso_month(c.period[1])}


def _revenue(source: Entity, pay: Entity) -> Fact:
    return Fact("GENERATED_REVENUE_FOR", source, pay,
                {"amount_usd": pay.properties["amount_usd"],
                 "qualifier": pay.properties["qualifier"]})


def indictment(w: DocumentWriter, rng: random.Random, world: World, c: CourtCase) -> Header:
    """Charges against a facilitator and, often, North Korean co-defendants."""
    workers, kp, net = world.workers, world.countries["KP"], c.network
    title = w.heading(rng.choice((
        "{lead} Charged in Scheme to Place Remote IT Workers at Companies",
        "Indictment Unsealed in {case}",
        "Federal Grand Jury Charges {lead} Over Laptop Farm",
    )), lead=c.lead, case=c.case)
    charged = {"charges": list(c.charges), "date": c.indicted.isoformat()}
    w.say(rng.choice((
        "In {case}, a federal grand jury in the {district} returned an indictment {on} "
        "charging {defs} with {charges}.",
        "An indictment unsealed {on} in {case} charges {defs} with {charges}.",
    )), {"case": c.case, "district": c.district, "on": "on " + full_date(rng, c.indicted),
         "defs": [c.lead], "charges": joined(c.charges)},
        Fact("DEFENDANT_IN", c.lead, c.case, {"role": "defendant"}),
        Fact("CHARGED_WITH", c.lead, c.case, charged))
    if c.co_defendants:
        verb = "were" if len(c.co_defendants) > 1 else "was"
        w.say("{co} " + verb + " also named in {case} and charged with {charges}.",
              {"co": c.co_defendants, "case": c.case, "charges": joined(c.co_charges)},
              *[Fact("DEFENDANT_IN", d, c.case, {"role": "co-defendant"})
                for d in c.co_defendants],
              *[Fact("CHARGED_WITH", d, c.case, {"charges": list(c.co_charges)})
                for d in c.co_defendants])
    w.paragraph()
    _scheme(w, rng, world, c)
    pay = payment(rng, c.revenue, rng.choice(("at_least", "more_than", "about", "exact")),
                  "revenue")
    w.say(rng.choice((
        "The scheme generated {pay} for {workers}, much of it destined for {kp}.",
        "In total, {workers} hired through the scheme earned {pay}, which was funneled to {kp}.",
    )), {"pay": pay, "workers": workers, "kp": kp}, _revenue(workers, pay), Fact("FUNDED", pay, kp))
    fc, base = rng.choice(net.fronts)
    w.say(rng.choice((
        "Payments were routed through {fc}, a company in {country} that acts as a front for "
        "{unit}.",
        "Salaries were sent on to {fc} in {country}, a front company of {unit}.",
    )), {"fc": fc, "country": base.country, "unit": net.unit},
        Fact("FRONT_FOR", fc, net.unit), Fact("LOCATED_IN", fc, base.country, {"place": base.city}))
    if c.arrest is not None:
        w.paragraph()
        w.say("{lead} was arrested in {city}, {country}, and extradition proceedings are under "
              "way.", {"lead": c.lead, "city": c.arrest.city, "country": c.arrest.country},
              Fact("LOCATED_IN", c.lead, c.arrest.country, {"place": c.arrest.city}))
    w.paragraph()
    years = rng.choice((20, 20, 22))
    w.say("If convicted, {lead} faces a maximum penalty of {y} years in prison on the most "
          "serious charge.", {"lead": c.lead, "y": years})
    w.say(rng.choice(("{fbi} is investigating the case.", "{fbi} investigated the case.")),
          {"fbi": world.agencies["fbi"]})
    quote(w, rng, rng.choice(world.officials["doj"]))
    fillers(w, rng, FILLER_REMOTE, 1)
    w.say(DISCLAIMER, {})
    return Header(title, c.indicted, ISSUER)


def _scheme(w: DocumentWriter, rng: random.Random, world: World, c: CourtCase) -> None:
    """How the facilitator helped: laptop farm, identities, the employers that were fooled."""
    workers, us = world.workers, world.countries["US"]
    start, end = month_year(c.period[0]), month_year(c.period[1])
    slots: dict[str, Slot] = {"start": start, "end": end, "lead": c.lead, "workers": workers,
                              "us": us, "place": c.lead_base.city, "country": c.lead_base.country}
    if c.lead_base.country is us:
        w.say(rng.choice((
            "According to court documents, from {start} to {end}, {lead} hosted company "
            "laptops at a residence in {place} so that {workers} could appear to be working in "
            "{us}.",
            "Between {start} and {end}, {lead} ran a laptop farm in {place}, making it appear "
            "that {workers} were located in {us}.",
        )), slots, Fact("FACILITATED", c.lead, workers, _period(c)))
    else:
        w.say(rng.choice((
            "From {start} to {end}, {lead} sold identities and freelance accounts from {place}, "
            "{country}, so that {workers} could pass as residents of {us}.",
            "Working from {place}, {country}, {lead} supplied {workers} with borrowed "
            "identities between {start} and {end}.",
        )), slots, Fact("FACILITATED", c.lead, workers, _period(c)),
            Fact("LOCATED_IN", c.lead, c.lead_base.country, {"place": c.lead_base.city}))
    employers = c.network.employers[:rng.randint(2, 3)]
    w.say(rng.choice((
        "{lead} used {n} stolen identities to get {workers} hired at {k} companies, "
        "including {employers}.",
        "Using {n} stolen identities, {workers} obtained jobs at {k} companies, among them "
        "{employers}, with help from {lead}.",
    )), {"lead": c.lead, "n": count(rng, c.identities), "workers": workers,
         "k": count(rng, c.firms), "employers": employers},
        Fact("FACILITATED", c.lead, workers, _period(c)),
        *[Fact("EMPLOYED_AT", workers, e) for e in employers])
    payer = employers[0]
    paid = payment(rng, max(5_000, c.revenue // rng.randint(8, 40) // 1000 * 1000),
                   rng.choice(("exact", "about", "more_than")), "wages")
    w.say("{payer} alone paid {pay} to {workers} hired under false names.",
          {"payer": payer, "pay": paid, "workers": workers},
          Fact("PAID", payer, paid, {"amount_usd": paid.properties["amount_usd"],
                                     "qualifier": paid.properties["qualifier"]}),
          Fact("EMPLOYED_AT", workers, payer))
    w.say("Investigators later recovered {n} laptops linked to the scheme.",
          {"n": count(rng, c.laptops)})


def sentencing(w: DocumentWriter, rng: random.Random, world: World, c: CourtCase) -> Header:
    """The sentence, plea, forfeiture and a recap of the scheme."""
    workers, kp = world.workers, world.countries["KP"]
    title = w.heading(rng.choice((
        "{lead} Sentenced for Role in Remote IT Worker Fraud Scheme",
        "{lead} Sentenced to Prison in {case}",
        "Laptop Farm Operator {lead} Sentenced",
    )), lead=c.lead, case=c.case)
    sentenced = {"months": c.months, "date": c.sentenced.isoformat(),
                 "supervised_release_months": c.supervised}
    w.say(rng.choice((
        "{on}, {judge} sentenced {lead} to {term} in prison, followed by {sr} of supervised "
        "release, in {case}.",
        "{lead} was sentenced {on_lower} in {case} to {term} in federal prison and {sr} of "
        "supervised release.",
    )), {"on": on_date(rng, c.sentenced), "on_lower": "on " + full_date(rng, c.sentenced),
         "judge": c.judge, "lead": c.lead, "term": duration(rng, c.months),
         "sr": duration(rng, c.supervised), "case": c.case},
        Fact("SENTENCED", c.lead, c.case, sentenced))
    pleaded = c.charges[: rng.randint(1, len(c.charges))]
    w.say("In {case}, {lead} pleaded guilty in {month} to {charges}.",
          {"case": c.case, "lead": c.lead, "month": month_year(c.plea),
           "charges": joined(pleaded)},
          Fact("DEFENDANT_IN", c.lead, c.case, {"role": "defendant", "plea": "guilty"}),
          Fact("CHARGED_WITH", c.lead, c.case, {"charges": list(pleaded)}))
    forfeit = payment(rng, c.forfeiture, "exact", "forfeiture")
    facts = [Fact("FORFEITED", c.lead, forfeit, {"amount_usd": c.forfeiture})]
    slots: dict[str, Slot] = {"lead": c.lead, "pay": forfeit}
    template = "{lead} was also ordered to forfeit {pay}"
    if c.restitution:
        restitution = payment(rng, c.restitution, "exact", "restitution")
        facts.append(Fact("FORFEITED", c.lead, restitution, {"amount_usd": c.restitution}))
        slots["rest"] = restitution
        template += " and to pay {rest} in restitution"
    w.say(template + ".", slots, *facts)
    w.paragraph()
    _scheme(w, rng, world, c)
    pay = payment(rng, c.revenue, rng.choice(("more_than", "about", "exact")), "revenue")
    w.say("The scheme generated {pay} in revenue for {workers} and, through them, for {kp}.",
          {"pay": pay, "workers": workers, "kp": kp},
          _revenue(workers, pay), Fact("FUNDED", pay, kp))
    if c.co_defendants:
        w.say("{co}, also charged in {case}, remain at large." if len(c.co_defendants) > 1
              else "{co}, also charged in {case}, remains at large.",
              {"co": c.co_defendants, "case": c.case},
              *[Fact("DEFENDANT_IN", d, c.case, {"status": "fugitive"}) for d in c.co_defendants])
    w.paragraph()
    quote(w, rng, rng.choice(world.officials["doj"]))
    w.say("{fbi} investigated the case with help from partner agencies.",
          {"fbi": world.agencies["fbi"]})
    fillers(w, rng, FILLER_REMOTE, 2)
    return Header(title, c.sentenced, ISSUER)

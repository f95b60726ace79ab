"""What the three vendor examples share: the gold annotation's facts become entities.

The gold annotation (tests/fixtures/gold/<seed>.json) gives every fact of a policy with
its name and its evidence sentence; each vendor module decides the structure the gold
does not give: which purposes form one activity, the hierarchy of categories, which
recipient receives under which mechanism, the kinds of measures.
"""

from ropa_builder import EEA, LAWFUL_BASES, MECHANISMS, attach_retention

# gold data-category kind -> US state-law category (only where the kind says it plainly)
US_CATEGORY = {
    "identifiers": "identifiers",
    "recording": "sensory",
    "billing": "commercial",
    "usage": "internet_activity",
    "technical": "internet_activity",
    "demographic": "personal_characteristics",
}

# gold recipient type -> (party kind, role the recipient acts as)
RECIPIENT = {
    "processor": ("organisation", "processor"),
    "subprocessor": ("organisation", "processor"),
    "analytics": ("organisation", "processor"),
    "payment": ("organisation", "processor"),
    "affiliate": ("organisation", "processor"),
    "authority": ("public_authority", "controller"),
    "acquirer": ("organisation", "controller"),
    "advertising_partner": ("organisation", "controller"),
    "controller": ("organisation", "controller"),
    "other": ("organisation", "controller"),
}


def nm(item, dutch):
    return item["name_nl"] if dutch else item["name"]


def add_gold_basics(p, gold, doc, dutch=False, parents=None, special=None, us_category=None,
                    subject_description=None):
    """Data categories, data subjects and sources straight from the gold annotation."""
    parents = parents or {}
    special = special or {}
    for c in gold["data_categories"]:
        name = nm(c, dutch)
        sp = special.get(c["name"])
        if sp is None and c["special_category"]:
            sp = c["art9_types"][0]
        desc = []
        if dutch:
            desc.append("English: %s." % c["name"])
        if len(c["art9_types"]) > 1:
            desc.append("Art. 9 types named by the policy: %s." % ", ".join(c["art9_types"]))
        usc = (us_category or {}).get(c["name"], US_CATEGORY.get(c["kind"]))
        p.data_category(name, parent=parents.get(c["name"]), description=" ".join(desc),
                        examples=c["examples"], special=sp, us_category=usc,
                        evidence=p.evidence(doc, c["evidence"]))
    for s in gold["data_subjects"]:
        p.data_subject(nm(s, dutch), description=("English: %s." % s["name"]) if dutch else "",
                       evidence=p.evidence(doc, s["evidence"]))
    for s in gold["sources"]:
        p.source(nm(s, dutch), s["kind"], evidence=p.evidence(doc, s["evidence"]))


def add_activities(p, gold, doc, own, plan, dutch=False, retention_text=None, duration_of=None,
                   trigger_of=None):
    """plan: list of dicts: name, role, on_behalf_of, purposes (gold purpose names, English),
    subjects, sources, measures (project names), extra_categories, notes, dpia, extra_evidence,
    and optionally the explicit facts consent_condition_of_service, balancing_test, large_scale.
    Every gold purpose must be placed, and the purposes of one activity must share one stated
    basis (or none), so the activity's lawful_basis says what the policy says."""
    by_name = {x["name"]: x for x in gold["purposes"]}
    placed = []
    built = []
    for a in plan:
        purposes = [by_name[n] for n in a["purposes"]]
        placed += a["purposes"]
        bases = {x["legal_basis"] for x in purposes}
        if len(bases) != 1:
            raise ValueError("activity %r mixes bases %r" % (a["name"], bases))
        cats = []
        for x in purposes:
            for c in x["data_categories"]:
                if c not in cats:
                    cats.append(c)
        cats += [c for c in a.get("extra_categories", ()) if c not in cats]
        cat_names = [nm(next(c for c in gold["data_categories"] if c["name"] == n), dutch) for n in cats]
        roles = {x["role"] for x in purposes}
        if roles != {a["role"]}:
            raise ValueError("activity %r: roles %r" % (a["name"], roles))
        built.append({
            "name": a["name"], "role": a["role"], "on_behalf_of": a.get("on_behalf_of"),
            "purposes": [nm(x, dutch) for x in purposes],
            "lawful_basis": LAWFUL_BASES[bases.pop()],
            "data_subjects": a["subjects"], "data_categories": cat_names, "sources": a["sources"],
            "security_measures": a["measures"], "retention": [], "notes": a.get("notes", ""),
            "dpia": a.get("dpia", (None, None)),
            "facts": {k: a[k] for k in ("consent_condition_of_service", "balancing_test", "large_scale") if k in a},
            "evidence": p.evidence(doc, *([x["evidence"] for x in purposes] + list(a.get("extra_evidence", ())))),
        })
    missing = [x["name"] for x in gold["purposes"] if x["name"] not in placed]
    if missing:
        raise ValueError("gold purposes not placed: %r" % missing)
    name_of = (lambda n: nm(next(c for c in gold["data_categories"] if c["name"] == n), dutch))
    attach_retention(gold["retention"], built, name_of=name_of, duration_of=duration_of, trigger_of=trigger_of)
    for a in built:
        p.activity(a["name"], own, a["role"], on_behalf_of=a["on_behalf_of"], purposes=a["purposes"],
                   lawful_basis=a["lawful_basis"], data_subjects=a["data_subjects"],
                   data_categories=a["data_categories"], sources=a["sources"],
                   security_measures=a["security_measures"], retention=a["retention"], dpia=a["dpia"],
                   notes=a["notes"], evidence=a["evidence"], **a["facts"])
    return built


def add_recipients(p, gold, doc, own, built, dutch=False, mechanisms=None, purposes=None, notes=None,
                   party_extra=None):
    """Every gold recipient becomes a party and a transfer from the own party to it.

    mechanisms: gold recipient name -> dict(mechanism, derogation, countries, evidence, key,
    occasional, suitable_safeguards)
    (a list of such dicts for several transfers); without an entry the transfer carries
    the countries the policy gives and mechanism "not_stated" (the policy states none), or "eea"
    when every country is in the EEA."""
    mechanisms = mechanisms or {}
    purposes = purposes or {}
    notes = notes or {}
    party_extra = party_extra or {}
    cat_name = {c["name"]: nm(c, dutch) for c in gold["data_categories"]}
    for r in gold["recipients"]:
        name = nm(r, dutch)
        kind, role = RECIPIENT[r["type"]]
        countries = [c for c in r["countries"] if c != "worldwide"]
        extra = dict(party_extra.get(r["name"], {}))
        note = notes.get(r["name"], "")
        if dutch:
            note = ("English: %s. " % r["name"]) + note
        if "worldwide" in r["countries"]:
            note += ("Landen: wereldwijd (niet gespecificeerd)." if dutch else "Countries: worldwide (not specified).")
        p.party(name, kind=kind, named=r["named"], country=extra.pop("country", countries[0] if len(countries) == 1 else None),
                locations=countries, notes=note.strip(), evidence=p.evidence(doc, r["evidence"]), **extra)
        cats = [cat_name[c] for c in r["data_categories"]]
        acts = [a["name"] for a in built if set(cats) & set(a["data_categories"])]
        specs = mechanisms.get(r["name"])
        if specs is None:
            mech = "eea" if countries and all(c in EEA for c in countries) else "not_stated"
            specs = [{"mechanism": mech}]
        elif isinstance(specs, dict):
            specs = [specs]
        for i, s in enumerate(specs):
            mech, derog = s["mechanism"], s.get("derogation")
            if mech in MECHANISMS:
                mech, derog = MECHANISMS[mech][0], MECHANISMS[mech][1] or derog
            p.transfer("%s -> %s #%d" % (own, name, i), own, name, role, mech, activities=acts,
                       data_categories=cats, purpose=purposes.get(r["name"], r["purpose"]),
                       countries=s.get("countries", countries), derogation=derog,
                       occasional=s.get("occasional"), suitable_safeguards=s.get("suitable_safeguards", ""),
                       evidence=p.evidence(doc, r["evidence"], *s.get("evidence", ())))

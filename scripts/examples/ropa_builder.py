"""Building blocks for the example projects (docs/examples.md).

Writes the Ropa JSON interchange format, version 2 (through version2.py), in its canonical form
(docs/json-format.md): every key written, keys in the documented order, entities
sorted by id, two-space indent, UTF-8, a newline at the end. Ids are uuid5 over a
fixed namespace and "<project>/<kind>/<name>", so the same input gives the same file.

Standard library only.
"""

import json
import os
import re
import uuid

from version2 import version2

# Fixed namespace for every id the generators make. Never change it: the ids of the
# examples (and anything that refers to them) would all change.
NAMESPACE = uuid.UUID("bf05f467-b1da-4b97-b554-0b1e45040e4b")

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
GOLD_DIR = os.path.join(REPO, "tests", "fixtures", "gold")
EXAMPLES_DIR = os.path.join(REPO, "resources", "examples")

EEA = set("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO EU".split())

# The gold annotations' mechanism words -> (mechanism, derogation) of the format.
MECHANISMS = {
    "dpf": ("dpf", None),
    "scc": ("scc", None),
    "adequacy": ("adequacy", None),
    "bcr": ("bcr", None),
    "consent": ("derogation", "a"),
    "none": ("none", None),
    "not_stated": ("not_stated", None),
    "privacy_shield": ("privacy_shield", None),
}

# The gold annotations' legal_basis words -> lawful_basis of the format.
LAWFUL_BASES = {
    "not_stated": None,
    "consent": "consent",
    "contract": "contract",
    "legal_obligation": "legal_obligation",
    "legitimate_interests": "legitimate_interests",
    "vital_interests": "vital_interests",
    "public_task": "public_task",
}


def normalise(text):
    return re.sub(r"\s+", " ", text).strip()


def load_gold(seed):
    with open(os.path.join(GOLD_DIR, seed + ".gold.json"), encoding="utf-8") as f:
        gold = json.load(f)
    with open(os.path.join(GOLD_DIR, seed + ".txt"), encoding="utf-8") as f:
        text = f.read()
    return gold, text


class Project:
    """One project being built. Entities are plain dicts in the canonical key order."""

    def __init__(self, slug, name, language, notes):
        self.slug = slug
        self.project = {"name": name, "language": language, "notes": notes}
        self.kinds = {k: {} for k in ("documents", "parties", "data_categories", "data_subjects",
                                      "sources", "security_measures", "activities", "transfers")}
        self.by_name = {k: {} for k in self.kinds}
        self.systems = {}
        self.doc_texts = {}

    # ---- ids -------------------------------------------------------------------------
    def make_id(self, kind, name):
        return str(uuid.uuid5(NAMESPACE, "%s/%s/%s" % (self.slug, kind, name)))

    def _add(self, kind, entity, name):
        if entity["id"] in self.kinds[kind]:
            raise ValueError("duplicate id for %s %r" % (kind, name))
        if name in self.by_name[kind]:
            raise ValueError("duplicate name for %s %r" % (kind, name))
        self.kinds[kind][entity["id"]] = entity
        self.by_name[kind][name] = entity
        return entity

    def ref(self, kind, name):
        try:
            return self.by_name[kind][name]["id"]
        except KeyError:
            raise KeyError("no %s named %r" % (kind, name)) from None

    def get(self, kind, name):
        return self.by_name[kind][name]

    # ---- evidence --------------------------------------------------------------------
    def evidence(self, doc_id, *quotes):
        """Evidence items; every quote must occur in the document (whitespace-normalised)."""
        out = []
        text = normalise(self.doc_texts.get(doc_id, ""))
        for q in quotes:
            if not q:
                continue
            if normalise(q) not in text:
                raise ValueError("quote not in document %s: %r" % (doc_id, q[:100]))
            item = {"document": doc_id, "quote": q}
            if item not in out:
                out.append(item)
        return out

    # ---- entities --------------------------------------------------------------------
    def document(self, title, url, date, text, id=None):
        e = {"id": id or self.make_id("document", title), "title": title, "url": url or None,
             "date": date, "text": text or None}
        self.doc_texts[e["id"]] = text or ""
        return self._add("documents", e, title)

    def party(self, name, kind="organisation", named=True, own=False, country=None, locations=(),
              address="", contact=("", "", ""), dpo=None, representative=None, website=None,
              dpa_signed=None, dpf_certified=None, certifications=(), notes="", evidence=(), id=None):
        def c(t):
            return None if t is None else {"name": t[0], "email": t[1], "phone": t[2]}
        for code in ([country] if country else []) + list(locations):
            if not re.fullmatch(r"[A-Z]{2}", code):
                raise ValueError("bad country %r for party %r" % (code, name))
        e = {"id": id or self.make_id("party", name), "name": name, "kind": kind, "named": named,
             "own": own, "country": country or None, "locations": list(locations),
             "address": address, "contact": c(contact), "dpo": c(dpo), "representative": c(representative),
             "website": website or None, "dpa_signed": dpa_signed, "dpf_certified": dpf_certified,
             "certifications": list(certifications), "notes": notes, "evidence": list(evidence)}
        return self._add("parties", e, name)

    def data_category(self, name, parent=None, description="", examples=(), special=None,
                      criminal=False, us_category=None, evidence=(), id=None):
        e = {"id": id or self.make_id("data_category", name), "name": name,
             "parent": self.ref("data_categories", parent) if parent else None,
             "description": description, "examples": list(examples), "special": special,
             "criminal": criminal, "us_category": us_category, "evidence": list(evidence)}
        return self._add("data_categories", e, name)

    def data_subject(self, name, description="", evidence=(), id=None):
        e = {"id": id or self.make_id("data_subject", name), "name": name, "description": description,
             "evidence": list(evidence)}
        return self._add("data_subjects", e, name)

    def source(self, name, kind, evidence=(), id=None):
        e = {"id": id or self.make_id("source", name), "name": name, "kind": kind, "evidence": list(evidence)}
        return self._add("sources", e, name)

    def security_measure(self, name, kind, description="", evidence=(), id=None):
        e = {"id": id or self.make_id("security_measure", name), "name": name, "kind": kind,
             "description": description, "evidence": list(evidence)}
        return self._add("security_measures", e, name)

    def activity(self, name, organisation, role, on_behalf_of=None, purposes=(), lawful_basis=None,
                 art9_condition=None, art10_basis=None, data_subjects=(), data_categories=(), sources=(),
                 security_measures=(), retention=(), dpia=(None, None), owner="", last_reviewed=None,
                 notes="", evidence=(), consent_condition_of_service=None, balancing_test=None,
                 large_scale=None, id=None):
        """The optional keys (docs/json-format.md, "Explicit facts") are written only when
        stated, at their place in the key order, as Ropa writes them.
        balancing_test: (date or None, note) or None."""
        e = {"id": id or self.make_id("activity", name), "name": name,
             "organisation": self.ref("parties", organisation), "role": role,
             "on_behalf_of": self.ref("parties", on_behalf_of) if on_behalf_of else None,
             "purposes": list(purposes), "lawful_basis": lawful_basis, "art9_condition": art9_condition,
             "art10_basis": art10_basis}
        if consent_condition_of_service is not None:
            e["consent_condition_of_service"] = consent_condition_of_service
        if balancing_test is not None:
            e["balancing_test"] = {"date": balancing_test[0], "note": balancing_test[1]}
        e.update({
             "data_subjects": [self.ref("data_subjects", n) for n in data_subjects],
             "data_categories": [self.ref("data_categories", n) for n in data_categories],
             "sources": [self.ref("sources", n) for n in sources],
             "security_measures": [self.ref("security_measures", n) for n in security_measures],
             "retention": [self.retention_rule(**r) for r in retention],
             "dpia": {"required": dpia[0], "done": dpia[1]}})
        if large_scale is not None:
            e["large_scale"] = large_scale
        e.update({"owner": owner, "last_reviewed": last_reviewed, "notes": notes, "evidence": list(evidence)})
        return self._add("activities", e, name)

    def retention_rule(self, categories, text, duration=None, trigger=None, legal_reference=""):
        if duration is not None and not re.fullmatch(r"P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?", duration):
            raise ValueError("bad duration %r" % duration)
        return {"categories": [self.ref("data_categories", n) for n in categories],
                "duration": duration, "trigger": trigger or None, "legal_reference": legal_reference,
                "text": text}

    def transfer(self, key, frm, to, role, mechanism, activities=(), data_categories=(), purpose="",
                 countries=(), scc_module=None, derogation=None, tia_done=None, evidence=(),
                 occasional=None, suitable_safeguards="", id=None):
        for code in countries:
            if not re.fullmatch(r"[A-Z]{2}", code):
                raise ValueError("bad country %r in transfer %r" % (code, key))
        e = {"id": id or self.make_id("transfer", key), "from": self.ref("parties", frm),
             "to": self.ref("parties", to), "role": role,
             "activities": [self.ref("activities", n) for n in activities],
             "data_categories": [self.ref("data_categories", n) for n in data_categories],
             "purpose": purpose, "countries": list(countries), "mechanism": mechanism,
             "scc_module": scc_module, "derogation": derogation}
        if occasional is not None:
            e["occasional"] = occasional
        if suitable_safeguards:
            e["suitable_safeguards"] = suitable_safeguards
        e.update({"tia_done": tia_done, "evidence": list(evidence)})
        return self._add("transfers", e, key)

    # ---- output ----------------------------------------------------------------------
    def to_json(self):
        out = {"format": "ropa-project", "version": 1, "project": self.project}
        for kind, entities in self.kinds.items():
            out[kind] = [entities[i] for i in sorted(entities)]
        out["systems"] = list(self.systems.values())
        return json.dumps(version2(out), indent=2, ensure_ascii=False) + "\n"

    def system(self, name, description="", hosting_party=None, locations=(), notes="", evidence=()):
        """A system (JSON version 2): an application or database the data is kept in."""
        e = {"id": self.make_id("system", name), "name": name, "description": description,
             "hosting_party": self.ref("parties", hosting_party) if hosting_party else None,
             "locations": list(locations), "notes": notes, "evidence": list(evidence)}
        self.systems[name] = e
        return e["id"]

    def version2_facts(self, entity_kind, name, **facts):
        """Facts of JSON version 2 for an entity built as version 1 (version2.py)."""
        self.get(entity_kind, name).setdefault("_v2", {}).update(facts)

    def write(self, file_name):
        path = os.path.join(EXAMPLES_DIR, file_name)
        data = self.to_json()
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(data)
        return path


def categories_of(gold_purposes):
    """The union of the data categories of some gold purposes, in first-seen order."""
    out = []
    for p in gold_purposes:
        for c in p["data_categories"]:
            if c not in out:
                out.append(c)
    return out


def find(items, prefix, key="name"):
    """The one gold item whose name starts with prefix."""
    hits = [x for x in items if x[key].startswith(prefix)]
    if len(hits) != 1:
        raise KeyError("%d gold items start with %r" % (len(hits), prefix))
    return hits[0]


def attach_retention(gold_retention, activities, name_of=lambda n: n, text_key="evidence",
                     duration_of=None, trigger_of=None):
    """Spread each gold retention statement over the activities holding its categories.

    activities: list of dicts with "name", "data_categories" (project names) and "retention".
    Every category a statement applies to must be held by some activity."""
    for r in gold_retention:
        cats = [name_of(c) for c in r["applies_to"]]
        covered = set()
        for a in activities:
            inter = [c for c in cats if c in a["data_categories"]]
            if inter:
                a["retention"].append({"categories": inter, "text": r[text_key],
                                       "duration": duration_of(r) if duration_of else r["duration"],
                                       "trigger": trigger_of(r) if trigger_of else r["trigger"]})
                covered.update(inter)
        missing = [c for c in cats if c not in covered]
        if missing:
            raise ValueError("retention %r: no activity holds %r" % (r[text_key][:60], missing))

"""The example projects in JSON version 2 (docs/json-format.md, decision 0015).

The builders (ropa_builder.py) collect the facts as version 1 held them; version2() gives the
canonical version-2 form with the meaning version 1 gave them (a DPA date: in place; a DPIA
date: performed; no categories on a transfer: all categories of its activities), every key
that version 2 added written as "not stated". Fill those in the builders as the examples gain
them. Standard library only.
"""


def contact(c):
    if c is None: return None
    return {"name": c.get("name",""), "function": "", "email": c.get("email",""), "phone": c.get("phone","")}
def _extra(v1, v2):
    """Version-2 facts a builder stated: the "_v2" dict of an entity, over the defaults."""
    for key, value in v1.get("_v2", {}).items():
        if key not in v2:
            raise KeyError("not a key of version 2: %s" % key)
        v2[key] = value
    return v2


def version2(d):
    out = {"format": d["format"], "version": 2, "project": d["project"]}
    out["documents"] = [_extra(x, {"id": x["id"], "title": x["title"], "kind": None, "url": x.get("url"), "date": x.get("date"), "text": x.get("text")}) for x in d.get("documents",[])]
    ps=[]
    for p in d.get("parties",[]):
        ds = p.get("dpa_signed")
        ps.append(_extra(p, {"id":p["id"],"name":p["name"],"kind":p.get("kind","organisation"),"named":p.get("named",True),"own":p.get("own",False),
          "country":p.get("country"),"locations":p.get("locations",[]),"address":p.get("address",""),
          "contact":contact(p.get("contact") or {}),"dpo":contact(p.get("dpo")),"dpo_not_required":None,"representative":contact(p.get("representative")),
          "website":p.get("website"),"dpa":{"in_place": True if ds else None, "date": ds, "document": None},
          "dpf_certified":p.get("dpf_certified"),"certifications":p.get("certifications",[]),"documents":[],
          "notes":p.get("notes",""),"evidence":p.get("evidence",[])}))
    out["parties"]=ps
    out["data_categories"]=d.get("data_categories",[])
    out["data_subjects"]=d.get("data_subjects",[])
    out["sources"]=d.get("sources",[])
    out["security_measures"]=d.get("security_measures",[])
    out["systems"]=sorted(d.get("systems", []), key=lambda e: e["id"])
    acts=[]
    for a in d.get("activities",[]):
        bt=a.get("balancing_test") or {}
        dp=a.get("dpia") or {}
        acts.append(_extra(a, {"id":a["id"],"name":a["name"],"reference":None,"status":None,"record_version":None,"created":None,
          "last_changed":None,"department":None,"contact_person":{"name":"","function":"","email":"","phone":""},
          "organisation":a["organisation"],"role":a["role"],"on_behalf_of":a.get("on_behalf_of"),"purposes":a.get("purposes",[]),
          "lawful_basis":a.get("lawful_basis"),"art9_condition":a.get("art9_condition"),"art10_basis":a.get("art10_basis"),
          "consent_condition_of_service":a.get("consent_condition_of_service"),
          "balancing_test":{"date":bt.get("date"),"note":bt.get("note","")},
          "data_subjects":a.get("data_subjects",[]),"data_categories":a.get("data_categories",[]),"sources":a.get("sources",[]),
          "data_items":[],"security_measures":a.get("security_measures",[]),"systems":[],"retention":a.get("retention",[]),
          "automated_decisions":{"present":None,"profiling":None,"logic":"","significance":""},
          "dpia":{"required":dp.get("required"),"performed":True if dp.get("done") else None,"date":dp.get("done"),"document":None},
          "dpia_screening":{"criteria":[],"on_authority_list":None,"high_risk":None,"outcome":"","report":None},
          "large_scale":a.get("large_scale"),"owner":a.get("owner",""),"last_reviewed":a.get("last_reviewed"),"documents":[],
          "notes":a.get("notes",""),"evidence":a.get("evidence",[])}))
    out["activities"]=acts
    ts=[]
    for t in d.get("transfers",[]):
        ts.append({"id":t["id"],"from":t["from"],"to":t["to"],"role":t["role"],"activities":t.get("activities",[]),
          "all_categories": not t.get("data_categories"),"data_categories":t.get("data_categories",[]),"purpose":t.get("purpose",""),
          "countries":t.get("countries",[]),"mechanism":t["mechanism"],"scc_module":t.get("scc_module"),"derogation":t.get("derogation"),
          "occasional":t.get("occasional"),"suitable_safeguards":t.get("suitable_safeguards",""),"tia_done":t.get("tia_done"),
          "evidence":t.get("evidence",[])})
    out["transfers"]=ts
    if d.get("accepted_findings"): out["accepted_findings"]=d["accepted_findings"]
    return out

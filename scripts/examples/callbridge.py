"""resources/examples/callbridge.json: het Callbridge-privacybeleid (Iotum Inc.), Nederlandse
versie, herzien 1 december 2023 (seed 001). Namen en citaten blijven Nederlands zoals het beleid
ze schrijft; de Engelse naam uit de gold-annotatie staat in de beschrijving of de notities."""

from ropa_builder import Project, find, load_gold
from vendor_common import add_activities, add_gold_basics, add_recipients

SEED = "callbridge-policy-nl"
OWN = "Callbridge (een dienst van Iotum Inc.)"
EU_EXPORTERS = "Klanten en gebruikers in de Europese Unie"
UK_EXPORTERS = "Klanten en gebruikers in het Verenigd Koninkrijk"
CH_EXPORTERS = "Klanten en gebruikers in Zwitserland"
CUSTOMER = "de zakelijke klant"  # a gold recipient; the controller of the processor activities

SCC_SENTENCES = [
    "Waar van toepassing, vertrouwt Iotum in elk geval op de bijbehorende contractuele clausules met dergelijke "
    "externe verwerkers",
    "Waar van toepassing kan dit de modelcontractbepalingen van de Europese Commissie voor internationale "
    "doorgiften omvatten",
]
# Consent "as part of the required terms and conditions to use the service": Art. 7(4) bundling,
# stated on the consent activities of the processing table (consent_condition_of_service).
BUNDLED_SENTENCE = ("Op het moment dat de service wordt gestart, wanneer uw toestemming deel uitmaakt van de vereiste "
                    "algemene voorwaarden om de service te gebruiken.")
CONSENT_SENTENCE = ("Door onze websites en oplossingen te gebruiken of persoonlijke informatie aan ons te verstrekken, "
                    "waar de toepasselijke wetgeving dit toestaat, erkent en accepteert u de overdracht, verwerking en "
                    "opslag van dergelijke informatie buiten uw land van verblijf")

MEASURE_KINDS = [
    ("fysieke, technische", "organisational"),
    ("contractueel eisen", "organisational"),
    ("fysieke, elektronische", "physical"),
    ("geaccepteerde tools", "access_control"),
    ("toegang beperken", "access_control"),
    ("van hen eisen", "organisational"),
    ("met uitzondering van", "pseudonymisation"),
    ("vernietigd, verwijderd", "other"),
    ("bijbehorende contractuele", "organisational"),
]

TRIGGERS = {
    "end of customer contract period (or later statutory period)":
        "einde van de contractperiode van de klant (of een langere wettelijke termijn)",
    "end of services use or end of account subscription (whichever is later)":
        "einde van het gebruik van de Services of van het abonnement (wat het langst duurt)",
    "purpose fulfilled": "doeleinden vervuld",
    "purpose achieved and no legal or business need": "doeleinden bereikt en geen wettelijke of zakelijke noodzaak meer",
    None: None,
}

# Transfer purposes in Dutch, as the subprocessor table and the text put them.
PURPOSES = {
    "User management SaaS platform": "Beheer van gebruikersbestanden voor marketing- en promotiecampagnes",
    "Secure colocation and web hosting facility providers and/or cloud hosting providers":
        "Hosting van Iotum-samenwerkingsapplicaties (alle gegevens, met uitzondering van creditcardnummers)",
    "Software development environments and platforms":
        "Applicatie ontwikkeling; foutopsporing en logboekregistratie van applicaties, interne ticketverkoop, "
        "communicatie en coderepository",
    "Customer management SaaS platform (CRM)": "Klantondersteuning, beheer van verkoopleads, kansen en accounts binnen CRM",
    "Telecommunications and communication network providers, including dial-in number providers":
        "Datatransport en inbelnummer (DID) diensten; ook door netwerkbedrijven wereldwijd",
    "Toll-free number providers": "Gratis nummerdiensten; ook door netwerkbedrijven wereldwijd",
    "Data analytics SaaS provider": "Rapportage en data-analyse; marketing en trendanalyse",
    "Credit card processing provider": "Creditcard verwerking; gehoste creditcardverwerkingsdiensten",
    "TRUSTe (US-based alternative dispute resolution provider)": "Onopgeloste DPF-klachten (geschillenbeslechting)",
    "Company subsidiaries worldwide": "Internationale overdracht, verwerking en opslag",
    "Business partners, suppliers and subcontractors":
        "Een transactie voltooien of een dienst namens Callbridge uitvoeren",
    "Operator of a Callbridge supplier": "Voor zover nodig om de Services te leveren",
    "Public authorities (national security and law enforcement)":
        "Wettige verzoeken van overheidsinstanties (nationale veiligheid, rechtshandhaving)",
    "Advertising partners (for their own use; 'sale' under California law)":
        "Advertenties; eigen gebruik door de advertentiepartners ('verkoop' naar Californisch recht)",
    "External advertising companies (banner ads on other websites, web beacons/tagging)":
        "Advertenties op andere websites plaatsen en de effectiviteit meten",
    "Advertisers displaying ads on Callbridge websites (own cookies)": "Advertenties met eigen cookies",
    "Third parties buying or receiving aggregated data": "Verkoop of delen van geaggregeerde gegevens",
    "Business customer (employer) of employees/authorised users":
        "Toegang tot gegevens van werknemers of geautoriseerde gebruikers volgens de serviceovereenkomst",
    "Email recipients (return address disclosed when delivering email on the user's request)":
        "Bezorging van e-mail op verzoek van de gebruiker (retouradres)",
}

SUBPROCESSORS = ["User management SaaS platform", "Software development environments and platforms",
                 "Customer management SaaS platform (CRM)",
                 "Telecommunications and communication network providers, including dial-in number providers",
                 "Toll-free number providers", "Data analytics SaaS provider", "Credit card processing provider"]
HOSTING = "Secure colocation and web hosting facility providers and/or cloud hosting providers"


def build():
    gold, text = load_gold(SEED)
    p = Project("callbridge", "Callbridge (beleid van de leverancier)", "nl",
                "Het privacybeleid van Callbridge (een dienst van Iotum Inc.), Nederlandse versie, herzien en van "
                "kracht vanaf 1 december 2023, gemodelleerd als het register van Iotum zelf: verwerkingsverantwoordelijke "
                "voor account-, marketing- en websitegegevens, verwerker voor conferentiegegevens van klanten. Elk feit "
                "citeert de zin van het beleid die het zegt. Let op: de Nederlandse tekst is een niet-gezaghebbende "
                "vertaling; de Amerikaans-Engelse versie heeft voorrang. Gegenereerd door scripts/examples/generate.py; "
                "zie docs/examples.md.")
    doc = p.document("Callbridge Privacy Beleid (Nederlandse versie)", None, "2023-12-01", text)["id"]
    E = lambda *q: p.evidence(doc, *q)
    g = lambda items, prefix, key="name": find(gold[items], prefix, key)

    org = gold["organisation"]
    p.party(OWN, own=True, country="US", locations=["US"], address=org["address"],
            contact=("Privacy Officer", "privacy@callbridge.com", ""), website="https://www.callbridge.com",
            dpf_certified=True,
            notes="Iotum Inc. en haar Amerikaanse dochteronderneming Iotum Global Holdings Inc.; algemene contactadres "
                  "support@callbridge.com. Geen functionaris voor gegevensbescherming en geen EU/VK-vertegenwoordiger "
                  "genoemd.",
            evidence=E(org["evidence"], "Callbridge is een dienst van Iotum Inc.",
                       "Iotum Inc. en haar Amerikaanse dochteronderneming Iotum Global Holdings Inc. houden zich aan de "
                       "EU-VS-richtlijnen."))
    p.party(EU_EXPORTERS, named=False, country="EU",
            evidence=E("ontvangen van de Europese Unie en het Verenigd Koninkrijk"))
    p.party(UK_EXPORTERS, named=False, country="GB",
            evidence=E("ontvangen van de Europese Unie en het Verenigd Koninkrijk"))
    p.party(CH_EXPORTERS, named=False, country="CH",
            evidence=E("met betrekking tot de verwerking van persoonsgegevens ontvangen uit Zwitserland"))

    content = "Data uploaded to or retrieved by Iotum (customer content)"
    parents = {n: g("data_categories", content)["name_nl"]
               for n in ("Recordings", "Whiteboards", "Transcriptions", "Intelligent call summaries")}
    # the parent must exist before its children: add it first, then the rest
    cat = g("data_categories", content)
    p.data_category(cat["name_nl"], description="English: %s." % cat["name"], examples=cat["examples"],
                    evidence=E(cat["evidence"]))
    rest = dict(gold, data_categories=[c for c in gold["data_categories"] if c is not cat])
    add_gold_basics(p, rest, doc, dutch=True, parents=parents)
    for prefix, kind in MEASURE_KINDS:
        m = g("security_measures", prefix, "name_nl")
        p.security_measure(m["name_nl"], kind, description="English: %s." % m["name"], evidence=E(m["evidence"]))

    S = lambda *x: [g("data_subjects", v, "name_nl")["name_nl"] for v in x]
    Q = lambda *x: [g("sources", v, "name_nl")["name_nl"] for v in x]
    M = lambda *x: [g("security_measures", v, "name_nl")["name_nl"] for v in x]
    P = lambda *x: [g("purposes", v)["name"] for v in x]

    both = ("Het beleid noemt voor deze rij van de tabel twee grondslagen tegelijk ('Toestemming' en 'Vereist om "
            "aangevraagde samenwerkingsservices aan de klant te leveren'); elk staat als eigen activiteit, zodat geen "
            "van beide verloren gaat.")
    stated = {"consent": ("grondslag: toestemming", "Toestemming"),
              "contract": ("grondslag: vereist om de dienst te leveren",
                           "Vereist om aangevraagde samenwerkingsservices aan de klant te leveren")}
    rows = [
        ("Samenwerkingstoepassingen: accountgegevens", "controller", None, "Provide collaboration applications (account data)",
         S("Callbridge-klanten", "geleverde gebruikers", "individuele medewerkers", "kinderen"),
         Q("Klant (bij aanmelding)", "Informatie die u ons geeft"), M("fysieke, technische", "geaccepteerde", "toegang")),
        ("Samenwerkingstoepassingen, marketing en klantenondersteuning: brongegevens", "controller", None,
         "Provide efficient collaboration applications",
         S("Callbridge-klanten", "geleverde gebruikers"), Q("Klant (bij aanmelding)"), M("fysieke, technische")),
        ("Samenwerkingstoepassingen: CDR-, log-, beoordelings- en supportgegevens", "processor", CUSTOMER,
         "Provide collaboration applications (CDR",
         S("Callbridge-klanten", "geleverde gebruikers", "individuele medewerkers", "deelnemers"),
         Q("Besturingssystemen", "de systemen", "gegevens die door"), M("fysieke, technische", "van hen eisen", "bijbehorende")),
        ("Opnames en whiteboards", "processor", CUSTOMER, "Application logging (recordings, whiteboards)",
         S("geleverde gebruikers", "individuele medewerkers", "deelnemers"),
         Q("Besturingssystemen", "de systemen", "gegevens die door"), M("fysieke, technische", "van hen eisen", "bijbehorende")),
        ("Transcripties en intelligente oproepsamenvattingen", "processor", CUSTOMER,
         "Provide associated additional functions",
         S("geleverde gebruikers", "individuele medewerkers", "deelnemers"),
         Q("Besturingssystemen", "de systemen", "gegevens die door"), M("fysieke, technische", "van hen eisen", "bijbehorende")),
        ("Creditcardverwerking", "controller", None, "Credit card processing",
         S("Callbridge-klanten"), Q("Klant (alleen"), M("fysieke, technische", "met uitzondering")),
    ]
    plan = []
    for name, role, behalf, prefix, subj, src, meas in rows:
        for basis in ("consent", "contract"):
            label, quote = stated[basis]
            facts = {"consent_condition_of_service": True} if basis == "consent" else {}
            plan.append(dict(name="%s (%s)" % (name, label), role=role, on_behalf_of=behalf,
                             purposes=[x["name"] for x in gold["purposes"]
                                       if x["name"].startswith(prefix) and x["legal_basis"] == basis],
                             subjects=subj, sources=src, measures=meas, notes=both,
                             extra_evidence=[quote] + ([BUNDLED_SENTENCE] if basis == "consent" else []), **facts))
    plan += [
        dict(name="Bedrijfsvoering en beveiliging", role="controller",
             purposes=P("Operate the business", "Other legitimate purposes"),
             subjects=S("Callbridge-klanten", "geleverde gebruikers", "bezoekers"),
             sources=Q("Automatisch", "Informatie die u ons geeft"),
             measures=M("fysieke, technische", "fysieke, elektronische", "geaccepteerde", "toegang")),
        dict(name="Diensten leveren en websites personaliseren", role="controller",
             purposes=P("Deliver, improve", "Provide services or complete", "Serve customers", "Personalise websites"),
             subjects=S("Callbridge-klanten", "geleverde gebruikers", "bezoekers", "kinderen"),
             sources=Q("Informatie die u ons geeft", "Automatisch"), measures=M("fysieke, elektronische")),
        dict(name="Marketing- en promotiecampagnes", role="controller",
             purposes=P("Send notices", "Use purchased demographic", "Manage user files"),
             subjects=S("Callbridge-klanten", "verkoopleads", "bezoekers"),
             sources=Q("Informatie die u ons geeft", "Informatie uit andere"), measures=M("contractueel")),
        dict(name="Marketing met uitdrukkelijke toestemming", role="controller",
             purposes=P("Email about new products", "Combine information from external"),
             subjects=S("Callbridge-klanten", "verkoopleads"),
             sources=Q("Informatie die u ons geeft", "Informatie uit andere"), measures=M("contractueel")),
        dict(name="Online advertenties", role="controller",
             purposes=P("Place banner ads", "Make personal information available"),
             subjects=S("bezoekers"), sources=Q("Automatisch"), measures=[]),
        dict(name="Applicatieontwikkeling en foutopsporing", role="controller", purposes=P("Application development"),
             subjects=S("geleverde gebruikers", "individuele medewerkers", "deelnemers"),
             sources=Q("Besturingssystemen", "de systemen"), measures=M("met uitzondering", "van hen eisen")),
        dict(name="Klantondersteuning en CRM", role="controller", purposes=P("Customer support and management"),
             subjects=S("Callbridge-klanten", "verkoopleads"), sources=Q("Informatie die u ons geeft", "Besturingssystemen"),
             measures=M("contractueel", "toegang")),
        dict(name="Rapportage en data-analyse", role="controller", purposes=P("Reporting and data analysis"),
             subjects=S("Callbridge-klanten", "geleverde gebruikers", "deelnemers"),
             sources=Q("Besturingssystemen", "de systemen"), measures=M("contractueel", "met uitzondering"),
             notes="Gebruikt klantinhoud (opnames, transcripties, samenvattingen) voor eigen marketing en "
                   "trendanalyse: buiten de rol van verwerker."),
        dict(name="Wettelijke verplichtingen en zakelijke vereisten", role="controller",
             purposes=P("Comply with business requirements"), subjects=S("Callbridge-klanten"),
             sources=Q("Informatie die u ons geeft", "Klant (alleen"), measures=M("vernietigd")),
        dict(name="Geschillen en handhaving van overeenkomsten", role="controller", purposes=P("Resolve disputes"),
             subjects=S("Callbridge-klanten"), sources=Q("Informatie die u ons geeft", "Klant (alleen"),
             measures=M("vernietigd")),
    ]
    # the recipient CUSTOMER is the controller of the processor activities; it must exist first
    cust = g("recipients", "Business customer")
    p.party(cust["name_nl"], named=False,
            notes="English: %s. Verwerkingsverantwoordelijke voor de conferentiegegevens die Iotum als verwerker "
                  "verwerkt." % cust["name"], evidence=E(cust["evidence"]))
    built = add_activities(p, gold, doc, OWN, plan, dutch=True, trigger_of=lambda r: TRIGGERS[r["trigger"]])

    scc = [{"mechanism": "scc", "evidence": SCC_SENTENCES}]
    mechanisms = {n: scc for n in SUBPROCESSORS}
    mechanisms[HOSTING] = [
        {"mechanism": "scc", "countries": ["US", "CA", "JP", "IN", "SG", "HK", "GB", "AU"], "evidence": SCC_SENTENCES},
        {"mechanism": "eea", "countries": ["IE", "EU"]},
    ]
    consent = next(t for t in gold["transfers"] if t["mechanism"] == "consent")
    # Acceptance deemed from use of the websites: the standing basis for every user, not occasional.
    derog = [{"mechanism": "consent", "evidence": [consent["evidence"], CONSENT_SENTENCE], "occasional": False}]
    mechanisms["Company subsidiaries worldwide"] = derog
    mechanisms["Business partners, suppliers and subcontractors"] = derog
    # the business customer party exists already: add the others, then its transfer
    gold_wo_customer = dict(gold, recipients=[r for r in gold["recipients"] if r is not cust])
    add_recipients(p, gold_wo_customer, doc, OWN, built, dutch=True, mechanisms=mechanisms, purposes=PURPOSES)
    cats = [next(c for c in gold["data_categories"] if c["name"] == n)["name_nl"] for n in cust["data_categories"]]
    p.transfer("%s -> %s #0" % (OWN, cust["name_nl"]), OWN, cust["name_nl"], "controller", "not_stated",
               activities=[a["name"] for a in built if set(cats) & set(a["data_categories"])], data_categories=cats,
               purpose=PURPOSES[cust["name"]], evidence=E(cust["evidence"]))

    dpf = [t for t in gold["transfers"] if t["mechanism"] == "dpf"]
    processor = [a["name"] for a in built if a["role"] == "processor"]
    proc_cats = []
    for a in built:
        if a["role"] == "processor":
            proc_cats += [c for c in a["data_categories"] if c not in proc_cats]
    for frm, t in zip((EU_EXPORTERS, UK_EXPORTERS, CH_EXPORTERS), dpf):
        p.transfer("%s -> Iotum (DPF)" % t["from_region"], frm, OWN, "processor", "dpf", activities=processor,
                   data_categories=proc_cats,
                   purpose="Persoonsgegevens ontvangen door Iotum Inc. en Iotum Global Holdings Inc. in de VS (%s)"
                           % t["from_region"],
                   countries=["US"], evidence=E(t["evidence"]))
    return p


if __name__ == "__main__":
    print(build().write("callbridge.json"))

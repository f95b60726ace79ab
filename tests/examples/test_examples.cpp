// The example projects in resources/examples/ (docs/examples.md): each loads, is canonical,
// cites only sentences of its own documents, holds every fact of its policy's gold annotation
// (tests/fixtures/gold/), and says what the policy says about the three transfers and the
// special-category data a DPO asks about first.

#include "checks/checker.h"
#include "store/jsonformat.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace ropa;

namespace {

QString examplePath(const QString &name)
{
    return QStringLiteral(ROPA_SOURCE_DIR "/resources/examples/") + name;
}

QString normalised(const QString &text)
{
    return text.simplified();
}

ProjectData load(const QString &name)
{
    const json::ReadResult r = json::readProjectFile(examplePath(name));
    if (!r.data)
        qFatal("%s: %s", qPrintable(name), qPrintable(r.error));
    return *r.data;
}

QJsonObject loadGold(const QString &seed)
{
    QFile f(QStringLiteral(ROPA_FIXTURES_DIR "/gold/") + seed + QStringLiteral(".gold.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open gold %s", qPrintable(seed));
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool cites(const EvidenceList &evidence, const QString &quote)
{
    const QString q = normalised(quote);
    for (const Evidence &e : evidence) {
        if (normalised(e.quote) == q)
            return true;
    }
    return false;
}

template <typename T> const T *byName(const EntityMap<T> &map, const QString &name)
{
    for (const auto &[id, e] : map) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

Id ownParty(const ProjectData &d)
{
    for (const auto &[id, p] : d.parties) {
        if (p.own)
            return id;
    }
    return {};
}

// The gold's mechanism words as the format's (mechanism, derogation).
std::pair<QString, QString> mechanismOf(const QString &gold)
{
    if (gold == QLatin1String("consent"))
        return {QStringLiteral("derogation"), QStringLiteral("a")};
    if (gold == QLatin1String("not_stated"))
        return {QStringLiteral("none"), QString()};
    return {gold, QString()};
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

// Every transfer reachable from `start` along the transfer graph, breadth first.
QList<const Transfer *> reachable(const ProjectData &d, const Id &start)
{
    QList<const Transfer *> out;
    QSet<Id> seen{start};
    QList<Id> queue{start};
    while (!queue.isEmpty()) {
        const Id at = queue.takeFirst();
        for (const auto &[id, t] : d.transfers) {
            if (t.from != at)
                continue;
            out.append(&t);
            if (!seen.contains(t.to)) {
                seen.insert(t.to);
                queue.append(t.to);
            }
        }
    }
    return out;
}

} // namespace

class ExamplesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsAndIsCanonical_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f :
             {"callcabinet.json", "callbridge.json", "contact-center-1.json", "demo-contact-centre.json"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void loadsAndIsCanonical()
    {
        QFETCH(QString, file);
        QFile f(examplePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const json::ReadResult r = json::readProject(bytes);
        QVERIFY2(r.data, qPrintable(r.error));
        // written again, byte for byte the same file
        QCOMPARE(json::writeProject(*r.data), bytes);
        QVERIFY(!ownParty(*r.data).isNull());
    }

    // Every quote occurs in the text of the document it cites (whitespace normalised).
    void everyQuoteIsInItsDocument_data() { loadsAndIsCanonical_data(); }
    void everyQuoteIsInItsDocument()
    {
        QFETCH(QString, file);
        const ProjectData d = load(file);
        QHash<Id, QString> texts;
        for (const auto &[id, doc] : d.documents) {
            QVERIFY2(!doc.text.isEmpty(), qPrintable(doc.title));
            texts.insert(id, normalised(doc.text));
        }
        int quotes = 0;
        QStringList wrong;
        const auto check = [&](const QString &what, const EvidenceList &evidence) {
            for (const Evidence &e : evidence) {
                ++quotes;
                if (!texts.value(e.document).contains(normalised(e.quote)))
                    wrong.append(what + QStringLiteral(": ") + e.quote.left(80));
            }
        };
        for (const auto &[id, e] : d.parties)
            check(e.name, e.evidence);
        for (const auto &[id, e] : d.dataCategories)
            check(e.name, e.evidence);
        for (const auto &[id, e] : d.dataSubjects)
            check(e.name, e.evidence);
        for (const auto &[id, e] : d.sources)
            check(e.name, e.evidence);
        for (const auto &[id, e] : d.securityMeasures)
            check(e.name, e.evidence);
        for (const auto &[id, e] : d.activities)
            check(e.name, e.evidence);
        for (const auto &[id, e] : d.transfers)
            check(e.purpose, e.evidence);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
        QVERIFY(quotes > 0);
    }

    // The findings a careful DPO raised from each policy (the gold's dpo_findings) that the
    // inventory can express come out of the checks on the example, with the DPO's severity
    // (docs/findings.md, "The annotated policies' findings").
    void dpoFindings_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("goldIndex");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("messagePart");
        const QString cabinet = QStringLiteral("callcabinet-policy"), bridge = QStringLiteral("callbridge-policy-nl"),
                      cc1 = QStringLiteral("contactcenter1-policy");
        const auto row = [](const char *name, const QString &seed, const char *file, int index, const char *rule,
                            const char *part) {
            QTest::newRow(name) << seed << QString::fromLatin1(file) << index << QString::fromLatin1(rule)
                                << QString::fromUtf8(part);
        };
        row("000 #3 no Art. 6 basis", cabinet, "callcabinet.json", 3, "ART6-BASIS-MISSING", "Answering enquiries");
        row("000 #4 subprocessors not listed", cabinet, "callcabinet.json", 4, "PARTY-UNNAMED-PROCESSOR",
            "Subprocessors used when acting as data processor");
        row("000 #8 vague retention", cabinet, "callcabinet.json", 8, "RET-VAGUE", "CRM management");
        row("001 #0 bundled consent", bridge, "callbridge.json", 0, "CONSENT-BUNDLED", "(grondslag: toestemming)");
        row("001 #1 analytics SaaS", bridge, "callbridge.json", 1, "XFER-TIA-MISSING-SENSITIVE",
            "Data Analytics SaaS-provider");
        row("001 #2 hosting worldwide", bridge, "callbridge.json", 2, "XFER-TIA-MISSING-SENSITIVE",
            "colocatie- en webhosting");
        row("001 #5 subprocessors by type", bridge, "callbridge.json", 5, "PARTY-UNNAMED-PROCESSOR", "");
        row("004 #0 Art. 9 data", cc1, "contact-center-1.json", 0, "ART9-CONDITION-MISSING", "Government ID Data");
        row("004 #1 deemed consent to the US", cc1, "contact-center-1.json", 1, "XFER-DEROGATION-REGULAR",
            "Users in the European Union");
        row("004 #7 processors not named", cc1, "contact-center-1.json", 7, "PARTY-UNNAMED-SPECIAL",
            "Service providers / Processors");
    }

    void dpoFindings()
    {
        QFETCH(QString, seed);
        QFETCH(QString, file);
        QFETCH(int, goldIndex);
        QFETCH(QString, rule);
        QFETCH(QString, messagePart);
        const QJsonArray gold = loadGold(seed).value(QLatin1String("dpo_findings")).toArray();
        QVERIFY(goldIndex < gold.size());
        const auto severity =
            checks::severityFromKey(gold.at(goldIndex).toObject().value(QLatin1String("severity")).toString());
        QVERIFY(severity);
        checks::CheckOptions options;
        options.today = QDate(2026, 1, 1);
        const checks::FindingList findings = checks::runChecks(load(file), options);
        QStringList seen;
        for (const checks::Finding &f : findings) {
            if (f.ruleId != rule)
                continue;
            seen.append(checks::severityKey(f.severity) + u' ' + f.message);
            if (f.severity == *severity && f.message.contains(messagePart))
                return;
        }
        QFAIL(
            qPrintable(QStringLiteral("no %1 finding of severity %2 mentioning “%3”; found: %4")
                           .arg(rule, checks::severityKey(*severity), messagePart, seen.join(QStringLiteral(" | ")))));
    }

    void everyGoldFactIsPresent_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("dutch");
        QTest::newRow("000 CallCabinet") << QStringLiteral("callcabinet-policy") << QStringLiteral("callcabinet.json")
                                         << false;
        QTest::newRow("001 Callbridge") << QStringLiteral("callbridge-policy-nl") << QStringLiteral("callbridge.json")
                                        << true;
        QTest::newRow("004 Contact Center 1")
            << QStringLiteral("contactcenter1-policy") << QStringLiteral("contact-center-1.json") << false;
    }

    void everyGoldFactIsPresent()
    {
        QFETCH(QString, seed);
        QFETCH(QString, file);
        QFETCH(bool, dutch);
        const QJsonObject gold = loadGold(seed);
        const ProjectData d = load(file);
        // The Dutch example keeps the policy's Dutch names (the gold's name_nl).
        const auto nameOf = [&](const QJsonObject &o) {
            return dutch && o.contains(QLatin1String("name_nl")) ? o.value(QLatin1String("name_nl")).toString()
                                                                 : o.value(QLatin1String("name")).toString();
        };
        QHash<QString, QString> categoryName; // gold name -> project name
        for (const QJsonValue &v : gold.value(QLatin1String("data_categories")).toArray())
            categoryName.insert(v[QLatin1String("name")].toString(), nameOf(v.toObject()));

        int checked = 0;
        QStringList missing;
        const auto fact = [&](bool ok, const QString &what) {
            ++checked;
            if (!ok)
                missing.append(what);
        };
        const auto each = [&](const char *key, const std::function<void(const QJsonObject &)> &f) {
            for (const QJsonValue &v : gold.value(QLatin1String(key)).toArray())
                f(v.toObject());
        };

        each("data_categories", [&](const QJsonObject &g) {
            const DataCategory *c = byName(d.dataCategories, nameOf(g));
            bool ok = c && cites(c->evidence, g[QLatin1String("evidence")].toString());
            for (const QString &example : strings(g[QLatin1String("examples")]))
                ok = ok && c->examples.contains(example);
            if (g[QLatin1String("special_category")].toBool())
                ok = ok && c->special && strings(g[QLatin1String("art9_types")]).contains(enumToString(*c->special));
            fact(ok, QStringLiteral("data category ") + nameOf(g));
        });
        each("data_subjects", [&](const QJsonObject &g) {
            const DataSubject *s = byName(d.dataSubjects, nameOf(g));
            fact(s && cites(s->evidence, g[QLatin1String("evidence")].toString()),
                 QStringLiteral("data subject ") + nameOf(g));
        });
        each("sources", [&](const QJsonObject &g) {
            const Source *s = byName(d.sources, nameOf(g));
            fact(s && cites(s->evidence, g[QLatin1String("evidence")].toString()) &&
                     enumToString(s->kind) == g[QLatin1String("kind")].toString(),
                 QStringLiteral("source ") + nameOf(g));
        });
        each("security_measures", [&](const QJsonObject &g) {
            const SecurityMeasure *m = byName(d.securityMeasures, nameOf(g));
            fact(m && cites(m->evidence, g[QLatin1String("evidence")].toString()),
                 QStringLiteral("security measure ") + nameOf(g));
        });
        each("recipients", [&](const QJsonObject &g) {
            const Party *p = byName(d.parties, nameOf(g));
            bool ok = p && cites(p->evidence, g[QLatin1String("evidence")].toString()) &&
                      p->named == g[QLatin1String("named")].toBool();
            bool hasTransfer = false;
            for (const auto &[id, t] : d.transfers)
                hasTransfer = hasTransfer || (p && t.to == p->id);
            ok = ok && hasTransfer; // a recipient of the record is the end of a transfer
            for (const QString &country : strings(g[QLatin1String("countries")])) {
                if (!ok || country == QLatin1String("worldwide"))
                    continue;
                bool found = p->locations.contains(country);
                for (const auto &[id, t] : d.transfers)
                    found = found || (t.to == p->id && t.countries.contains(country));
                ok = found;
            }
            fact(ok, QStringLiteral("recipient ") + nameOf(g));
        });
        each("purposes", [&](const QJsonObject &g) {
            const QString basis = g[QLatin1String("legal_basis")].toString();
            bool ok = false;
            for (const auto &[id, a] : d.activities) {
                if (!a.purposes.contains(nameOf(g)) || !cites(a.evidence, g[QLatin1String("evidence")].toString()))
                    continue;
                const QString stated = a.lawfulBasis ? enumToString(*a.lawfulBasis) : QStringLiteral("not_stated");
                ok = ok || stated == basis;
            }
            fact(ok, QStringLiteral("purpose ") + nameOf(g) + QStringLiteral(" (") + basis + QLatin1Char(')'));
        });
        each("retention", [&](const QJsonObject &g) {
            const QString text = normalised(g[QLatin1String("evidence")].toString());
            // "P6Y" is a duration; "P45D (extendable by P45D)" starts with one; ">P60D" is only a minimum
            const QString goldDuration = g[QLatin1String("duration")].toString();
            const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^P\\d+[YMWD]")).match(goldDuration);
            const QString duration = m.hasMatch() ? m.captured(0) : QString();
            QSet<QString> covered;
            bool durationOk = true, any = false;
            for (const auto &[id, a] : d.activities) {
                for (const RetentionRule &r : a.retention) {
                    if (normalised(r.text) != text)
                        continue;
                    any = true;
                    durationOk = durationOk && r.duration == duration;
                    for (const Id &c : r.categories)
                        covered.insert(d.dataCategories.at(c).name);
                }
            }
            bool ok = any && durationOk;
            for (const QString &c : strings(g[QLatin1String("applies_to")]))
                ok = ok && covered.contains(categoryName.value(c));
            fact(ok, QStringLiteral("retention ") + text.left(60));
        });
        each("transfers", [&](const QJsonObject &g) {
            const auto [mechanism, derogation] = mechanismOf(g[QLatin1String("mechanism")].toString());
            const QString country = g[QLatin1String("to_country")].toString();
            bool ok = false;
            for (const auto &[id, t] : d.transfers) {
                ok = ok || (enumToString(t.mechanism) == mechanism &&
                            (derogation.isEmpty() || (t.derogation && enumToString(*t.derogation) == derogation)) &&
                            (country == QLatin1String("worldwide") || t.countries.contains(country)) &&
                            cites(t.evidence, g[QLatin1String("evidence")].toString()));
            }
            fact(ok, QStringLiteral("transfer to ") + country + QStringLiteral(" by ") + mechanism);
        });

        qInfo("%s: %d gold facts checked, %d found", qPrintable(seed), checked, checked - int(missing.size()));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
        QVERIFY(checked > 50);
    }

    // CC1 lists health data (and race) but states no GDPR Art. 9(2) condition for any use of it.
    void cc1HealthDataHasNoArt9Condition()
    {
        const ProjectData d = load(QStringLiteral("contact-center-1.json"));
        const DataCategory *health = byName(d.dataCategories, QStringLiteral("Health Data"));
        QVERIFY(health);
        QCOMPARE(health->special, std::optional<SpecialCategory>(SpecialCategory::Health));
        int users = 0;
        for (const auto &[id, a] : d.activities) {
            if (!a.dataCategories.contains(health->id))
                continue;
            ++users;
            QVERIFY2(!a.art9Condition, qPrintable(a.name));
        }
        QVERIFY(users >= 1);
        // ... and it is shared with unnamed processors without a stated transfer mechanism.
        const Party *processors = byName(d.parties, QStringLiteral("Service providers / Processors"));
        QVERIFY(processors && !processors->named);
        bool shared = false;
        for (const auto &[id, t] : d.transfers)
            shared = shared || (t.to == processors->id && t.dataCategories.contains(health->id));
        QVERIFY(shared);
        // EU users' data reaches the US only on deemed consent (Art. 49(1)(a)), nothing else.
        for (const auto &[id, t] : d.transfers) {
            if (t.to == ownParty(d)) {
                QCOMPARE(t.mechanism, Mechanism::Derogation);
                QCOMPARE(t.derogation, std::optional<Derogation>(Derogation::A));
            }
        }
    }

    // Callbridge hosts everything, recordings included, in countries that depend on where the
    // participants are. The vendor file keeps the policy's only word on a mechanism, SCCs
    // "waar van toepassing ... kan ... omvatten"; the demo company's graph reaches the
    // non-adequate hosting countries with no mechanism stated.
    void callbridgeHostingReachesCountriesWithoutMechanism()
    {
        const QString hosting =
            QStringLiteral("Veilige aanbieders van colocatie- en webhostingfaciliteiten en / of cloudhostingproviders");
        {
            const ProjectData d = load(QStringLiteral("callbridge.json"));
            const Party *h = byName(d.parties, hosting);
            QVERIFY(h);
            QSet<QString> countries;
            for (const Transfer *t : reachable(d, ownParty(d))) {
                if (t->to != h->id)
                    continue;
                countries.unite(QSet<QString>(t->countries.begin(), t->countries.end()));
                if (t->mechanism == Mechanism::Scc) // conditional only
                    QVERIFY(cites(t->evidence,
                                  QStringLiteral("Waar van toepassing kan dit de modelcontractbepalingen van "
                                                 "de Europese Commissie voor internationale doorgiften omvatten")));
            }
            for (const char *c : {"US", "CA", "IE", "JP", "IN", "SG", "HK", "GB", "AU"})
                QVERIFY2(countries.contains(QLatin1String(c)), c);
        }
        {
            const ProjectData d = load(QStringLiteral("demo-contact-centre.json"));
            const Party *h = byName(d.parties, hosting);
            QVERIFY(h);
            QSet<QString> none;
            for (const Transfer *t : reachable(d, ownParty(d))) {
                if (t->to == h->id && t->mechanism == Mechanism::None)
                    none.unite(QSet<QString>(t->countries.begin(), t->countries.end()));
            }
            for (const char *c : {"IN", "SG", "HK", "AU"})
                QVERIFY2(none.contains(QLatin1String(c)), c);
        }
    }

    // CallCabinet is DPF-certified and receives EU data in the US under the EU-U.S. DPF.
    void callCabinetReliesOnDpfForEuToUs()
    {
        {
            const ProjectData d = load(QStringLiteral("callcabinet.json"));
            const Id own = ownParty(d);
            QCOMPARE(d.parties.at(own).dpfCertified, std::optional<bool>(true));
            bool found = false;
            for (const auto &[id, t] : d.transfers) {
                found = found || (t.to == own && d.parties.at(t.from).country == QLatin1String("EU") &&
                                  t.countries.contains(QLatin1String("US")) && t.mechanism == Mechanism::Dpf);
            }
            QVERIFY(found);
        }
        {
            const ProjectData d = load(QStringLiteral("demo-contact-centre.json"));
            const Party *cc = byName(d.parties, QStringLiteral("CallCabinet"));
            QVERIFY(cc);
            bool found = false;
            for (const auto &[id, t] : d.transfers) {
                found = found || (t.from == ownParty(d) && t.to == cc->id &&
                                  t.countries.contains(QLatin1String("US")) && t.mechanism == Mechanism::Dpf);
            }
            QVERIFY(found);
        }
    }
};

QTEST_GUILESS_MAIN(ExamplesTest)
#include "test_examples.moc"

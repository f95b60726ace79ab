// Reference data: countries, EEA, adequacy decisions and the legal item lists
// (model/reference). The compiled-in files must load without error and say what the
// law says; the parsers must reject broken files.

#include "reference/reference.h"
#include "reference/referenceparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ropa;

class TestReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsWithoutError();
    void countriesComeFromIsoCodes();
    void countryCodes_data();
    void countryCodes();
    void eeaHasThirtyMembers();
    void eeaAndAdequacy_data();
    void eeaAndAdequacy();
    void adequacyDecisions();
    void everyEnumValueHasAnItem();
    void invalidatedMechanisms();
    void asOfIsTheOldestFileDate();
    void parserRejectsBrokenFiles();
    void parserRejectsBrokenCountries();
};

namespace {

template <typename E, typename Lookup>
void checkAllItems(Lookup lookup, const QList<LegalItem> &list)
{
    QCOMPARE(list.size(), static_cast<qsizetype>(enumNames<E>().size()));
    for (const auto &entry : enumNames<E>()) {
        const LegalItem *item = lookup(entry.value);
        QVERIFY2(item, entry.name);
        QCOMPARE(item->key, QString::fromLatin1(entry.name));
        QVERIFY2(!item->reference.trimmed().isEmpty(), entry.name);
        QVERIFY2(!item->title.trimmed().isEmpty(), entry.name);
        QVERIFY2(!item->text.trimmed().isEmpty(), entry.name);
    }
}

QByteArray dataFile(const QJsonArray &items, const QString &asOf = u"2024-01-01"_s)
{
    QJsonObject root;
    root.insert("source"_L1, u"test"_s);
    root.insert("as_of"_L1, asOf);
    root.insert("items"_L1, items);
    return QJsonDocument(root).toJson();
}

QList<Country> someCountries()
{
    QStringList errors;
    const QByteArray iso = R"({"3166-1": [
        {"alpha_2": "NL", "name": "Netherlands"},
        {"alpha_2": "CH", "name": "Switzerland"},
        {"alpha_2": "KR", "name": "Korea, Republic of", "common_name": "South Korea"}]})";
    QList<Country> countries = reference_detail::parseIsoCountries(iso, u"iso"_s, errors);
    if (!errors.isEmpty())
        qWarning() << errors;
    return countries;
}

} // namespace

void TestReference::loadsWithoutError()
{
    const Reference &ref = Reference::instance();
    QVERIFY2(ref.isValid(), qPrintable(ref.error()));
    QVERIFY(ref.error().isEmpty());
    QCOMPARE(&Reference::instance(), &ref); // loaded once
}

void TestReference::countriesComeFromIsoCodes()
{
    QFile file(QStringLiteral(ROPA_ISO_CODES_FILE));
    QVERIFY2(file.open(QIODevice::ReadOnly), ROPA_ISO_CODES_FILE);
    const QJsonArray iso = QJsonDocument::fromJson(file.readAll()).object().value("3166-1"_L1).toArray();
    QVERIFY(iso.size() > 240);

    const auto &countries = Reference::instance().countries();
    QCOMPARE(countries.size(), iso.size());
    QSet<QString> codes;
    for (const Country &country : countries) {
        QCOMPARE(country.code.size(), 2);
        QVERIFY2(!country.name.isEmpty(), qPrintable(country.code));
        codes.insert(country.code);
    }
    QCOMPARE(codes.size(), countries.size());
    for (const QJsonValue &entry : iso)
        QVERIFY(codes.contains(entry.toObject().value("alpha_2"_L1).toString()));

    // The common name wins over the formal one.
    const Country *kr = Reference::instance().country(u"KR");
    QVERIFY(kr);
    QCOMPARE(kr->name, u"South Korea"_s);
    QCOMPARE(Reference::instance().country(u"NL")->name, u"Netherlands"_s);
}

void TestReference::countryCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("NL") << u"NL"_s << true;
    QTest::newRow("US") << u"US"_s << true;
    QTest::newRow("EU") << u"EU"_s << true;
    QTest::newRow("GR") << u"GR"_s << true;
    QTest::newRow("XX") << u"XX"_s << false;
    QTest::newRow("nl") << u"nl"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("NLD") << u"NLD"_s << false;
    QTest::newRow("N") << u"N"_s << false;
    QTest::newRow("eu") << u"eu"_s << false;
}

void TestReference::countryCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    const Reference &ref = Reference::instance();
    QCOMPARE(ref.isCountryCode(code), valid);
    QCOMPARE(ref.country(code) != nullptr, valid);
}

void TestReference::eeaHasThirtyMembers()
{
    const Reference &ref = Reference::instance();
    qsizetype eea = 0;
    qsizetype eu = 0;
    for (const Country &country : ref.countries()) {
        if (country.eea)
            ++eea;
        if (country.eu) {
            ++eu;
            QVERIFY2(country.eea, qPrintable(country.code));
        }
    }
    QCOMPARE(eea, 30);
    QCOMPARE(eu, 27);
    for (const char *code : {"IS", "LI", "NO"}) {
        const Country *country = ref.country(QString::fromLatin1(code));
        QVERIFY(country);
        QVERIFY(country->eea);
        QVERIFY(!country->eu);
    }
    QVERIFY(ref.isEea(u"EU"));
    QVERIFY(ref.country(u"EU")->eu);
}

void TestReference::eeaAndAdequacy_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("eea");
    QTest::addColumn<bool>("adequate");
    QTest::addColumn<bool>("partial");
    QTest::newRow("NL") << u"NL"_s << true << false << false;
    QTest::newRow("DE") << u"DE"_s << true << false << false;
    QTest::newRow("NO") << u"NO"_s << true << false << false;
    QTest::newRow("CH") << u"CH"_s << false << true << false;
    QTest::newRow("GB") << u"GB"_s << false << true << false;
    QTest::newRow("JP") << u"JP"_s << false << true << true;
    QTest::newRow("US") << u"US"_s << false << true << true;
    QTest::newRow("CA") << u"CA"_s << false << true << true;
    QTest::newRow("CN") << u"CN"_s << false << false << false;
    QTest::newRow("IN") << u"IN"_s << false << false << false;
    QTest::newRow("XX") << u"XX"_s << false << false << false;
    QTest::newRow("empty") << QString() << false << false << false;
}

void TestReference::eeaAndAdequacy()
{
    QFETCH(QString, code);
    QFETCH(bool, eea);
    QFETCH(bool, adequate);
    QFETCH(bool, partial);
    const Reference &ref = Reference::instance();
    QCOMPARE(ref.isEea(code), eea);
    const AdequacyDecision *decision = ref.adequacy(code);
    QCOMPARE(decision != nullptr, adequate);
    if (decision) {
        QCOMPARE(decision->country, code);
        QCOMPARE(decision->partial, partial);
    }
}

void TestReference::adequacyDecisions()
{
    const Reference &ref = Reference::instance();

    const AdequacyDecision *us = ref.adequacy(u"US");
    QVERIFY(us);
    QVERIFY(us->partial);
    QCOMPARE(us->date, QDate(2023, 7, 10));
    QVERIFY(us->reference.contains(u"2023/1795"));
    QVERIFY(us->scope.contains(u"DPF"));

    const AdequacyDecision *ca = ref.adequacy(u"CA");
    QVERIFY(ca);
    QVERIFY(ca->scope.contains(u"commercial organisations"));
    QVERIFY(ca->scope.contains(u"PIPEDA"));

    const AdequacyDecision *jp = ref.adequacy(u"JP");
    QVERIFY(jp);
    QCOMPARE(jp->date, QDate(2019, 1, 23));
    QVERIFY(jp->reference.contains(u"Commission Implementing Decision (EU) 2019/419"));

    const AdequacyDecision *gb = ref.adequacy(u"GB");
    QVERIFY(gb);
    QCOMPARE(gb->date, QDate(2021, 6, 28));
    QVERIFY(gb->reference.contains(u"2021/1772"));
    QVERIFY(gb->reference.contains(u"2021/1773"));

    // Every decision named in DOMAIN.md is there.
    for (const char *code : {"AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "GB", "UY", "US"})
        QVERIFY2(ref.adequacy(QString::fromLatin1(code)), code);

    bool epo = false;
    for (const AdequacyDecision &decision : ref.adequacyDecisions()) {
        QVERIFY2(decision.date.isValid(), qPrintable(decision.subject));
        QVERIFY2(decision.date >= QDate(2000, 1, 1), qPrintable(decision.subject));
        QVERIFY2(!decision.reference.isEmpty(), qPrintable(decision.subject));
        QVERIFY2(!decision.scope.isEmpty(), qPrintable(decision.subject));
        QVERIFY2(decision.source.startsWith(u"https://"), qPrintable(decision.subject));
        if (decision.country.isEmpty()) {
            QCOMPARE(decision.subject, u"European Patent Organisation"_s);
            epo = true;
        } else {
            QVERIFY2(ref.isCountryCode(decision.country), qPrintable(decision.country));
            QVERIFY2(!ref.isEea(decision.country), qPrintable(decision.country));
        }
    }
    QVERIFY(epo);
}

void TestReference::everyEnumValueHasAnItem()
{
    const Reference &ref = Reference::instance();
    checkAllItems<LawfulBasis>([&ref](LawfulBasis v) { return ref.lawfulBasis(v); }, ref.lawfulBases());
    checkAllItems<Art9Condition>([&ref](Art9Condition v) { return ref.art9Condition(v); }, ref.art9Conditions());
    checkAllItems<Mechanism>([&ref](Mechanism v) { return ref.mechanism(v); }, ref.mechanisms());
    checkAllItems<Derogation>([&ref](Derogation v) { return ref.derogation(v); }, ref.derogations());

    QCOMPARE(ref.lawfulBasis(LawfulBasis::Consent)->reference, u"Art. 6(1)(a) GDPR"_s);
    QCOMPARE(ref.lawfulBasis(LawfulBasis::LegitimateInterests)->reference, u"Art. 6(1)(f) GDPR"_s);
    QCOMPARE(ref.art9Condition(Art9Condition::J)->reference, u"Art. 9(2)(j) GDPR"_s);
    QVERIFY(ref.derogation(Derogation::CompellingInterests)->reference.contains(u"second subparagraph"));
    QVERIFY(ref.mechanism(Mechanism::Scc)->reference.contains(u"46(2)(c)"));
    QVERIFY(ref.mechanism(Mechanism::Scc)->reference.contains(u"2021/914"));
    QVERIFY(ref.mechanism(Mechanism::Bcr)->reference.contains(u"47"));
}

void TestReference::invalidatedMechanisms()
{
    const Reference &ref = Reference::instance();
    const LegalItem *shield = ref.mechanism(Mechanism::PrivacyShield);
    QVERIFY(shield);
    QVERIFY(shield->invalidated.has_value());
    QCOMPARE(*shield->invalidated, QDate(2020, 7, 16));
    QVERIFY(shield->judgment.contains(u"C-311/18"));

    const LegalItem *harbour = ref.mechanism(Mechanism::SafeHarbour);
    QVERIFY(harbour);
    QVERIFY(harbour->invalidated.has_value());
    QCOMPARE(*harbour->invalidated, QDate(2015, 10, 6));
    QVERIFY(harbour->judgment.contains(u"C-362/14"));

    for (const LegalItem &item : ref.mechanisms()) {
        if (item.key != u"privacy_shield" && item.key != u"safe_harbour")
            QVERIFY2(!item.invalidated.has_value(), qPrintable(item.key));
    }
}

void TestReference::asOfIsTheOldestFileDate()
{
    const Reference &ref = Reference::instance();
    QVERIFY(ref.asOf().isValid());
    QVERIFY(ref.asOf() >= QDate(2025, 1, 1));
    QVERIFY(ref.asOf() <= QDate::currentDate());
}

void TestReference::parserRejectsBrokenFiles()
{
    using namespace reference_detail;
    QList<LegalItem> items;

    // Good: all six lawful bases.
    QJsonArray bases;
    for (const auto &entry : enumNames<LawfulBasis>()) {
        QJsonObject item;
        item.insert("key"_L1, QString::fromLatin1(entry.name));
        item.insert("reference"_L1, u"Art. 6(1)"_s);
        item.insert("title"_L1, u"t"_s);
        item.insert("text"_L1, u"x"_s);
        bases.append(item);
    }
    {
        QStringList errors;
        QCOMPARE(parseLawfulBases(dataFile(bases), u"f"_s, items, errors), QDate(2024, 1, 1));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(items.size(), 6);
    }
    // A missing value.
    {
        QJsonArray five = bases;
        five.removeAt(2);
        QStringList errors;
        parseLawfulBases(dataFile(five), u"f"_s, items, errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().contains(u"legal_obligation"));
    }
    // A duplicate, an unknown key, an unknown member, an empty reference.
    {
        QJsonArray bad = bases;
        bad.append(bases.first());
        QJsonObject unknown = bases.first().toObject();
        unknown.insert("key"_L1, u"whim"_s);
        bad.append(unknown);
        QJsonObject typo = bases.first().toObject();
        typo.insert("refrence"_L1, u"x"_s);
        bad.replace(0, typo);
        QJsonObject empty = bases.at(1).toObject();
        empty.insert("reference"_L1, u" "_s);
        bad.replace(1, empty);
        QStringList errors;
        parseLawfulBases(dataFile(bad), u"f"_s, items, errors);
        const QString all = errors.join(u'\n');
        QVERIFY2(all.contains(u"duplicate key"), qPrintable(all));
        QVERIFY2(all.contains(u"unknown key"), qPrintable(all));
        QVERIFY2(all.contains(u"unknown member \"refrence\""), qPrintable(all));
        QVERIFY2(all.contains(u"\"reference\" must not be empty"), qPrintable(all));
    }
    // A bad date, not JSON, no items.
    {
        QStringList errors;
        QVERIFY(!parseLawfulBases(dataFile(bases, u"2024-13-01"_s), u"f"_s, items, errors).isValid());
        QVERIFY(!errors.isEmpty());
        errors.clear();
        QVERIFY(!parseLawfulBases("{not json", u"f"_s, items, errors).isValid());
        QVERIFY(errors.first().startsWith(u"f: not valid JSON"));
        errors.clear();
        parseLawfulBases(R"({"source": "s", "as_of": "2024-01-01"})", u"f"_s, items, errors);
        QVERIFY(!errors.isEmpty());
    }
    // Invalidation needs a judgment.
    {
        QJsonArray mechanisms;
        for (const auto &entry : enumNames<Mechanism>()) {
            QJsonObject item;
            item.insert("key"_L1, QString::fromLatin1(entry.name));
            item.insert("reference"_L1, u"r"_s);
            item.insert("title"_L1, u"t"_s);
            item.insert("text"_L1, u"x"_s);
            if (entry.value == Mechanism::SafeHarbour)
                item.insert("invalidated"_L1, u"2015-10-06"_s);
            mechanisms.append(item);
        }
        QStringList errors;
        parseMechanisms(dataFile(mechanisms), u"m"_s, items, errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().contains(u"judgment"));
    }
}

void TestReference::parserRejectsBrokenCountries()
{
    using namespace reference_detail;
    QList<Country> countries = someCountries();
    QCOMPARE(countries.size(), 3);
    QCOMPARE(countries.first().code, u"CH"_s); // sorted by code
    QCOMPARE(findCountry(countries, u"KR")->name, u"South Korea"_s);
    QVERIFY(!findCountry(countries, u"kr"));

    // EEA: an unknown code and a duplicate.
    {
        QJsonArray eea;
        eea.append(QJsonObject{{u"code"_s, u"NL"_s}, {u"eu"_s, true}});
        eea.append(QJsonObject{{u"code"_s, u"NL"_s}, {u"eu"_s, true}});
        eea.append(QJsonObject{{u"code"_s, u"XX"_s}, {u"eu"_s, true}});
        QStringList errors;
        applyEea(dataFile(eea), u"eea"_s, countries, errors);
        QCOMPARE(errors.size(), 2);
        QVERIFY(findCountry(countries, u"NL")->eea);
        QVERIFY(findCountry(countries, u"NL")->eu);
        QVERIFY(!findCountry(countries, u"CH")->eea);
    }
    // Adequacy: unknown country, EEA country, second decision, bad URL.
    {
        auto decision = [](const QString &country, const QString &subject) {
            return QJsonObject{{u"country"_s, country},     {u"subject"_s, subject},
                               {u"date"_s, u"2000-07-26"_s}, {u"scope"_s, u"all"_s},
                               {u"partial"_s, false},        {u"reference"_s, u"Decision"_s},
                               {u"source"_s, u"https://example.org"_s}};
        };
        QJsonArray good{decision(u"CH"_s, u"Switzerland"_s), decision(QString(), u"Some organisation"_s)};
        QList<AdequacyDecision> decisions;
        QStringList errors;
        QVERIFY(parseAdequacy(dataFile(good), u"a"_s, countries, decisions, errors).isValid());
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(decisions.size(), 2);

        QJsonArray bad = good;
        bad.append(decision(u"XX"_s, u"Nowhere"_s));
        bad.append(decision(u"NL"_s, u"Netherlands"_s));
        bad.append(decision(u"CH"_s, u"Switzerland again"_s));
        QJsonObject http = decision(u"KR"_s, u"Korea"_s);
        http.insert("source"_L1, u"http://example.org"_s);
        bad.append(http);
        errors.clear();
        parseAdequacy(dataFile(bad), u"a"_s, countries, decisions, errors);
        const QString all = errors.join(u'\n');
        QCOMPARE(errors.size(), 4);
        QVERIFY2(all.contains(u"\"XX\" is not an ISO"), qPrintable(all));
        QVERIFY2(all.contains(u"in the EEA"), qPrintable(all));
        QVERIFY2(all.contains(u"a second decision for CH"), qPrintable(all));
        QVERIFY2(all.contains(u"https"), qPrintable(all));
    }
    // iso-codes: bad and duplicate codes.
    {
        QStringList errors;
        const QByteArray iso = R"({"3166-1": [{"alpha_2": "nl", "name": "x"},
            {"alpha_2": "NL", "name": "Netherlands"}, {"alpha_2": "NL", "name": "Again"}, {"name": "none"}]})";
        QCOMPARE(parseIsoCountries(iso, u"iso"_s, errors).size(), 1);
        QCOMPARE(errors.size(), 3);
    }
}

QTEST_GUILESS_MAIN(TestReference)
#include "test_reference.moc"

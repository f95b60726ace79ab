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
    void legalTextsInDutchAndGerman();
    void adequacyInDutchAndGerman();
    void parserChecksTranslations();
};

namespace {

template <typename E, typename Lookup> void checkAllItems(Lookup lookup, const QList<LegalItem> &list)
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

QByteArray dataFile(const QJsonArray &items, const QString &asOf = u"2024-01-01"_s, const QJsonArray &languages = {})
{
    QJsonObject root;
    root.insert("source"_L1, u"test"_s);
    root.insert("as_of"_L1, asOf);
    if (!languages.isEmpty()) {
        root.insert("languages"_L1, languages);
        root.insert("translations_source"_L1, u"the AVG"_s);
    }
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
            return QJsonObject{{u"country"_s, country},
                               {u"subject"_s, subject},
                               {u"date"_s, u"2000-07-26"_s},
                               {u"scope"_s, u"all"_s},
                               {u"partial"_s, false},
                               {u"reference"_s, u"Decision"_s},
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

// Every legal item in Dutch and German, with the terms of the AVG and the DSGVO.
void TestReference::legalTextsInDutchAndGerman()
{
    const Reference &ref = Reference::instance();
    QCOMPARE(ref.legalTextLanguages(), (QStringList{u"de"_s, u"nl"_s}));
    for (const QList<LegalItem> *list :
         {&ref.lawfulBases(), &ref.art9Conditions(), &ref.mechanisms(), &ref.derogations()}) {
        for (const LegalItem &item : *list) {
            for (const QString &language : {u"nl"_s, u"de"_s}) {
                const QString what = item.key + u' ' + language;
                QVERIFY2(item.translations.contains(language), qPrintable(what));
                // Translated, not copied: every title and reference differs from the English.
                QVERIFY2(!item.titleIn(language).trimmed().isEmpty(), qPrintable(what));
                QVERIFY2(item.titleIn(language) != item.title, qPrintable(what));
                QVERIFY2(item.referenceIn(language) != item.reference, qPrintable(what));
                QVERIFY2(!item.textIn(language).trimmed().isEmpty() && item.textIn(language) != item.text,
                         qPrintable(what));
                QCOMPARE(item.judgmentIn(language).isEmpty(), !item.invalidated.has_value());
                // A regional variant reads the same; an untranslated language is English.
                QCOMPARE(item.titleIn(QString(language + u"_BE"_s)), item.titleIn(language));
            }
            QCOMPARE(item.titleIn(u"en"), item.title);
            QCOMPARE(item.titleIn(u"fr_FR"), item.title);
            QCOMPARE(item.referenceIn(u"fr"), item.reference);
            QCOMPARE(item.judgmentIn(u"en"), item.judgment);
        }
    }
    auto basis = [&ref](LawfulBasis b) { return ref.lawfulBasis(b); };
    QCOMPARE(basis(LawfulBasis::Consent)->titleIn(u"nl"), u"Toestemming"_s);
    QCOMPARE(basis(LawfulBasis::Consent)->titleIn(u"de"), u"Einwilligung"_s);
    QCOMPARE(basis(LawfulBasis::Consent)->referenceIn(u"nl"), u"art. 6, lid 1, onder a, AVG"_s);
    QCOMPARE(basis(LawfulBasis::Consent)->referenceIn(u"de"), u"Art. 6 Abs. 1 lit. a DSGVO"_s);
    QCOMPARE(basis(LawfulBasis::Contract)->titleIn(u"nl"), u"Uitvoering van een overeenkomst"_s);
    QCOMPARE(basis(LawfulBasis::Contract)->titleIn(u"de"), u"Erfüllung eines Vertrags"_s);
    QCOMPARE(basis(LawfulBasis::LegalObligation)->titleIn(u"nl"), u"Wettelijke verplichting"_s);
    QCOMPARE(basis(LawfulBasis::LegalObligation)->titleIn(u"de"), u"Rechtliche Verpflichtung"_s);
    QCOMPARE(basis(LawfulBasis::LegitimateInterests)->titleIn(u"nl"), u"Gerechtvaardigd belang"_s);
    QCOMPARE(basis(LawfulBasis::LegitimateInterests)->titleIn(u"de"), u"Berechtigte Interessen"_s);
    QCOMPARE(ref.art9Condition(Art9Condition::A)->titleIn(u"nl"), u"Uitdrukkelijke toestemming"_s);
    QCOMPARE(ref.art9Condition(Art9Condition::A)->titleIn(u"de"), u"Ausdrückliche Einwilligung"_s);
    QCOMPARE(ref.art9Condition(Art9Condition::J)->referenceIn(u"de"), u"Art. 9 Abs. 2 lit. j DSGVO"_s);
    QCOMPARE(ref.mechanism(Mechanism::Scc)->titleIn(u"nl"), u"Modelcontractbepalingen"_s);
    QCOMPARE(ref.mechanism(Mechanism::Scc)->titleIn(u"de"), u"Standardvertragsklauseln"_s);
    QCOMPARE(ref.mechanism(Mechanism::Bcr)->titleIn(u"nl"), u"Bindende bedrijfsvoorschriften"_s);
    QCOMPARE(ref.mechanism(Mechanism::Bcr)->titleIn(u"de"), u"Verbindliche interne Datenschutzvorschriften"_s);
    QCOMPARE(ref.mechanism(Mechanism::Adequacy)->titleIn(u"nl"), u"Adequaatheidsbesluit"_s);
    QCOMPARE(ref.mechanism(Mechanism::Adequacy)->titleIn(u"de"), u"Angemessenheitsbeschluss"_s);
    QVERIFY(ref.mechanism(Mechanism::PrivacyShield)->judgmentIn(u"nl").startsWith(u"HvJ EU C-311/18"));
    QVERIFY(ref.mechanism(Mechanism::SafeHarbour)->judgmentIn(u"de").startsWith(u"EuGH C-362/14"));
    QCOMPARE(ref.derogation(Derogation::CompellingInterests)->referenceIn(u"de"),
             u"Art. 49 Abs. 1 Unterabs. 2 DSGVO"_s);
    QCOMPARE(ref.derogation(Derogation::CompellingInterests)->referenceIn(u"nl"),
             u"art. 49, lid 1, tweede alinea, AVG"_s);
}

void TestReference::adequacyInDutchAndGerman()
{
    const Reference &ref = Reference::instance();
    for (const AdequacyDecision &decision : ref.adequacyDecisions()) {
        for (const QString &language : {u"nl"_s, u"de"_s}) {
            const QString what = decision.subject + u' ' + language;
            QVERIFY2(decision.translations.contains(language), qPrintable(what));
            QVERIFY2(decision.scopeIn(language) != decision.scope, qPrintable(what));
            QVERIFY2(decision.referenceIn(language) != decision.reference, qPrintable(what));
            QVERIFY2(!decision.subjectIn(language).trimmed().isEmpty(), qPrintable(what));
        }
        QCOMPARE(decision.scopeIn(u"en"), decision.scope);
    }
    const AdequacyDecision *us = ref.adequacy(u"US");
    QVERIFY(us);
    QVERIFY(us->scopeIn(u"nl").startsWith(u"uitsluitend DPF-gecertificeerde organisaties"));
    QVERIFY(us->scopeIn(u"de").startsWith(u"ausschließlich DPF-zertifizierte Organisationen"));
    QCOMPARE(ref.adequacy(u"JP")->referenceIn(u"de"), u"Durchführungsbeschluss (EU) 2019/419 der Kommission"_s);
    QCOMPARE(ref.adequacy(u"CH")->subjectIn(u"nl"), u"Zwitserland"_s);
}

// "languages" and the per-language members: every item translates every listed language,
// with the same required texts; anything else is an error that names the item.
void TestReference::parserChecksTranslations()
{
    using namespace reference_detail;
    auto item = [](const QString &key, bool translated) {
        QJsonObject object{
            {u"key"_s, key}, {u"reference"_s, u"Art. 6(1)"_s}, {u"title"_s, u"t"_s}, {u"text"_s, u"x"_s}};
        if (translated)
            object.insert("nl"_L1, QJsonObject{{u"reference"_s, u"art. 6, lid 1"_s},
                                               {u"title"_s, QString(u"Titel "_s + key)},
                                               {u"text"_s, u"tekst"_s}});
        return object;
    };
    QJsonArray bases;
    for (const auto &entry : enumNames<LawfulBasis>())
        bases.append(item(QString::fromLatin1(entry.name), true));
    const QJsonArray nl{u"nl"_s};
    QList<LegalItem> items;
    {
        QStringList errors;
        QStringList languages;
        QVERIFY(parseLawfulBases(dataFile(bases, u"2024-01-01"_s, nl), u"f"_s, items, errors, &languages).isValid());
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(languages, QStringList{u"nl"_s});
        QCOMPARE(items.at(0).titleIn(u"nl"), u"Titel consent"_s);
        QCOMPARE(items.at(0).referenceIn(u"nl_NL"), u"art. 6, lid 1"_s);
        QCOMPARE(items.at(0).titleIn(u"de"), u"t"_s);
    }
    // A missing translation, an empty title, an unknown member in a translation, a language
    // the file does not list, a judgment without invalidation.
    {
        QJsonArray bad = bases;
        bad.replace(0, item(u"consent"_s, false));
        QJsonObject empty = bases.at(1).toObject();
        QJsonObject emptyNl = empty.value("nl"_L1).toObject();
        emptyNl.insert("title"_L1, u" "_s);
        empty.insert("nl"_L1, emptyNl);
        bad.replace(1, empty);
        QJsonObject typo = bases.at(2).toObject();
        QJsonObject typoNl = typo.value("nl"_L1).toObject();
        typoNl.insert("titel"_L1, u"x"_s);
        typoNl.insert("judgment"_L1, u"HvJ"_s);
        typo.insert("nl"_L1, typoNl);
        typo.insert("de"_L1, typoNl);
        bad.replace(2, typo);
        QJsonObject notObject = bases.at(3).toObject();
        notObject.insert("nl"_L1, u"Wettelijke verplichting"_s);
        bad.replace(3, notObject);
        QStringList errors;
        parseLawfulBases(dataFile(bad, u"2024-01-01"_s, nl), u"f"_s, items, errors);
        const QString all = errors.join(u'\n');
        QVERIFY2(all.contains(u"f: item \"consent\": no \"nl\" translation"), qPrintable(all));
        QVERIFY2(all.contains(u"item \"contract\", \"nl\": \"title\" must not be empty"), qPrintable(all));
        QVERIFY2(all.contains(u"item \"legal_obligation\", \"nl\": unknown member \"titel\""), qPrintable(all));
        QVERIFY2(all.contains(u"item \"legal_obligation\", \"nl\": \"judgment\" without \"invalidated\""),
                 qPrintable(all));
        QVERIFY2(all.contains(u"item 3: unknown member \"de\""), qPrintable(all));
        QVERIFY2(all.contains(u"item \"vital_interests\": \"nl\" must be an object"), qPrintable(all));
        QCOMPARE(errors.size(), 6);
    }
    // Bad language lists; "translations_source" is required with languages.
    {
        QStringList errors;
        parseLawfulBases(dataFile(bases, u"2024-01-01"_s, QJsonArray{u"nl"_s, u"nl"_s, u"EN"_s, u"en"_s, 3}), u"f"_s,
                         items, errors);
        const QString all = errors.join(u'\n');
        QVERIFY2(all.contains(u"\"nl\" listed twice"), qPrintable(all));
        QVERIFY2(all.contains(u"\"EN\" is not a two-letter lower-case language code"), qPrintable(all));
        QVERIFY2(all.contains(u"\"en\" is not a two-letter"), qPrintable(all));
        QVERIFY2(all.contains(u"\"3\" is not a two-letter"), qPrintable(all));
        errors.clear();
        QJsonObject root = QJsonDocument::fromJson(dataFile(bases, u"2024-01-01"_s, nl)).object();
        root.remove("translations_source"_L1);
        parseLawfulBases(QJsonDocument(root).toJson(), u"f"_s, items, errors);
        QCOMPARE(errors, QStringList{u"f: missing \"translations_source\""_s});
    }
    // An invalidated item needs the judgment in every language.
    {
        QJsonArray mechanisms;
        for (const auto &entry : enumNames<Mechanism>()) {
            QJsonObject object = item(QString::fromLatin1(entry.name), true);
            if (entry.value == Mechanism::SafeHarbour) {
                object.insert("invalidated"_L1, u"2015-10-06"_s);
                object.insert("judgment"_L1, u"CJEU C-362/14"_s);
            }
            mechanisms.append(object);
        }
        QStringList errors;
        parseMechanisms(dataFile(mechanisms, u"2024-01-01"_s, nl), u"m"_s, items, errors);
        QCOMPARE(errors, QStringList{u"m: item \"safe_harbour\", \"nl\": missing \"judgment\""_s});
    }
    // Adequacy decisions: the same for subject, scope and reference.
    {
        const QList<Country> countries = someCountries();
        QJsonObject ch{{u"country"_s, u"CH"_s},
                       {u"subject"_s, u"Switzerland"_s},
                       {u"date"_s, u"2000-07-26"_s},
                       {u"scope"_s, u"all"_s},
                       {u"partial"_s, false},
                       {u"reference"_s, u"Decision"_s},
                       {u"source"_s, u"https://example.org"_s}};
        QJsonObject kr = ch;
        kr.insert("country"_L1, u"KR"_s);
        kr.insert("subject"_L1, u"Korea"_s);
        ch.insert("nl"_L1, QJsonObject{{u"subject"_s, u"Zwitserland"_s},
                                       {u"scope"_s, u"alle ontvangers"_s},
                                       {u"reference"_s, u"Beschikking"_s}});
        kr.insert("nl"_L1,
                  QJsonObject{{u"subject"_s, u"Korea"_s}, {u"scope"_s, u""_s}, {u"reference"_s, u"Besluit"_s}});
        QList<AdequacyDecision> decisions;
        QStringList errors;
        QStringList languages;
        parseAdequacy(dataFile(QJsonArray{ch, kr}, u"2024-01-01"_s, nl), u"a"_s, countries, decisions, errors,
                      &languages);
        QCOMPARE(languages, QStringList{u"nl"_s});
        QCOMPARE(errors, QStringList{u"a: \"Korea\", \"nl\": \"scope\" must not be empty"_s});
        QCOMPARE(decisions.constFirst().scopeIn(u"nl"), u"alle ontvangers"_s);
        QCOMPARE(decisions.constFirst().subjectIn(u"de"), u"Switzerland"_s);
    }
}

QTEST_GUILESS_MAIN(TestReference)
#include "test_reference.moc"

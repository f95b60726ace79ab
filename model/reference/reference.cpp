#include "reference.h"

#include "mocatalog.h"
#include "referenceparser.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ropa {

namespace {

// The European Union as a destination ("EU" in the format): in the EEA by definition.
const Country &euPseudoCountry()
{
    static const Country eu{u"EU"_s, u"European Union"_s, true, true, u"European Union"_s};
    return eu;
}

QByteArray readResource(const QString &name, QStringList &errors)
{
    QFile file(u":/reference/"_s + name);
    if (!file.open(QIODevice::ReadOnly)) {
        errors.append(name + u": cannot open the resource: "_s + file.errorString());
        return {};
    }
    return file.readAll();
}

// The language part of a locale name: "nl_NL" and "nl-NL" -> "nl".
QString baseLanguage(QStringView language)
{
    qsizetype end = 0;
    while (end < language.size() && language.at(end) != u'_' && language.at(end) != u'-')
        ++end;
    return language.first(end).toString().toLower();
}

QMutex &displayLanguageMutex()
{
    static QMutex mutex;
    return mutex;
}

QString &displayLanguageValue()
{
    static QString language = u"en"_s;
    return language;
}

// iso-codes' translations of the country names, compiled in as
// ":/reference/iso_3166-1_<language>.mo" (CMakeLists.txt, ROPA_COUNTRY_NAME_LANGUAGES).
// Per language: code -> name, for every country the catalogue translates.
QHash<QString, QHash<QString, QString>> loadCountryNames(const QList<Country> &countries, QStringList &errors)
{
    QHash<QString, QHash<QString, QString>> result;
    const QStringList files = QDir(u":/reference"_s).entryList({u"iso_3166-1_*.mo"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString language = file.mid(11, file.size() - 11 - 3);
        QByteArray bytes = readResource(file, errors);
        QString error;
        const std::optional<MoCatalog> catalog = MoCatalog::parse(bytes, &error);
        if (!catalog) {
            errors.append(file + u": "_s + error);
            continue;
        }
        QHash<QString, QString> names;
        for (const Country &c : countries) {
            QString name = catalog->translate(c.name);
            if (name.isEmpty() && !c.isoName.isEmpty())
                name = catalog->translate(c.isoName);
            if (!name.trimmed().isEmpty())
                names.insert(c.code, name.trimmed());
        }
        if (names.isEmpty()) {
            errors.append(file + u": translates none of the countries"_s);
            continue;
        }
        result.insert(language, names);
    }
    return result;
}

const LegalItem *findItem(const QList<LegalItem> &items, const QString &key)
{
    if (key.isEmpty())
        return nullptr;
    const auto it =
        std::find_if(items.cbegin(), items.cend(), [&key](const LegalItem &item) { return item.key == key; });
    return it == items.cend() ? nullptr : &*it;
}

} // namespace

const Reference &Reference::instance()
{
    // A function-local static: initialised once, thread-safe (C++11 and later).
    static const Reference reference;
    return reference;
}

Reference::Reference()
{
    load();
}

void Reference::load()
{
    using namespace reference_detail;
    QStringList errors;

    const QString isoName = u"iso_3166-1.json"_s;
    m_countries = parseIsoCountries(readResource(isoName, errors), isoName, errors);

    QList<QDate> dates;
    auto addDate = [&dates, &errors](const QString &file, const QDate &date) {
        if (date.isValid())
            dates.append(date);
        else
            errors.append(file + u": no valid \"as_of\" date"_s);
    };

    const QString eeaName = u"eea.json"_s;
    addDate(eeaName, applyEea(readResource(eeaName, errors), eeaName, m_countries, errors));

    // Every translated file must translate the same languages: a record must not be half
    // Dutch because one file lacks Dutch.
    QList<std::pair<QString, QStringList>> languages;
    const QString adequacyName = u"adequacy.json"_s;
    languages.append({adequacyName, {}});
    addDate(adequacyName, parseAdequacy(readResource(adequacyName, errors), adequacyName, m_countries, m_adequacy,
                                        errors, &languages.back().second));

    const QString basesName = u"lawful_bases.json"_s;
    languages.append({basesName, {}});
    addDate(basesName, parseLawfulBases(readResource(basesName, errors), basesName, m_lawfulBases, errors,
                                        &languages.back().second));

    const QString art9Name = u"art9_conditions.json"_s;
    languages.append({art9Name, {}});
    addDate(art9Name, parseArt9Conditions(readResource(art9Name, errors), art9Name, m_art9Conditions, errors,
                                          &languages.back().second));

    const QString mechanismsName = u"mechanisms.json"_s;
    languages.append({mechanismsName, {}});
    addDate(mechanismsName, parseMechanisms(readResource(mechanismsName, errors), mechanismsName, m_mechanisms, errors,
                                            &languages.back().second));

    const QString derogationsName = u"derogations.json"_s;
    languages.append({derogationsName, {}});
    addDate(derogationsName, parseDerogations(readResource(derogationsName, errors), derogationsName, m_derogations,
                                              errors, &languages.back().second));

    m_legalTextLanguages = languages.constFirst().second;
    m_legalTextLanguages.sort();
    for (auto &[file, list] : languages) {
        list.sort();
        if (list != m_legalTextLanguages)
            errors.append(
                u"%1: \"languages\" is [%2], but %3 has [%4]; every translated file needs the same languages"_s.arg(
                    file, list.join(u", "_s), adequacyName, m_legalTextLanguages.join(u", "_s)));
    }

    m_countryNames = loadCountryNames(m_countries, errors);

    if (!dates.isEmpty())
        m_asOf = *std::min_element(dates.cbegin(), dates.cend());

    // A duplicate error (the same file unreadable twice) says nothing new.
    errors.removeDuplicates();
    m_error = errors.join(u'\n');
    if (!m_error.isEmpty())
        qWarning().noquote() << "Reference data is broken:\n" << m_error;
}

namespace {

template <typename Text, typename Member>
QString translated(const QHash<QString, Text> &translations, QStringView language, const QString &english,
                   Member member)
{
    if (translations.isEmpty())
        return english;
    const auto found = translations.constFind(baseLanguage(language));
    return found == translations.cend() ? english : (*found).*member;
}

} // namespace

QString LegalItem::referenceIn(QStringView language) const
{
    return translated(translations, language, reference, &LegalText::reference);
}

QString LegalItem::titleIn(QStringView language) const
{
    return translated(translations, language, title, &LegalText::title);
}

QString LegalItem::textIn(QStringView language) const
{
    return translated(translations, language, text, &LegalText::text);
}

QString LegalItem::judgmentIn(QStringView language) const
{
    return translated(translations, language, judgment, &LegalText::judgment);
}

QString AdequacyDecision::subjectIn(QStringView language) const
{
    return translated(translations, language, subject, &AdequacyText::subject);
}

QString AdequacyDecision::scopeIn(QStringView language) const
{
    return translated(translations, language, scope, &AdequacyText::scope);
}

QString AdequacyDecision::referenceIn(QStringView language) const
{
    return translated(translations, language, reference, &AdequacyText::reference);
}

const Country *Reference::country(QStringView code) const
{
    if (code == u"EU")
        return &euPseudoCountry();
    return reference_detail::findCountry(m_countries, code);
}

QString Reference::countryName(QStringView code, QStringView language) const
{
    const Country *found = country(code);
    if (!found)
        return {};
    const auto names = m_countryNames.constFind(baseLanguage(language));
    if (names != m_countryNames.cend()) {
        const auto name = names->constFind(found->code);
        if (name != names->cend())
            return *name;
    }
    return found->name;
}

QStringList Reference::countryNameLanguages() const
{
    QStringList languages = m_countryNames.keys();
    languages.sort();
    return languages;
}

QString Reference::displayLanguage()
{
    const QMutexLocker locker(&displayLanguageMutex());
    return displayLanguageValue();
}

void Reference::setDisplayLanguage(const QString &language)
{
    const QString base = baseLanguage(language);
    const QMutexLocker locker(&displayLanguageMutex());
    displayLanguageValue() = base.isEmpty() ? u"en"_s : base;
}

bool Reference::isCountryCode(QStringView code) const
{
    return country(code) != nullptr;
}

bool Reference::isEea(QStringView code) const
{
    const Country *found = country(code);
    return found && found->eea;
}

const AdequacyDecision *Reference::adequacy(QStringView code) const
{
    if (code.isEmpty())
        return nullptr;
    const auto it = std::find_if(m_adequacy.cbegin(), m_adequacy.cend(),
                                 [code](const AdequacyDecision &decision) { return decision.country == code; });
    return it == m_adequacy.cend() ? nullptr : &*it;
}

const LegalItem *Reference::lawfulBasis(LawfulBasis basis) const
{
    return findItem(m_lawfulBases, enumToString(basis));
}

const LegalItem *Reference::art9Condition(Art9Condition condition) const
{
    return findItem(m_art9Conditions, enumToString(condition));
}

const LegalItem *Reference::mechanism(Mechanism mechanism) const
{
    return findItem(m_mechanisms, enumToString(mechanism));
}

const LegalItem *Reference::derogation(Derogation derogation) const
{
    return findItem(m_derogations, enumToString(derogation));
}

} // namespace ropa

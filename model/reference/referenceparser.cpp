#include "referenceparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace ropa::reference_detail {

namespace {

bool isAlpha2(QStringView code)
{
    return code.size() == 2 && code[0] >= u'A' && code[0] <= u'Z' && code[1] >= u'A' && code[1] <= u'Z';
}

// A strict YYYY-MM-DD date.
QDate parseIsoDate(const QString &text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

// Collects the messages of one file, each prefixed with the file name and where in it.
class FileReader
{
public:
    FileReader(const QString &fileName, QStringList &errors)
        : m_fileName(fileName)
        , m_errors(errors)
    {
    }

    void error(const QString &where, const QString &message)
    {
        if (where.isEmpty())
            m_errors.append(m_fileName + u": "_s + message);
        else
            m_errors.append(m_fileName + u": "_s + where + u": "_s + message);
    }

    std::optional<QJsonObject> parseObject(const QByteArray &json)
    {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            error({}, u"not valid JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()));
            return std::nullopt;
        }
        if (!doc.isObject()) {
            error({}, u"the top level must be an object"_s);
            return std::nullopt;
        }
        return doc.object();
    }

    // Reports members that are not in `allowed` (typos must not pass silently).
    void checkMembers(const QJsonObject &object, const QString &where, std::initializer_list<QLatin1StringView> allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            const bool known =
                std::any_of(allowed.begin(), allowed.end(), [&key](QLatin1StringView name) { return key == name; });
            if (!known)
                error(where, u"unknown member \"%1\""_s.arg(key));
        }
    }

    // A string member; `required` ones must be present and not blank.
    QString string(const QJsonObject &object, QLatin1StringView name, const QString &where, bool required)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined()) {
            if (required)
                error(where, u"missing \"%1\""_s.arg(name));
            return {};
        }
        if (!value.isString()) {
            error(where, u"\"%1\" must be a string"_s.arg(name));
            return {};
        }
        QString text = value.toString();
        if (required && text.trimmed().isEmpty())
            error(where, u"\"%1\" must not be empty"_s.arg(name));
        return text;
    }

    std::optional<bool> boolean(const QJsonObject &object, QLatin1StringView name, const QString &where)
    {
        const QJsonValue value = object.value(name);
        if (!value.isBool()) {
            error(where, u"\"%1\" must be true or false"_s.arg(name));
            return std::nullopt;
        }
        return value.toBool();
    }

    QDate date(const QJsonObject &object, QLatin1StringView name, const QString &where, bool required)
    {
        const QString text = string(object, name, where, required);
        if (text.isEmpty())
            return {};
        const QDate value = parseIsoDate(text);
        if (!value.isValid())
            error(where, u"\"%1\" is not a date of the form YYYY-MM-DD: \"%2\""_s.arg(name, text));
        return value;
    }

    // The common frame of a reference data file. Returns the items, and sets `asOf` and
    // `languages` (the optional "languages": the languages besides English that every item
    // translates; then "translations_source" says where the translated terms come from).
    std::optional<QJsonArray> dataFile(const QByteArray &json, QDate &asOf, QStringList *languages = nullptr)
    {
        const auto root = parseObject(json);
        if (!root)
            return std::nullopt;
        if (languages) {
            checkMembers(*root, {},
                         {"source"_L1, "as_of"_L1, "notes"_L1, "languages"_L1, "translations_source"_L1, "items"_L1});
        } else {
            checkMembers(*root, {}, {"source"_L1, "as_of"_L1, "notes"_L1, "items"_L1});
        }
        string(*root, "source"_L1, {}, true);
        string(*root, "notes"_L1, {}, false);
        asOf = date(*root, "as_of"_L1, {}, true);
        if (languages) {
            languages->clear();
            const QJsonValue list = root->value("languages"_L1);
            if (!list.isUndefined() && !list.isArray())
                error({}, u"\"languages\" must be an array of language codes"_s);
            for (const QJsonValue &entry : list.toArray()) {
                const QString code = entry.toString();
                const bool valid = entry.isString() && code.size() == 2 && code[0] >= u'a' && code[0] <= u'z' &&
                                   code[1] >= u'a' && code[1] <= u'z' && code != u"en"_s;
                if (!valid)
                    error({},
                          u"\"languages\": \"%1\" is not a two-letter lower-case language code other than \"en\""_s.arg(
                              entry.toVariant().toString()));
                else if (languages->contains(code))
                    error({}, u"\"languages\": \"%1\" listed twice"_s.arg(code));
                else
                    languages->append(code);
            }
            if (!languages->isEmpty())
                string(*root, "translations_source"_L1, {}, true);
        }
        const QJsonValue items = root->value("items"_L1);
        if (!items.isArray()) {
            error({}, u"\"items\" must be an array"_s);
            return std::nullopt;
        }
        return items.toArray();
    }

    // The member `language` of an item: an object with the translated texts. Missing or not
    // an object is an error (every item translates every language of the file).
    std::optional<QJsonObject> translation(const QJsonObject &item, const QString &language, const QString &where)
    {
        const QJsonValue value = item.value(language);
        if (value.isUndefined()) {
            error(where, u"no \"%1\" translation (the file lists \"%1\" in \"languages\")"_s.arg(language));
            return std::nullopt;
        }
        if (!value.isObject()) {
            error(where, u"\"%1\" must be an object with the texts in that language"_s.arg(language));
            return std::nullopt;
        }
        return value.toObject();
    }

    // Reports members that are neither in `allowed` nor one of `languages`.
    void checkMembers(const QJsonObject &object, const QString &where, std::initializer_list<QLatin1StringView> allowed,
                      const QStringList &languages)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            const bool known =
                languages.contains(key) ||
                std::any_of(allowed.begin(), allowed.end(), [&key](QLatin1StringView name) { return key == name; });
            if (!known)
                error(where, u"unknown member \"%1\""_s.arg(key));
        }
    }

private:
    QString m_fileName;
    QStringList &m_errors;
};

QString itemWhere(qsizetype index)
{
    return u"item %1"_s.arg(index + 1);
}

template <typename E>
QDate parseLegalItems(const QByteArray &json, const QString &fileName, QList<LegalItem> &items, QStringList &errors,
                      QStringList *languagesOut)
{
    FileReader reader(fileName, errors);
    items.clear();
    QDate asOf;
    QStringList languages;
    const auto array = reader.dataFile(json, asOf, &languages);
    if (languagesOut)
        *languagesOut = languages;
    if (!array)
        return {};

    const auto names = enumNames<E>();
    QList<std::optional<LegalItem>> byValue(static_cast<qsizetype>(names.size()));
    for (qsizetype i = 0; i < array->size(); ++i) {
        QString where = itemWhere(i);
        const QJsonValue value = array->at(i);
        if (!value.isObject()) {
            reader.error(where, u"must be an object"_s);
            continue;
        }
        const QJsonObject object = value.toObject();
        reader.checkMembers(object, where,
                            {"key"_L1, "reference"_L1, "title"_L1, "text"_L1, "invalidated"_L1, "judgment"_L1},
                            languages);
        LegalItem item;
        item.key = reader.string(object, "key"_L1, where, true);
        if (!item.key.isEmpty())
            where = u"item \"%1\""_s.arg(item.key);
        item.reference = reader.string(object, "reference"_L1, where, true);
        item.title = reader.string(object, "title"_L1, where, true);
        item.text = reader.string(object, "text"_L1, where, true);
        item.judgment = reader.string(object, "judgment"_L1, where, false);
        if (object.contains("invalidated"_L1)) {
            const QDate invalidated = reader.date(object, "invalidated"_L1, where, true);
            if (invalidated.isValid())
                item.invalidated = invalidated;
            if (item.judgment.trimmed().isEmpty())
                reader.error(where, u"an invalidated item must name the judgment"_s);
        } else if (!item.judgment.isEmpty()) {
            reader.error(where, u"\"judgment\" without \"invalidated\""_s);
        }
        for (const QString &language : std::as_const(languages)) {
            const auto translated = reader.translation(object, language, where);
            if (!translated)
                continue;
            const QString in = where + u", \""_s + language + u'"';
            reader.checkMembers(*translated, in, {"reference"_L1, "title"_L1, "text"_L1, "judgment"_L1});
            LegalText text;
            text.reference = reader.string(*translated, "reference"_L1, in, true);
            text.title = reader.string(*translated, "title"_L1, in, true);
            text.text = reader.string(*translated, "text"_L1, in, true);
            text.judgment = reader.string(*translated, "judgment"_L1, in, item.invalidated.has_value());
            if (!item.invalidated && !text.judgment.isEmpty())
                reader.error(in, u"\"judgment\" without \"invalidated\""_s);
            item.translations.insert(language, text);
        }

        if (item.key.isEmpty())
            continue;
        const auto found = std::find_if(names.begin(), names.end(), [&item](const EnumName<E> &entry) {
            return item.key == QLatin1StringView(entry.name);
        });
        if (found == names.end()) {
            reader.error(where, u"unknown key; expected one of: %1"_s.arg(enumAllNames<E>().join(u", "_s)));
            continue;
        }
        auto &slot = byValue[std::distance(names.begin(), found)];
        if (slot) {
            reader.error(where, u"duplicate key"_s);
            continue;
        }
        slot = std::move(item);
    }

    for (qsizetype i = 0; i < byValue.size(); ++i) {
        if (byValue[i])
            items.append(*byValue[i]);
        else
            reader.error({}, u"no item for \"%1\""_s.arg(QLatin1StringView(names[static_cast<std::size_t>(i)].name)));
    }
    return asOf;
}

} // namespace

const Country *findCountry(const QList<Country> &countries, QStringView code)
{
    const auto it = std::lower_bound(countries.cbegin(), countries.cend(), code,
                                     [](const Country &country, QStringView value) { return country.code < value; });
    if (it == countries.cend() || it->code != code)
        return nullptr;
    return &*it;
}

QList<Country> parseIsoCountries(const QByteArray &json, const QString &fileName, QStringList &errors)
{
    FileReader reader(fileName, errors);
    QList<Country> countries;
    const auto root = reader.parseObject(json);
    if (!root)
        return countries;
    const QJsonValue list = root->value("3166-1"_L1);
    if (!list.isArray()) {
        reader.error({}, u"\"3166-1\" must be an array"_s);
        return countries;
    }
    const QJsonArray array = list.toArray();
    countries.reserve(array.size());
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString where = itemWhere(i);
        const QJsonValue value = array.at(i);
        if (!value.isObject()) {
            reader.error(where, u"must be an object"_s);
            continue;
        }
        // iso-codes has more members (alpha_3, numeric, flag, official_name): not checked.
        const QJsonObject object = value.toObject();
        Country country;
        country.code = reader.string(object, "alpha_2"_L1, where, true);
        if (country.code.isEmpty())
            continue;
        where = u"country \"%1\""_s.arg(country.code);
        if (!isAlpha2(country.code)) {
            reader.error(where, u"alpha_2 must be two upper-case letters"_s);
            continue;
        }
        if (seen.contains(country.code)) {
            reader.error(where, u"duplicate code"_s);
            continue;
        }
        seen.insert(country.code);
        const QString commonName = reader.string(object, "common_name"_L1, where, false);
        country.isoName = reader.string(object, "name"_L1, where, true);
        country.name = commonName.trimmed().isEmpty() ? country.isoName : commonName;
        countries.append(country);
    }
    if (countries.isEmpty())
        reader.error({}, u"no countries"_s);
    std::sort(countries.begin(), countries.end(), [](const Country &a, const Country &b) { return a.code < b.code; });
    return countries;
}

QDate applyEea(const QByteArray &json, const QString &fileName, QList<Country> &countries, QStringList &errors)
{
    FileReader reader(fileName, errors);
    QDate asOf;
    const auto array = reader.dataFile(json, asOf);
    if (!array)
        return {};
    QSet<QString> seen;
    for (qsizetype i = 0; i < array->size(); ++i) {
        QString where = itemWhere(i);
        const QJsonValue value = array->at(i);
        if (!value.isObject()) {
            reader.error(where, u"must be an object"_s);
            continue;
        }
        const QJsonObject object = value.toObject();
        reader.checkMembers(object, where, {"code"_L1, "name"_L1, "eu"_L1});
        const QString code = reader.string(object, "code"_L1, where, true);
        reader.string(object, "name"_L1, where, false);
        const auto eu = reader.boolean(object, "eu"_L1, where);
        if (code.isEmpty())
            continue;
        where = u"country \"%1\""_s.arg(code);
        if (seen.contains(code)) {
            reader.error(where, u"listed twice"_s);
            continue;
        }
        seen.insert(code);
        const Country *found = findCountry(countries, code);
        if (!found) {
            reader.error(where, u"not an ISO 3166-1 alpha-2 code in iso-codes"_s);
            continue;
        }
        Country &country = countries[found - countries.constData()];
        country.eea = true;
        country.eu = eu.value_or(false);
    }
    return asOf;
}

QDate parseAdequacy(const QByteArray &json, const QString &fileName, const QList<Country> &countries,
                    QList<AdequacyDecision> &decisions, QStringList &errors, QStringList *languagesOut)
{
    FileReader reader(fileName, errors);
    decisions.clear();
    QDate asOf;
    QStringList languages;
    const auto array = reader.dataFile(json, asOf, &languages);
    if (languagesOut)
        *languagesOut = languages;
    if (!array)
        return {};
    QSet<QString> seenCountries;
    QSet<QString> seenSubjects;
    for (qsizetype i = 0; i < array->size(); ++i) {
        QString where = itemWhere(i);
        const QJsonValue value = array->at(i);
        if (!value.isObject()) {
            reader.error(where, u"must be an object"_s);
            continue;
        }
        const QJsonObject object = value.toObject();
        reader.checkMembers(
            object, where,
            {"country"_L1, "subject"_L1, "date"_L1, "scope"_L1, "partial"_L1, "reference"_L1, "source"_L1, "notes"_L1},
            languages);
        AdequacyDecision decision;
        decision.subject = reader.string(object, "subject"_L1, where, true);
        if (!decision.subject.isEmpty())
            where = u"\"%1\""_s.arg(decision.subject);
        if (!object.value("country"_L1).isString())
            reader.error(where, u"\"country\" must be a string (empty for an international organisation)"_s);
        decision.country = object.value("country"_L1).toString();
        decision.date = reader.date(object, "date"_L1, where, true);
        decision.scope = reader.string(object, "scope"_L1, where, true);
        decision.partial = reader.boolean(object, "partial"_L1, where).value_or(false);
        decision.reference = reader.string(object, "reference"_L1, where, true);
        decision.source = reader.string(object, "source"_L1, where, true);
        reader.string(object, "notes"_L1, where, false);
        for (const QString &language : std::as_const(languages)) {
            const auto translated = reader.translation(object, language, where);
            if (!translated)
                continue;
            const QString in = where + u", \""_s + language + u'"';
            reader.checkMembers(*translated, in, {"subject"_L1, "scope"_L1, "reference"_L1});
            AdequacyText text;
            text.subject = reader.string(*translated, "subject"_L1, in, true);
            text.scope = reader.string(*translated, "scope"_L1, in, true);
            text.reference = reader.string(*translated, "reference"_L1, in, true);
            decision.translations.insert(language, text);
        }

        if (!decision.source.isEmpty() && !decision.source.startsWith(u"https://"_s))
            reader.error(where, u"\"source\" must be an https URL"_s);
        if (seenSubjects.contains(decision.subject))
            reader.error(where, u"listed twice"_s);
        seenSubjects.insert(decision.subject);
        if (!decision.country.isEmpty()) {
            const Country *country = findCountry(countries, decision.country);
            if (!country) {
                reader.error(where, u"\"%1\" is not an ISO 3166-1 alpha-2 code in iso-codes"_s.arg(decision.country));
                continue;
            }
            if (country->eea)
                reader.error(where, u"%1 is in the EEA and needs no adequacy decision"_s.arg(decision.country));
            if (seenCountries.contains(decision.country)) {
                reader.error(where, u"a second decision for %1 (one item per country)"_s.arg(decision.country));
                continue;
            }
            seenCountries.insert(decision.country);
        }
        decisions.append(decision);
    }
    return asOf;
}

QDate parseLawfulBases(const QByteArray &json, const QString &fileName, QList<LegalItem> &items, QStringList &errors,
                       QStringList *languages)
{
    return parseLegalItems<LawfulBasis>(json, fileName, items, errors, languages);
}

QDate parseArt9Conditions(const QByteArray &json, const QString &fileName, QList<LegalItem> &items, QStringList &errors,
                          QStringList *languages)
{
    return parseLegalItems<Art9Condition>(json, fileName, items, errors, languages);
}

QDate parseMechanisms(const QByteArray &json, const QString &fileName, QList<LegalItem> &items, QStringList &errors,
                      QStringList *languages)
{
    return parseLegalItems<Mechanism>(json, fileName, items, errors, languages);
}

QDate parseDerogations(const QByteArray &json, const QString &fileName, QList<LegalItem> &items, QStringList &errors,
                       QStringList *languages)
{
    return parseLegalItems<Derogation>(json, fileName, items, errors, languages);
}

} // namespace ropa::reference_detail

#include "recordtext.h"

#include "report.h"

#include <QRegularExpression>

namespace ropa::reports::recordtext {

// In the record's language (recordShortDate): ISO 8601 in English.
QString tableDate(const std::optional<QDate> &d)
{
    return d ? recordShortDate(*d) : QString();
}

QString joinNonEmpty(const QStringList &parts, const QString &sep)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            kept.append(p.trimmed());
    }
    return kept.join(sep);
}

QString contactText(const Contact &c)
{
    return joinNonEmpty({c.name, c.email, c.phone}, QStringLiteral(", "));
}

// In the record's language: iso-codes' translation (Reference::countryName).
QString countryName(const QString &code)
{
    if (code.isEmpty())
        return {};
    if (code == u"EU")
        return Record::tr("European Union");
    const QString name = Reference::instance().countryName(code, LanguageScope::current());
    return name.isEmpty() ? code : name;
}

QString countryNames(const QStringList &codes)
{
    QStringList names;
    for (const QString &c : codes)
        names.append(countryName(c));
    return names.join(QStringLiteral(", "));
}

QString specialName(SpecialCategory s)
{
    switch (s) {
    case SpecialCategory::RacialEthnicOrigin: return Record::tr("racial or ethnic origin");
    case SpecialCategory::PoliticalOpinions: return Record::tr("political opinions");
    case SpecialCategory::ReligiousBeliefs: return Record::tr("religious or philosophical beliefs");
    case SpecialCategory::TradeUnion: return Record::tr("trade-union membership");
    case SpecialCategory::Genetic: return Record::tr("genetic data");
    case SpecialCategory::Biometric: return Record::tr("biometric data");
    case SpecialCategory::Health: return Record::tr("health");
    case SpecialCategory::SexLifeOrientation: return Record::tr("sex life or sexual orientation");
    }
    return {};
}

QString recipientRole(Role role, int depth)
{
    switch (role) {
    case Role::Processor: return depth > 1 ? Record::tr("subprocessor") : Record::tr("processor");
    case Role::Controller: return Record::tr("independent controller");
    case Role::JointController: return Record::tr("joint controller");
    case Role::Internal: return Record::tr("internal recipient");
    }
    return {};
}

QString sourceKindText(SourceKind kind)
{
    switch (kind) {
    case SourceKind::DataSubject: return Record::tr("from the data subject");
    case SourceKind::CustomerSystems: return Record::tr("from the customer's systems");
    case SourceKind::Automatic: return Record::tr("collected automatically");
    case SourceKind::ThirdParty: return Record::tr("from a third party");
    case SourceKind::Public: return Record::tr("from public sources");
    case SourceKind::Other: break;
    }
    return Record::tr("other source");
}

QString legalItemText(const LegalItem *item, const QString &fallback)
{
    if (!item)
        return fallback;
    // The reference data's texts in the record's language ("nl"/"de" members of the files).
    const QString language = LanguageScope::current();
    return QStringLiteral("%1 (%2)").arg(item->titleIn(language), item->referenceIn(language));
}

// Without a translation (English), Qt leaves "(s)" in a numerus text: resolve it here.
QString englishPlural(QString text, int n)
{
    text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
}

// A duration in ISO 8601 (P6Y, P6M, P30D, P1Y6M) as words; the text itself when unparsable.
QString durationText(const QString &iso)
{
    static const QRegularExpression re(QStringLiteral("^P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?$"));
    const auto m = re.match(iso);
    if (!m.hasMatch() || iso == QLatin1StringView("P"))
        return iso;
    QStringList parts;
    if (m.hasCaptured(1))
        parts.append(englishPlural(Record::tr("%n year(s)", nullptr, m.captured(1).toInt()), m.captured(1).toInt()));
    if (m.hasCaptured(2))
        parts.append(englishPlural(Record::tr("%n month(s)", nullptr, m.captured(2).toInt()), m.captured(2).toInt()));
    if (m.hasCaptured(3))
        parts.append(englishPlural(Record::tr("%n week(s)", nullptr, m.captured(3).toInt()), m.captured(3).toInt()));
    if (m.hasCaptured(4))
        parts.append(englishPlural(Record::tr("%n day(s)", nullptr, m.captured(4).toInt()), m.captured(4).toInt()));
    return parts.join(QStringLiteral(" "));
}

} // namespace ropa::reports::recordtext

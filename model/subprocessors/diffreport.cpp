// The change between two versions of a subprocessor list as JSON and as text.

#include "subprocessors/diffreport.h"

#include "subprocessors/rawtable.h"

#include "reference/reference.h"

#include <QJsonArray>

namespace ropa::subprocessors {

namespace {

QJsonArray codes(const QStringList &countries)
{
    return QJsonArray::fromStringList(countries);
}

QString countryNames(const QStringList &codes)
{
    if (codes.isEmpty())
        return Tr::tr("not stated");
    QStringList names;
    const Reference &ref = Reference::instance();
    for (const QString &c : codes)
        names.append(ref.isCountryCode(c) ? ref.countryName(c) : c);
    return names.join(QStringLiteral(", "));
}

QString oneLine(const QString &s)
{
    return s.isEmpty() ? Tr::tr("(empty)") : s.split(u'\n').join(QStringLiteral("; "));
}

} // namespace

QString fieldKey(ChangedField field)
{
    switch (field) {
    case ChangedField::Location: return QStringLiteral("location");
    case ChangedField::Purpose: return QStringLiteral("purpose");
    case ChangedField::DataShared: return QStringLiteral("data shared");
    }
    return {};
}

QJsonObject diffJson(const ListDiff &diff)
{
    const auto entries = [](const QList<DiffEntry> &list) {
        QJsonArray a;
        for (const DiffEntry &e : list)
            a.append(QJsonObject{{QStringLiteral("name"), e.name},
                                 {QStringLiteral("countries"), codes(e.countries)},
                                 {QStringLiteral("location"), e.location},
                                 {QStringLiteral("purpose"), e.purpose}});
        return a;
    };
    QJsonArray renamed;
    for (const DiffRename &r : diff.renamed)
        renamed.append(QJsonObject{{QStringLiteral("name"), r.name},
                                   {QStringLiteral("oldName"), r.oldName},
                                   {QStringLiteral("countries"), codes(r.countries)},
                                   {QStringLiteral("match"), r.reason}});
    QJsonArray changed;
    for (const DiffChange &c : diff.changed) {
        QJsonObject o{{QStringLiteral("name"), c.name},
                      {QStringLiteral("countries"), codes(c.countries)},
                      {QStringLiteral("field"), fieldKey(c.field)},
                      {QStringLiteral("old"), c.oldValue},
                      {QStringLiteral("new"), c.newValue}};
        if (c.field == ChangedField::Location)
            o.insert(QStringLiteral("oldCountries"), codes(c.oldCountries));
        changed.append(o);
    }
    return {{QStringLiteral("added"), entries(diff.added)},
            {QStringLiteral("removed"), entries(diff.removed)},
            {QStringLiteral("renamed"), renamed},
            {QStringLiteral("changed"), changed}};
}

QString diffText(const ListDiff &diff)
{
    if (diff.isEmpty())
        return Tr::tr("No change between the two lists.") + u'\n';
    QString s;
    const auto section = [&s](const QString &title) {
        s += (s.isEmpty() ? QString() : QStringLiteral("\n")) + title + u'\n';
    };
    if (!diff.added.isEmpty()) {
        section(Tr::tr("Added (%n):", nullptr, int(diff.added.size())));
        for (const DiffEntry &e : diff.added)
            s += QStringLiteral("  + %1 — %2%3\n")
                     .arg(e.name, countryNames(e.countries),
                          e.purpose.isEmpty() ? QString() : QStringLiteral(" — ") + oneLine(e.purpose));
    }
    if (!diff.removed.isEmpty()) {
        section(Tr::tr("Removed (%n):", nullptr, int(diff.removed.size())));
        for (const DiffEntry &e : diff.removed)
            s += QStringLiteral("  - %1 — %2\n").arg(e.name, countryNames(e.countries));
    }
    if (!diff.renamed.isEmpty()) {
        section(Tr::tr("Renamed (%n):", nullptr, int(diff.renamed.size())));
        for (const DiffRename &r : diff.renamed)
            s += QStringLiteral("  ~ %1 → %2 — %3\n").arg(r.oldName, r.name, countryNames(r.countries));
    }
    if (!diff.changed.isEmpty()) {
        section(Tr::tr("Changed (%n):", nullptr, int(diff.changed.size())));
        for (const DiffChange &c : diff.changed) {
            QString field;
            QString oldValue = oneLine(c.oldValue), newValue = oneLine(c.newValue);
            switch (c.field) {
            case ChangedField::Location:
                field = Tr::tr("location");
                // The cell as written only where no country was read from it.
                oldValue = c.oldCountries.isEmpty() ? oneLine(c.oldValue) : countryNames(c.oldCountries);
                newValue = c.countries.isEmpty() ? oneLine(c.newValue) : countryNames(c.countries);
                break;
            case ChangedField::Purpose: field = Tr::tr("purpose"); break;
            case ChangedField::DataShared: field = Tr::tr("data shared"); break;
            }
            s += Tr::tr("  * %1, %2: %3 → %4").arg(c.name, field, oldValue, newValue) + u'\n';
        }
    }
    return s;
}

} // namespace ropa::subprocessors

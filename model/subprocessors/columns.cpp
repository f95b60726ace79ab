// Column recognition and the resolved rows of a subprocessor list.

#include "subprocessors/columns.h"

#include "subprocessors/resolve.h"

#include <QRegularExpression>

#include <algorithm>

namespace ropa::subprocessors {

namespace {

bool containsAny(const QString &folded, std::initializer_list<const char *> words)
{
    for (const char *w : words) {
        if (folded.contains(QString::fromUtf8(w)))
            return true;
    }
    return false;
}

// Markdown emphasis and links reduced to their text; for the link column, the address.
QString plainCell(const QString &cell, bool wantUrl)
{
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\(([^)\\s]*)\\)"));
    QString s = cell;
    s.replace(link, wantUrl ? QStringLiteral("\\2") : QStringLiteral("\\1"));
    s.remove(QStringLiteral("**"));
    s.remove(QStringLiteral("__"));
    return s.trimmed();
}

} // namespace

Field fieldForHeading(const QString &heading)
{
    QString h = foldText(heading);
    h.replace(u'-', u' ');
    h = h.simplified();
    if (h.isEmpty())
        return Field::None;
    // The order matters: "Location of processing" is a location, "Data location" too,
    // "Service provider" a name, "Description of processing" a purpose.
    if (containsAny(h, {"corporate", "headquarter", "registered office", "head office", "hauptsitz", "firmensitz",
                        "statutaire zetel", "hoofdkantoor", "siege"}))
        return Field::CorporateLocation;
    if (containsAny(h, {"location", "country", "countries", "region", "where", "locatie", "land", "standort", "lieu",
                        "pays", "localisation", "ort der verarbeitung", "plaats"}))
        return Field::Location;
    if (containsAny(
            h, {"safeguard", "mechanism", "transfer", "garantie", "waarborg", "schutzma", "doorgifte", "ubermittlung"}))
        return Field::Safeguards;
    if (containsAny(h, {"link", "url", "website", "web site", "more information", "privacy"}))
        return Field::Link;
    if (containsAny(h, {"data shared", "personal data", "data categor", "categories", "types of data", "kind of data",
                        "gegevens", "daten", "donnees"}))
        return Field::DataShared;
    if (containsAny(h, {"name", "processor", "entity", "vendor", "provider", "company", "party", "organisation",
                        "organization", "naam", "verwerker", "anbieter", "dienstleister", "leverancier", "nom",
                        "sous traitant", "unterauftrag", "partner", "affiliate"}))
        return Field::Name;
    if (containsAny(h, {"purpose", "description", "service", "nature", "activit", "processing", "function", "role",
                        "doel", "dienst", "verwerking", "zweck", "leistung", "taetigkeit", "tatigkeit", "finalite",
                        "objet", "prestation"}))
        return Field::Purpose;
    return Field::None;
}

SubprocessorList buildList(const RawRead &read, const QString &format)
{
    SubprocessorList list;
    list.format = format;
    list.notes = read.notes;
    if (!read.error.isEmpty()) {
        list.error = read.error;
        return list;
    }
    QStringList headingsSeen;
    bool anyNameColumn = false;
    for (RawTable table : read.tables) {
        // A title row above the heading row ("Subprocessors as of 1 March", a cell spanning the
        // table): the heading row is the first of the next rows that names a name column.
        const auto hasName = [](const QStringList &cells) {
            return std::any_of(cells.cbegin(), cells.cend(),
                               [](const QString &c) { return fieldForHeading(c) == Field::Name; });
        };
        const auto filled = [](const QStringList &cells) {
            return std::count_if(cells.cbegin(), cells.cend(), [](const QString &c) { return !c.trimmed().isEmpty(); });
        };
        const bool titleRow = filled(table.header) == 1 && !table.rows.isEmpty() && filled(table.rows.first()) > 1 &&
                              hasName(table.rows.first());
        if (!hasName(table.header) || titleRow) {
            for (qsizetype r = 0; r < std::min<qsizetype>(3, table.rows.size()); ++r) {
                if (!hasName(table.rows.at(r)))
                    continue;
                if (table.title.isEmpty())
                    table.title = table.header.join(u' ').simplified();
                table.header = table.rows.at(r);
                table.rows.remove(0, r + 1);
                table.lines.remove(0, r + 1);
                break;
            }
        }
        QList<Field> fields;
        QStringList ignored;
        for (const QString &h : table.header) {
            fields.append(fieldForHeading(h));
            if (fields.constLast() == Field::None && !h.trimmed().isEmpty())
                ignored.append(h.trimmed());
        }
        const QString tableName =
            table.title.isEmpty() ? Tr::tr("the table") : Tr::tr("the table “%1”").arg(table.title);
        if (!fields.contains(Field::Name)) {
            headingsSeen.append(table.header.join(QStringLiteral(", ")));
            list.notes.append(Tr::tr("%1 has no column of names (its headings: %2); it was skipped")
                                  .arg(tableName, table.header.join(QStringLiteral(", "))));
            continue;
        }
        anyNameColumn = true;
        if (!ignored.isEmpty())
            list.notes.append(
                Tr::tr("%1: columns not recognised, ignored: %2").arg(tableName, ignored.join(QStringLiteral(", "))));
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const QStringList &cells = table.rows.at(r);
            SubprocessorRow row;
            row.table = table.title;
            row.line = table.lines.value(r);
            const auto add = [](QString &to, const QString &value) {
                if (value.isEmpty())
                    return;
                to = to.isEmpty() ? value : to + u'\n' + value;
            };
            bool anyCell = false;
            for (qsizetype c = 0; c < cells.size() && c < fields.size(); ++c) {
                const QString value = plainCell(cells.at(c), fields.at(c) == Field::Link);
                anyCell = anyCell || !value.isEmpty();
                switch (fields.at(c)) {
                case Field::Name: add(row.name, value); break;
                case Field::Purpose: add(row.purpose, value); break;
                case Field::Location: add(row.location, value); break;
                case Field::CorporateLocation: add(row.corporateLocation, value); break;
                case Field::DataShared: add(row.dataShared, value); break;
                case Field::Safeguards: add(row.safeguards, value); break;
                case Field::Link: add(row.link, value); break;
                case Field::None: break;
                }
            }
            if (!anyCell)
                continue;
            if (row.name.isEmpty()) {
                list.notes.append(Tr::tr("line %1: a row without a name was skipped").arg(row.line));
                continue;
            }
            if (cells.size() > fields.size())
                list.notes.append(
                    Tr::tr("line %1: more cells than headings; the extra cells were ignored").arg(row.line));
            row.name = row.name.split(u'\n').join(u' ');
            row.key = nameKey(row.name);
            // The data goes where it is processed; only when no processing location is given does
            // the corporate location say where the subprocessor is.
            const ResolvedLocation loc = resolveLocation(row.location.isEmpty() ? row.corporateLocation : row.location);
            row.countries = loc.countries;
            row.unresolved = loc.unresolved;
            row.locationNotStated = loc.notStated;
            list.rows.append(row);
        }
    }
    if (read.tables.isEmpty())
        list.error = Tr::tr("no subprocessors found: the list is empty or has no table");
    else if (!anyNameColumn)
        list.error = Tr::tr("no column of subprocessor names (a heading such as “Name”, “Subprocessor” or “Entity”); "
                            "headings found: %1")
                         .arg(headingsSeen.join(QStringLiteral(" | ")));
    else if (list.rows.isEmpty())
        list.error = Tr::tr("the list has no subprocessors");
    return list;
}

} // namespace ropa::subprocessors

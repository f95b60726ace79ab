// The ICO's controller template (import/icolayout.h): the block for the controller, the DPO
// and the representative, two group headings merged over the columns, the 30 headings in
// row 9 and one row per activity of the controller record.

#include "import/icolayout.h"
#include "import/projectdrafts.h"
#include "recordtext.h"
#include "reference/reference.h"
#include "report.h"
#include "templates.h"

namespace ropa::reports {

using importer::Field;

namespace {

QString yesNo(const std::optional<bool> &value)
{
    return !value ? QString() : *value ? QStringLiteral("Yes") : QStringLiteral("No");
}

QStringList contactRow(const QString &name, const QString &address, const Contact &c)
{
    return {name, address, c.email, c.phone};
}

} // namespace

QString retentionLine(const QString &text, const QString &duration, const QString &trigger)
{
    if (!text.trimmed().isEmpty())
        return text.trimmed();
    if (duration.isEmpty())
        return trigger;
    const QString words = recordtext::durationText(duration);
    return trigger.isEmpty() ? words : QStringLiteral("%1 after %2").arg(words, trigger);
}

namespace {

// The cell of a field for one activity, lines joined with new lines.
QString icoCell(const importer::ActivityDraft &d, Field field)
{
    const Reference &ref = Reference::instance();
    switch (field) {
    case Field::Name: return d.name;
    case Field::Purpose: return d.purposes.join(u'\n');
    case Field::JointController: return d.jointControllers.join(u'\n');
    case Field::DataSubjects: return d.dataSubjects.join(u'\n');
    case Field::DataCategories: {
        QStringList all = d.dataCategories;
        for (const auto &[name, kind] : d.specialCategories)
            all.append(name);
        return all.join(u'\n');
    }
    case Field::Recipients: return (d.recipients + d.processors + d.internalRecipients).join(u'\n');
    case Field::ThirdCountries: {
        QStringList names;
        for (const QString &c : d.countries)
            names.append(ref.country(c) ? ref.countryName(c, u"en") : c);
        return names.join(u'\n');
    }
    case Field::Safeguards: return d.safeguards;
    case Field::Retention: {
        QStringList lines;
        if (!d.retentionText.isEmpty() || !d.retentionDuration.isEmpty())
            lines.append(retentionLine(d.retentionText, d.retentionDuration, d.retentionTrigger));
        for (const importer::RetentionDraft &r : d.moreRetention)
            lines.append(retentionLine(r.text, r.duration, r.trigger));
        lines.removeDuplicates();
        return lines.join(u'\n');
    }
    case Field::SecurityMeasures: return d.securityMeasures.join(u'\n');
    case Field::LawfulBasis:
        return d.lawfulBasis ? recordtext::legalItemText(ref.lawfulBasis(*d.lawfulBasis), enumToString(*d.lawfulBasis))
                             : QString();
    case Field::Art9Condition:
        return d.art9Condition
                   ? recordtext::legalItemText(ref.art9Condition(*d.art9Condition), enumToString(*d.art9Condition))
                   : QString();
    case Field::LegitimateInterests: return d.legitimateInterests;
    case Field::AutomatedDecisions: return yesNo(d.automatedDecisions);
    case Field::Sources: return d.sources.join(u'\n');
    case Field::Systems: return d.systems.join(u'\n');
    case Field::Dpia: return yesNo(d.dpiaRequired);
    default: return {};
    }
}

} // namespace

TemplateBook icoTemplate(const ProjectData &data)
{
    const LanguageScope english(QStringLiteral("en")); // the ICO's template is in English
    const importer::ProjectDraft draft = importer::draftsFromProject(data);
    TemplateSheet sheet;
    sheet.name = QStringLiteral("Template");
    sheet.at(0, 0) = {QStringLiteral("Record of processing activities"), true};
    const QStringList labels = importer::ico::blockDetailLabels();
    for (int i = 0; i < labels.size(); ++i)
        sheet.at(importer::ico::BlockFirstRow, 1 + i) = {labels.at(i), true};
    const auto blockRow = [&](importer::ico::BlockRow which, const QStringList &values) {
        const int row = importer::ico::BlockFirstRow + 1 + int(which);
        sheet.at(row, 0) = {importer::ico::blockRowLabel(which), true};
        for (int i = 0; i < values.size(); ++i)
            sheet.at(row, 1 + i).text = values.at(i);
    };
    const Party *own = draft.controller;
    blockRow(importer::ico::BlockRow::Controller,
             own ? contactRow(own->name, own->address, own->contact) : QStringList());
    blockRow(importer::ico::BlockRow::Dpo, own && own->dpo ? contactRow(own->dpo->name, {}, *own->dpo) : QStringList());
    blockRow(importer::ico::BlockRow::Representative,
             own && own->representative ? contactRow(own->representative->name, {}, *own->representative)
                                        : QStringList());

    // Group headings over the columns (merged), then the headings.
    const QList<importer::ico::Column> &columns = importer::ico::columns();
    const int groupRow = importer::ico::HeadingRow - 1;
    sheet.at(groupRow, 0) = {QStringLiteral("Article 30 record"), true};
    sheet.merges.append({groupRow, 0, groupRow, 12});
    sheet.at(groupRow, 13) = {QStringLiteral("Further records and links"), true};
    sheet.merges.append({groupRow, 13, groupRow, int(columns.size()) - 1});
    for (int c = 0; c < columns.size(); ++c) {
        sheet.at(importer::ico::HeadingRow, c) = {columns.at(c).heading, true};
        sheet.widths.append(c < 2 ? 30 : 24);
    }
    sheet.frozenRows = importer::ico::HeadingRow + 1;
    int row = importer::ico::HeadingRow + 1;
    for (const importer::ActivityDraft &d : draft.activities) {
        for (int c = 0; c < columns.size(); ++c)
            sheet.at(row, c).text = icoCell(d, columns.at(c).field);
        ++row;
    }
    TemplateBook book;
    book.sheets.append(sheet);
    return book;
}

} // namespace ropa::reports

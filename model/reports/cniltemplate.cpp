// The CNIL's register (import/cnillayout.h): a cover sheet for the organisation, its DPO and
// the list of activities, then one sheet per activity of the controller record, label and
// value rows, the data categories and security measures as ticked boxes with their detail.

#include "import/cnillayout.h"
#include "import/projectdrafts.h"
#include "recordtext.h"
#include "reference/reference.h"
#include "report.h"
#include "templates.h"

#include <QMap>

namespace ropa::reports {

namespace cnil = importer::cnil;
using cnil::Item;

namespace {

QString yesNo(bool value)
{
    return value ? cnil::yes() : cnil::no();
}

QString optionalYesNo(const std::optional<bool> &value)
{
    return value ? yesNo(*value) : QString();
}

class ActivitySheet
{
public:
    explicit ActivitySheet(TemplateSheet *sheet)
        : m_sheet(sheet)
    {
    }

    void heading(Item item, const QStringList &columns = {})
    {
        m_sheet->at(m_row, 0) = {cnil::label(item), true};
        for (int i = 0; i < columns.size(); ++i)
            m_sheet->at(m_row, 1 + i) = {columns.at(i), true};
        ++m_row;
    }

    void row(Item item, const QStringList &values)
    {
        m_sheet->at(m_row, 0) = {cnil::label(item), true};
        for (int i = 0; i < values.size(); ++i)
            m_sheet->at(m_row, 1 + i).text = values.at(i);
        ++m_row;
    }

    void gap() { ++m_row; }

private:
    TemplateSheet *m_sheet;
    int m_row = 0;
};

QString lines(const QStringList &list)
{
    return list.join(u'\n');
}

void writeActivity(TemplateSheet *sheet, const importer::ActivityDraft &d, const QList<MeasureKind> &kinds)
{
    const Reference &ref = Reference::instance();
    sheet->widths = {36, 40, 40, 36};
    ActivitySheet s(sheet);
    s.row(Item::ActivityName, {d.name});
    s.row(Item::Reference, {d.reference});
    s.row(Item::Created, {d.created ? d.created->toString(Qt::ISODate) : QString()});
    s.row(Item::Updated, {d.lastChanged ? d.lastChanged->toString(Qt::ISODate) : QString()});
    s.row(Item::JointController, {lines(d.jointControllers)});
    s.row(Item::Software, {lines(d.systems)});
    s.row(Item::Purposes, {lines(d.purposes)});
    s.row(Item::LawfulBasis,
          {d.lawfulBasis ? recordtext::legalItemText(ref.lawfulBasis(*d.lawfulBasis), enumToString(*d.lawfulBasis))
                         : QString()});
    s.row(Item::Art9Condition, {d.art9Condition ? recordtext::legalItemText(ref.art9Condition(*d.art9Condition),
                                                                            enumToString(*d.art9Condition))
                                                : QString()});
    s.row(Item::LegitimateInterests, {d.legitimateInterests});
    s.row(Item::DataSubjects, {lines(d.dataSubjects)});
    s.row(Item::Sources, {lines(d.sources)});
    s.gap();

    // The data categories, each in the box its name belongs to.
    QMap<Item, QStringList> boxes;
    for (const QString &c : d.dataCategories)
        boxes[cnil::categoryBox(c)].append(c);
    s.heading(Item::CategoriesHeading, {QStringLiteral("Oui / Non"), QStringLiteral("Détail")});
    for (Item box = Item::Identity; box <= Item::OtherData; box = Item(int(box) + 1))
        s.row(box, {yesNo(boxes.contains(box)), lines(boxes.value(box))});
    QStringList special;
    for (const auto &[name, kind] : d.specialCategories)
        special.append(name);
    s.row(Item::Sensitive, {yesNo(!special.isEmpty()), lines(special)});
    QStringList retention;
    if (!d.retentionText.isEmpty() || !d.retentionDuration.isEmpty())
        retention.append(retentionLine(d.retentionText, d.retentionDuration, d.retentionTrigger));
    for (const importer::RetentionDraft &r : d.moreRetention)
        retention.append(retentionLine(r.text, r.duration, r.trigger));
    retention.removeDuplicates();
    s.row(Item::Retention, {lines(retention)});
    s.gap();

    s.heading(Item::RecipientsHeading);
    s.row(Item::InternalRecipients, {lines(d.internalRecipients)});
    s.row(Item::ExternalRecipients, {lines(d.recipients)});
    s.row(Item::Processors, {lines(d.processors)});
    s.gap();

    s.heading(Item::TransfersHeading);
    s.row(Item::Transfers, {yesNo(!d.countries.isEmpty())});
    QStringList countries;
    for (const QString &c : d.countries)
        countries.append(ref.country(c) ? ref.countryName(c, u"en") : c);
    s.row(Item::Countries, {lines(countries)});
    s.row(Item::Safeguards, {d.safeguards});
    s.gap();

    QMap<Item, QStringList> measures;
    for (int i = 0; i < d.securityMeasures.size(); ++i)
        measures[cnil::securityBox(kinds.value(i, MeasureKind::Other))].append(d.securityMeasures.at(i));
    s.heading(Item::SecurityHeading, {QStringLiteral("Oui / Non"), QStringLiteral("Détail")});
    for (Item box = Item::AccessControl; box <= Item::OtherMeasures; box = Item(int(box) + 1))
        s.row(box, {yesNo(measures.contains(box)), lines(measures.value(box))});
    s.gap();
    s.row(Item::AutomatedDecisions, {optionalYesNo(d.automatedDecisions)});
    s.row(Item::Dpia, {optionalYesNo(d.dpiaRequired)});
}

} // namespace

TemplateBook cnilTemplate(const ProjectData &data)
{
    const LanguageScope english(QStringLiteral("en")); // legal items and durations: no French texts yet
    const importer::ProjectDraft draft = importer::draftsFromProject(data);
    TemplateBook book;
    TemplateSheet cover;
    cover.name = cnil::coverSheetName();
    cover.widths = {36, 60};
    const Party *own = draft.controller;
    ActivitySheet c(&cover);
    c.row(Item::Organisation, {own ? own->name : QString()});
    c.row(Item::Address, {own ? own->address : QString()});
    c.row(Item::Email, {own ? own->contact.email : QString()});
    c.row(Item::Telephone, {own ? own->contact.phone : QString()});
    c.row(Item::DpoName, {own && own->dpo ? own->dpo->name : QString()});
    c.row(Item::DpoEmail, {own && own->dpo ? own->dpo->email : QString()});
    c.gap();
    c.heading(Item::ActivityList);
    book.sheets.append(cover);

    for (int i = 0; i < draft.activities.size(); ++i) {
        const importer::ActivityDraft &d = draft.activities.at(i);
        TemplateSheet sheet;
        sheet.name = book.uniqueSheetName(d.name);
        writeActivity(&sheet, d, draft.measureKinds.value(i));
        // The cover lists the activity with the name of its sheet.
        const int row = int(book.sheets.first().rows.size());
        book.sheets.first().at(row, 0).text = QString::number(i + 1);
        book.sheets.first().at(row, 1).text = sheet.name;
        book.sheets.append(sheet);
    }
    return book;
}

} // namespace ropa::reports

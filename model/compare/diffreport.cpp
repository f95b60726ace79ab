#include "diffreport.h"

#include <QCoreApplication>
#include <QDate>

namespace ropa::compare {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::compare)
};

QString changeName(ChangeType type)
{
    switch (type) {
    case ChangeType::Added: return Tr::tr("Added");
    case ChangeType::Removed: return Tr::tr("Removed");
    case ChangeType::Changed: return Tr::tr("Changed");
    }
    return {};
}

// The section a change is listed in: its kind ("party"), titled in the plural.
QString sectionTitleOf(const Change &c)
{
    if (c.subject == Subject::Project)
        return Tr::tr("Project details");
    if (c.subject == Subject::AcceptedFinding)
        return Tr::tr("Accepted findings");
    switch (c.kind) {
    case EntityKind::Document: return Tr::tr("Documents");
    case EntityKind::Party: return Tr::tr("Parties");
    case EntityKind::DataCategory: return Tr::tr("Data categories");
    case EntityKind::DataSubject: return Tr::tr("Data subjects");
    case EntityKind::Source: return Tr::tr("Sources");
    case EntityKind::SecurityMeasure: return Tr::tr("Security measures");
    case EntityKind::Activity: return Tr::tr("Activities");
    case EntityKind::Transfer: return Tr::tr("Transfers");
    }
    return {};
}

reports::Cell cell(const QString &text)
{
    return text.isEmpty() ? reports::Cell{} : reports::Cell::of(reports::cleanText(text).split(u'\n'));
}

reports::Table changesTable(const QString &key, const QString &older, const QString &newer)
{
    reports::Table t;
    t.key = key;
    t.title = Tr::tr("Changes");
    t.shortTitle = t.title;
    t.columns = {{QStringLiteral("change"), Tr::tr("Change"), {}, 10},
                 {QStringLiteral("name"), Tr::tr("Name"), {}, 24},
                 {QStringLiteral("field"), Tr::tr("Field"), {}, 16},
                 {QStringLiteral("old"), Tr::tr("In %1").arg(older), {}, 30},
                 {QStringLiteral("new"), Tr::tr("In %1").arg(newer), {}, 30}};
    return t;
}

void addRows(reports::Table &t, const Change &c)
{
    QString name = c.name;
    if (!c.oldName.isEmpty())
        name = Tr::tr("%1 (was “%2”)").arg(c.name, c.oldName);
    if (c.fields.isEmpty()) {
        t.rows.append({cell(changeName(c.type)), cell(name), {}, {}, {}});
        return;
    }
    for (const FieldChange &f : c.fields)
        t.rows.append({cell(changeName(c.type)), cell(name), cell(f.label), cell(f.oldText), cell(f.newText)});
}

} // namespace

reports::Report diffReport(const Diff &diff, const QString &older, const QString &newer, const QString &language)
{
    reports::Report r;
    r.language = language;
    r.title = Tr::tr("Comparison of %1 and %2").arg(older, newer);
    r.date = QDate::currentDate();
    r.notStatedText = Tr::tr("not stated");
    r.cover = {{Tr::tr("Compared"), older},
               {Tr::tr("With"), newer},
               {Tr::tr("Date"), r.date.toString(Qt::ISODate)},
               {Tr::tr("Changes"), Tr::tr("%n change(s)", nullptr, int(diff.changes.size()))}};
    if (diff.unrelated)
        r.cover.append({Tr::tr("Note"), Tr::tr("The two projects share no entity: they are not two versions of one "
                                               "project, so everything shows as removed and added.")});
    for (const Change &c : diff.changes) {
        const QString key = c.kindKey();
        if (r.sections.isEmpty() || r.sections.constLast().key != key) {
            reports::Section s;
            s.key = key;
            s.title = sectionTitleOf(c);
            s.tables.append(changesTable(key, older, newer));
            r.sections.append(s);
        }
        addRows(r.sections.last().tables.last(), c);
    }
    return r;
}

QByteArray diffReportBytes(const reports::Report &report, reports::Format format)
{
    switch (format) {
    case reports::Format::Html: return reports::toHtml(report).toUtf8();
    case reports::Format::Markdown: return reports::toMarkdown(report);
    default: return {};
    }
}

} // namespace ropa::compare

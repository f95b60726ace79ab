#include "diffreport.h"

#include <QCoreApplication>
#include <QDate>

namespace ropa::compare {

namespace {

// QCoreApplication::translate with the context spelled out: lupdate loses a Q_DECLARE_TR_FUNCTIONS
// context in this file (the brace initialisers of the report's tables).
QString changeName(ChangeType type)
{
    switch (type) {
    case ChangeType::Added: return QCoreApplication::translate("ropa::compare", "Added");
    case ChangeType::Removed: return QCoreApplication::translate("ropa::compare", "Removed");
    case ChangeType::Changed: return QCoreApplication::translate("ropa::compare", "Changed");
    }
    return {};
}

// The section a change is listed in: its kind ("party"), titled in the plural.
QString sectionTitleOf(const Change &c)
{
    if (c.subject == Subject::Project)
        return QCoreApplication::translate("ropa::compare", "Project details");
    if (c.subject == Subject::AcceptedFinding)
        return QCoreApplication::translate("ropa::compare", "Accepted findings");
    switch (c.kind) {
    case EntityKind::Document: return QCoreApplication::translate("ropa::compare", "Documents");
    case EntityKind::Party: return QCoreApplication::translate("ropa::compare", "Parties");
    case EntityKind::DataCategory: return QCoreApplication::translate("ropa::compare", "Data categories");
    case EntityKind::DataSubject: return QCoreApplication::translate("ropa::compare", "Data subjects");
    case EntityKind::Source: return QCoreApplication::translate("ropa::compare", "Sources");
    case EntityKind::SecurityMeasure: return QCoreApplication::translate("ropa::compare", "Security measures");
    case EntityKind::System: return QCoreApplication::translate("ropa::compare", "Systems");
    case EntityKind::Activity: return QCoreApplication::translate("ropa::compare", "Activities");
    case EntityKind::Transfer: return QCoreApplication::translate("ropa::compare", "Transfers");
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
    t.title = QCoreApplication::translate("ropa::compare", "Changes");
    t.shortTitle = t.title;
    t.columns = {{QStringLiteral("change"), QCoreApplication::translate("ropa::compare", "Change"), {}, 10},
                 {QStringLiteral("name"), QCoreApplication::translate("ropa::compare", "Name"), {}, 24},
                 {QStringLiteral("field"), QCoreApplication::translate("ropa::compare", "Field"), {}, 16},
                 {QStringLiteral("old"), QCoreApplication::translate("ropa::compare", "In %1").arg(older), {}, 30},
                 {QStringLiteral("new"), QCoreApplication::translate("ropa::compare", "In %1").arg(newer), {}, 30}};
    return t;
}

void addRows(reports::Table &t, const Change &c)
{
    QString name = c.name;
    if (!c.oldName.isEmpty())
        name = QCoreApplication::translate("ropa::compare", "%1 (was “%2”)").arg(c.name, c.oldName);
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
    r.title = QCoreApplication::translate("ropa::compare", "Comparison of %1 and %2").arg(older, newer);
    r.date = QDate::currentDate();
    r.notStatedText = QCoreApplication::translate("ropa::compare", "not stated");
    r.cover = {{QCoreApplication::translate("ropa::compare", "Compared"), older},
               {QCoreApplication::translate("ropa::compare", "With"), newer},
               {QCoreApplication::translate("ropa::compare", "Date"), r.date.toString(Qt::ISODate)},
               {QCoreApplication::translate("ropa::compare", "Changes"),
                QCoreApplication::translate("ropa::compare", "%n change(s)", nullptr, int(diff.changes.size()))}};
    if (diff.unrelated)
        r.cover.append({QCoreApplication::translate("ropa::compare", "Note"),
                        QCoreApplication::translate(
                            "ropa::compare", "The two projects share no entity: they are not two versions of one "
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

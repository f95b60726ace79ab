// Reading Ropa's own XLSX record (reports/xlsxexport.cpp) back: the record sheet gives each
// activity's purposes, data subjects, categories, lawful basis and measures; the recipients
// sheet its direct recipients by what they act as, with their countries; the retention sheet
// its rules. The sheets are found by their headings in any language a record is written in,
// learnt from a record built of a small sample, so the reader follows the writer's texts.

#include "import/fieldtable.h"
#include "import/resolvevalues.h"
#include "import/templates.h"

#include "reference/reference.h"
#include "reports/recordtext.h"
#include "reports/reportbuilder.h"
#include "reports/templates.h"

#include <QHash>
#include <QRegularExpression>

namespace ropa::importer {

namespace {

using reports::Record;

// The texts of a record in one language.
struct RecordTexts
{
    QHash<QString, QHash<QString, QString>> titles; // table key -> column key -> title
    QString notStated;
    QString noRecipients;
    QString organisation;        // the cover's label
    QString sourcesPrefix;       // "Sources: " (a line of the categories cell)
    QString categoriesNotStated; // "Categories: not stated"
    QString categoryMarks;       // "special category, Art. 9: " (what follows a special category's name)
    QHash<QString, Role> roles;
    QHash<QString, SpecialCategory> specials; // folded name of the Art. 9 kind -> kind
};

ProjectData sample()
{
    ProjectData d;
    Party own;
    own.id = QUuid::createUuid();
    own.name = QStringLiteral("Own");
    own.own = true;
    Party other;
    other.id = QUuid::createUuid();
    other.name = QStringLiteral("Other");
    DataCategory c;
    c.id = QUuid::createUuid();
    c.name = QStringLiteral("Category");
    Activity a;
    a.id = QUuid::createUuid();
    a.name = QStringLiteral("Activity");
    a.organisation = own.id;
    a.dataCategories = {c.id};
    a.retention = {{{}, QStringLiteral("P1Y"), {}, {}, QStringLiteral("One year")}};
    Transfer t;
    t.id = QUuid::createUuid();
    t.from = own.id;
    t.to = other.id;
    t.activities = {a.id};
    d.put(own);
    d.put(other);
    d.put(c);
    d.put(a);
    d.put(t);
    return d;
}

const QList<RecordTexts> &recordTexts()
{
    static const QList<RecordTexts> texts = [] {
        QList<RecordTexts> list;
        const ProjectData data = sample();
        for (const QString &language : reports::availableLanguages()) {
            reports::Options options;
            options.language = language;
            const reports::Report report = reports::buildReport(data, options);
            const reports::LanguageScope scope(language);
            RecordTexts t;
            for (const char *key : {"record", "recipients", "retention"}) {
                if (const reports::Table *table = report.table(QString::fromLatin1(key))) {
                    for (const reports::Column &c : table->columns)
                        t.titles[QString::fromLatin1(key)].insert(c.key, c.title);
                }
            }
            t.notStated = report.notStatedText;
            t.noRecipients = Record::tr("No recipients recorded");
            t.organisation = Record::tr("Organisation");
            t.sourcesPrefix = Record::tr("Sources: %1").arg(QString());
            t.categoriesNotStated = Record::tr("Categories: %1").arg(t.notStated);
            t.categoryMarks = Record::tr("special category, Art. 9: %1").arg(QString()).trimmed();
            for (const Role r : {Role::Processor, Role::Controller, Role::JointController, Role::Internal})
                t.roles.insert(reports::recordtext::recipientRole(r, 1), r);
            for (int k = 0; k <= int(SpecialCategory::SexLifeOrientation); ++k) {
                const auto kind = SpecialCategory(k);
                t.specials.insert(reports::recordtext::specialName(kind), kind);
            }
            list.append(t);
        }
        return list;
    }();
    return texts;
}

// A sheet whose first row holds a table's titles: the column of each key.
struct TableSheet
{
    const Sheet *sheet = nullptr;
    QHash<QString, int> columns;
    int column(const char *key) const { return columns.value(QString::fromLatin1(key), -1); }
};

TableSheet findTable(const Workbook &book, const RecordTexts &texts, const QString &table, const QStringList &needed)
{
    const QHash<QString, QString> &titles = texts.titles.value(table);
    for (const Sheet &s : book.sheets) {
        TableSheet found{&s, {}};
        for (int c = 0; c < s.columnCount(); ++c) {
            const QString heading = s.text(0, c).section(u'\n', 0, 0).trimmed(); // the title, then the Art. 30 item
            for (auto it = titles.cbegin(); it != titles.cend(); ++it) {
                if (it.value() == heading && !found.columns.contains(it.key()))
                    found.columns.insert(it.key(), c);
            }
        }
        bool all = true;
        for (const QString &k : needed)
            all = all && found.columns.contains(k);
        if (all)
            return found;
    }
    return {};
}

const QStringList recordKeys{QStringLiteral("activity"), QStringLiteral("purposes"), QStringLiteral("data_subjects"),
                             QStringLiteral("data_categories")};

// The language whose record sheet the workbook has, or null.
const RecordTexts *languageOf(const Workbook &book)
{
    for (const RecordTexts &t : recordTexts()) {
        if (findTable(book, t, QStringLiteral("record"), recordKeys).sheet)
            return &t;
    }
    return nullptr;
}

class Reader
{
public:
    Reader(const Workbook &book, const RecordTexts &texts)
        : m_book(book)
        , m_texts(texts)
    {
    }

    TemplateImport run(const QList<ValueMapping> &values)
    {
        TemplateImport result;
        const TableSheet record = findTable(m_book, m_texts, QStringLiteral("record"), recordKeys);
        result.sheet = record.sheet->name;
        readRecord(record);
        readRecipients();
        readRetention();
        result.controller = organisation();
        Mapping mapping = m_table.mapping();
        mapping.values = values;
        result.plan = planImport(m_table.sheet(record.sheet->name), mapping, {true});
        for (ActivityDraft &a : result.plan.activities) {
            const int index = a.row - 2;
            a.row = m_sheetRows.value(index, a.row);
            a.internalRecipients = m_internal.value(index);
            if (a.controller.isEmpty())
                a.controller = result.controller;
            // The record states the duration and trigger beside the text: take them where the
            // text alone does not say.
            const auto known = [this](const QString &text, QString *duration, QString *trigger) {
                const auto it = m_retention.constFind(text);
                if (it == m_retention.cend() || !duration->isEmpty())
                    return;
                *duration = it->first;
                if (trigger->isEmpty())
                    *trigger = it->second;
            };
            known(a.retentionText, &a.retentionDuration, &a.retentionTrigger);
            for (RetentionDraft &r : a.moreRetention)
                known(r.text, &r.duration, &r.trigger);
            for (auto &[name, kind] : a.specialCategories) {
                if (const auto it = m_specials.constFind(name); it != m_specials.cend())
                    kind = *it;
            }
        }
        QList<UnresolvedValue> unresolved;
        for (UnresolvedValue u : std::as_const(result.plan.unresolved)) {
            if (u.field == Field::Retention && !m_retention.value(u.value).first.isEmpty())
                continue; // the retention sheet gives its duration
            for (int &r : u.rows)
                r = m_sheetRows.value(r - 2, r);
            unresolved.append(u);
        }
        result.plan.unresolved = unresolved;
        return result;
    }

private:
    QStringList lines(const Sheet &s, int row, int column) const
    {
        QStringList out;
        if (column < 0)
            return out;
        for (const QString &l : s.text(row, column).split(u'\n')) {
            const QString t = l.trimmed();
            if (!t.isEmpty() && t != m_texts.notStated && t != m_texts.noRecipients)
                out.append(t);
        }
        return out;
    }

    void readRecord(const TableSheet &record)
    {
        const Sheet &s = *record.sheet;
        static const QRegularExpression art9(QStringLiteral("\\b9\\s*\\(\\s*2\\s*\\)|\\b9\\.2\\b|Art\\.\\s*9\\b"));
        static const QRegularExpression art10(QStringLiteral("^Art\\.\\s*10\\b"));
        for (int r = 1; r < s.rows.size(); ++r) {
            const QString name = s.text(r, record.column("activity")).simplified();
            if (name.isEmpty())
                continue;
            const int row = m_table.addRow();
            m_rows.insert(name, row);
            m_sheetRows.append(r + 1);
            m_internal.append(QStringList());
            m_table.add(row, Field::Name, name);
            m_table.add(row, Field::Purpose, lines(s, r, record.column("purposes")).join(u'\n'));
            m_table.add(row, Field::DataSubjects, lines(s, r, record.column("data_subjects")).join(u'\n'));
            for (const QString &line : lines(s, r, record.column("data_categories"))) {
                if (line == m_texts.categoriesNotStated)
                    continue;
                if (line.startsWith(m_texts.sourcesPrefix)) { // "Sources: Name (kind); Name (kind)"
                    for (const QString &source : line.mid(m_texts.sourcesPrefix.size()).split(QStringLiteral("; "))) {
                        const qsizetype kind = source.lastIndexOf(QStringLiteral(" ("));
                        m_table.add(row, Field::Sources, kind > 0 ? source.left(kind) : source);
                    }
                    continue;
                }
                addCategory(row, line);
            }
            for (const QString &line : lines(s, r, record.column("lawful_basis"))) {
                if (art10.match(line).hasMatch())
                    continue;
                m_table.add(row, art9.match(line).hasMatch() ? Field::Art9Condition : Field::LawfulBasis, line);
            }
            for (const QString &line : lines(s, r, record.column("security")))
                m_table.add(row, Field::SecurityMeasures, line.section(QStringLiteral(": "), 0, 0));
        }
    }

    // "Name — for example: …", "Name (special category, Art. 9: health)".
    void addCategory(int row, QString line)
    {
        line = line.section(QStringLiteral(" \u2014 "), 0, 0).trimmed();
        const qsizetype mark = line.lastIndexOf(QStringLiteral(" ("));
        if (mark > 0 && line.endsWith(u')')) {
            const QString marks = line.mid(mark + 2, line.size() - mark - 3);
            const QString name = line.left(mark).trimmed();
            if (marks.startsWith(m_texts.categoryMarks)) {
                const QString kind = marks.mid(m_texts.categoryMarks.size()).section(u';', 0, 0).trimmed();
                if (const auto it = m_texts.specials.constFind(kind); it != m_texts.specials.cend())
                    m_specials.insert(name, *it);
                m_table.add(row, Field::SpecialCategories, name);
                return;
            }
            if (marks.contains(QStringLiteral("Art. 10"))) {
                m_table.add(row, Field::DataCategories, name);
                return;
            }
        }
        m_table.add(row, Field::DataCategories, line);
    }

    void readRecipients()
    {
        const TableSheet t = findTable(m_book, m_texts, QStringLiteral("recipients"),
                                       {QStringLiteral("activity"), QStringLiteral("recipient"),
                                        QStringLiteral("acts_as"), QStringLiteral("via")});
        if (!t.sheet)
            return;
        const Sheet &s = *t.sheet;
        const Reference &ref = Reference::instance();
        const QString categorySuffix = QStringLiteral(" (%1)").arg(Record::tr("category of recipients"));
        for (int r = 1; r < s.rows.size(); ++r) {
            const auto row = m_rows.constFind(s.text(r, t.column("activity")).simplified());
            // Direct recipients only: their chain is the own party alone.
            if (row == m_rows.cend() || s.text(r, t.column("via")).contains(u'\u2192'))
                continue;
            QString name = s.text(r, t.column("recipient")).simplified();
            if (name.endsWith(categorySuffix))
                name.chop(categorySuffix.size());
            const Role role = m_texts.roles.value(s.text(r, t.column("acts_as")).trimmed(), Role::Controller);
            switch (role) {
            case Role::Processor: m_table.add(*row, Field::Processors, name); break;
            case Role::Controller: m_table.add(*row, Field::Recipients, name); break;
            case Role::JointController: m_table.add(*row, Field::JointController, name); break;
            case Role::Internal: m_internal[*row].append(name); break;
            }
            const ResolvedCountries countries = resolveCountries(s.text(r, t.column("countries")));
            for (const QString &code : countries.codes) {
                if (code != u"EU" && code != u"EEA" && !ref.isEea(code))
                    m_table.add(*row, Field::ThirdCountries, code);
            }
        }
    }

    void readRetention()
    {
        const TableSheet t =
            findTable(m_book, m_texts, QStringLiteral("retention"),
                      {QStringLiteral("activity"), QStringLiteral("as_written"), QStringLiteral("duration")});
        if (!t.sheet)
            return;
        const Sheet &s = *t.sheet;
        static const QRegularExpression iso(QStringLiteral("\\((P[0-9YMWD]+)\\)\\s*$"));
        for (int r = 1; r < s.rows.size(); ++r) {
            const auto row = m_rows.constFind(s.text(r, t.column("activity")).simplified());
            if (row == m_rows.cend())
                continue;
            const QString written = lines(s, r, t.column("as_written")).join(u' ');
            const QRegularExpressionMatch m = iso.match(s.text(r, t.column("duration")));
            const QString line =
                reports::retentionLine(written, m.hasMatch() ? m.captured(1) : QString(),
                                       m.hasMatch() ? lines(s, r, t.column("trigger")).join(u' ') : QString());
            m_table.add(*row, Field::Retention, line);
            if (m.hasMatch())
                m_retention.insert(line.simplified(), {m.captured(1), lines(s, r, t.column("trigger")).join(u' ')});
        }
    }

    QString organisation() const
    {
        for (const Sheet &s : m_book.sheets) {
            for (int r = 0; r < std::min(int(s.rows.size()), 20); ++r) {
                if (s.text(r, 0).trimmed() == m_texts.organisation)
                    return s.text(r, 1).simplified();
            }
        }
        return {};
    }

    const Workbook &m_book;
    const RecordTexts &m_texts;
    FieldTable m_table;
    QHash<QString, int> m_rows; // activity name -> row of m_table
    QList<int> m_sheetRows;     // by row of m_table: the row of the record sheet (1-based)
    QList<QStringList> m_internal;
    QHash<QString, SpecialCategory> m_specials;              // category name -> its Art. 9 kind, as the record says
    QHash<QString, std::pair<QString, QString>> m_retention; // rule text -> its duration and trigger
};

} // namespace

bool looksLikeRopaXlsx(const Workbook &book)
{
    return book.format == u"xlsx" && languageOf(book) != nullptr;
}

TemplateImport readRopaXlsx(const Workbook &book, const QList<ValueMapping> &values)
{
    const RecordTexts *texts = languageOf(book);
    if (!texts) {
        TemplateImport result;
        result.error = Tr::tr("no sheet has the headings of Ropa's record of processing activities");
        return result;
    }
    return Reader(book, *texts).run(values);
}

} // namespace ropa::importer

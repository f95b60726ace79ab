#pragma once

// The Article 30 record as one plain structure: sections, tables, rows and cells, each column
// tagged with the Art. 30 item it answers. It is assembled once from a ProjectData
// (reportbuilder.h); every writer (HTML, PDF, ODT, XLSX, CSV, Markdown) is a view of it and
// adds nothing of its own, so all formats say the same thing.
//
// Text in a Report is already clean: control characters other than TAB and LF are replaced by
// their visible Unicode "control pictures" (U+2400...), CR LF and CR become LF. Escaping for a
// format (HTML, Markdown, CSV, XLSX) is the writer's job.

#include "domain/entities.h"
#include "domain/enums.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace ropa::reports {

// Art. 30(1): the controller's record; Art. 30(2): the processor's record.
enum class RecordType { Controller, Processor };

// A cell: one or more lines of text. A required cell with nothing in it is "not stated";
// writers show the report's notStatedText there (and highlight it where they can).
struct Cell
{
    QStringList lines;
    bool notStated = false;

    QString text() const { return lines.join(QLatin1Char('\n')); }
    static Cell of(const QString &line) { return Cell{{line}, false}; }
    static Cell of(const QStringList &lines) { return Cell{lines, false}; }
    static Cell missing() { return Cell{{}, true}; }
};

struct Column
{
    QString key;    // stable, untranslated ("purposes"): tests and machine readers use it
    QString title;  // translated header text
    QString item;   // the Art. 30 item it answers, e.g. "Art. 30(1)(b)"; empty for context columns
    int width = 20; // a width hint in characters (XLSX column width, PDF proportions)
};

struct Table
{
    QString key;        // "record", "recipients", "transfers", "retention", "controllers", "completeness"
    QString title;      // translated
    QString shortTitle; // translated, at most 31 characters: the XLSX sheet name
    QString note;       // one explanatory sentence, may be empty
    QList<Column> columns;
    QList<QList<Cell>> rows;

    int columnIndex(const QString &columnKey) const;
};

struct Section
{
    QString key;
    QString title;
    QStringList paragraphs;
    QList<Table> tables;
};

// One label/value pair of the cover page.
struct Fact
{
    QString label;
    QString value;
};

// Which required items an activity states.
struct ActivityStatus
{
    Id activity;
    QString name;
    int stated = 0;
    int required = 0;
    QStringList missing; // item labels, e.g. "Art. 30(1)(f)"
};

struct Completeness
{
    int stated = 0;
    int required = 0;
    // 0..100, rounded down; 100 for a record without required items.
    int percent() const { return required == 0 ? 100 : stated * 100 / required; }
};

struct Report
{
    RecordType type = RecordType::Controller;
    QString language;      // the language the texts are in ("en")
    QString title;         // "Record of processing activities (Art. 30(1) GDPR)"
    QString organisation;  // the own entity (or entities) the record is kept by
    QString dpo;           // "Name, e-mail" or empty
    QDate date;            // the date of the record
    QString scope;         // a readable description of the scope
    QString notStatedText; // "not stated" in the report's language
    QList<Fact> cover;     // organisation, DPO, date, scope, completeness
    QList<Section> sections;
    QList<ActivityStatus> activities;
    Completeness completeness;

    // The table with that key, in any section, or nullptr.
    const Table *table(const QString &key) const;
    // Every table, section by section.
    QList<const Table *> tables() const;
};

// What the record covers. Empty fields do not filter.
struct Scope
{
    Id ownEntity;             // only activities of this own party
    std::optional<Role> role; // only activities in this role
    QString owner;            // only activities with this owner (exact, case-insensitive)
};

struct Options
{
    RecordType type = RecordType::Controller;
    Scope scope;
    QString language = QStringLiteral("en");
    QDate date; // null: today
};

// The languages a record can be written in. "en" always; others once translations exist.
QStringList availableLanguages();

// While one is alive, the texts of a record (translation context "ropa::reports::Record") are
// translated into language on this thread, from ":/i18n/ropa_<language>.qm" ("en": the source
// texts), whatever language the application's own translators are in. buildReport() and the
// writers open one, so a record can be written in another language than the user interface's.
class LanguageScope
{
public:
    explicit LanguageScope(const QString &language);
    ~LanguageScope();
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

    // The language of the innermost scope on this thread ("en" outside every scope): for what
    // a record shows that is not a text of its own (country names, dates, numbers).
    static QString current();
    // The locale of current(): dates and numbers in the record's language.
    static QLocale locale();

private:
    QString m_previous;
};

// Dates and numbers in the language of the innermost LanguageScope: English keeps ISO 8601 dates
// and plain numbers; Dutch and German write "23 november 2026" / "23. November 2026" on the
// cover, "23-11-2026" / "23.11.2026" in tables, and group digits ("1.000"). The date formats are
// translations (context "ropa::reports::Record"), so a new language chooses its own.
QString recordDate(const QDate &date);      // the record's own date (cover, page headers)
QString recordShortDate(const QDate &date); // dates in tables and cells; "" for a null date
QString recordNumber(qint64 number);
QString recordPercent(int percent); // "91%", "91 %"

QString recordTypeKey(RecordType type); // "controller", "processor"
std::optional<RecordType> recordTypeFromKey(QStringView key);

// Replaces control characters (except TAB and LF) by visible control pictures and line breaks
// CR LF / CR by LF. Applied to every text that enters a Report.
QString cleanText(const QString &text);

} // namespace ropa::reports

// The record as an XLSX workbook (libxlsxwriter): a cover sheet, then a sheet per table with a
// frozen header, an autofilter, sensible widths and wrapped text.
//
// Security (ARCHITECTURE.md): user text only ever goes through worksheet_write_string (never a
// formula call), after xlsxText() has escaped a literal _xHHHH_ and cut text over 32,767
// characters. Every libxlsxwriter call that can fail is checked; a failure becomes a readable
// message and no file at the target (the workbook is built in a temporary directory).

#include "writers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace ropa::reports {

namespace {

class Record
{
    Q_DECLARE_TR_FUNCTIONS(ropa::reports::Record)
};

// Excel's rules for sheet names: at most 31 characters, none of []:*?/\ , unique.
QString sheetName(const QString &title, QStringList *used)
{
    QString name;
    for (const QChar c : title) {
        if (QStringLiteral("[]:*?/\\").contains(c) || c.unicode() < 0x20)
            continue;
        name += c;
    }
    name = name.trimmed();
    if (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    name = name.left(31);
    QString candidate = name;
    for (int n = 2; used->contains(candidate, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = name.left(31 - suffix.size()) + suffix;
    }
    used->append(candidate);
    return candidate;
}

class XlsxBuilder
{
public:
    explicit XlsxBuilder(const Report &report)
        : m_report(report)
    {
    }

    QString build(const QString &path);

private:
    bool check(lxw_error rc, const char *what);
    lxw_worksheet *addSheet(const QString &title);
    bool writeText(lxw_worksheet *ws, int row, int col, const QString &text, lxw_format *format);
    bool writeCover();
    bool setUpPrinting(lxw_worksheet *ws, const QString &title, bool repeatHeaderRow);
    bool writeTable(const Table &table);
    double rowHeight(const QList<Cell> &row, const QList<Column> &columns) const;

    const Report &m_report;
    lxw_workbook *m_book = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_text = nullptr;
    lxw_format *m_missing = nullptr;
    lxw_format *m_label = nullptr;
    lxw_format *m_title = nullptr;
    QStringList m_sheetNames;
    QString m_error;
};

bool XlsxBuilder::check(lxw_error rc, const char *what)
{
    if (rc == LXW_NO_ERROR)
        return true;
    if (m_error.isEmpty()) {
        m_error = Record::tr("cannot write the spreadsheet (%1): %2")
                      .arg(QString::fromLatin1(what), QString::fromUtf8(lxw_strerror(rc)));
    }
    return false;
}

lxw_worksheet *XlsxBuilder::addSheet(const QString &title)
{
    const QByteArray name = sheetName(title, &m_sheetNames).toUtf8();
    lxw_worksheet *ws = workbook_add_worksheet(m_book, name.constData());
    if (!ws && m_error.isEmpty())
        m_error = Record::tr("cannot write the spreadsheet: cannot add the sheet “%1”").arg(title);
    return ws;
}

bool XlsxBuilder::writeText(lxw_worksheet *ws, int row, int col, const QString &text, lxw_format *format)
{
    if (text.isEmpty())
        return check(worksheet_write_blank(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), format),
                     "blank");
    const QByteArray utf8 = xlsxText(text).toUtf8();
    return check(
        worksheet_write_string(ws, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), utf8.constData(), format),
        "write_string");
}

// How a sheet prints: A4 landscape, one page wide, the header row on every page, the
// organisation and the sheet's title in the page header and "Page X of N" in the footer.
bool XlsxBuilder::setUpPrinting(lxw_worksheet *ws, const QString &title, bool repeatHeaderRow)
{
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9); // A4
    worksheet_fit_to_pages(ws, 1, 0);
    // Header and footer codes start with '&'; a literal one is "&&". Excel allows 255
    // characters in all, codes included.
    auto literal = [](const QString &text, qsizetype maxBytes) {
        QString cut = text.simplified();
        QString escaped = QString(cut).replace(QLatin1Char('&'), QStringLiteral("&&"));
        while (escaped.toUtf8().size() > maxBytes && !cut.isEmpty()) {
            cut.chop(cut.size() > 1 && cut.at(cut.size() - 1).isLowSurrogate() ? 2 : 1);
            escaped = QString(cut + QChar(0x2026)).replace(QLatin1Char('&'), QStringLiteral("&&"));
        }
        return escaped;
    };
    const QString header =
        QStringLiteral("&L") + literal(m_report.organisation, 100) + QStringLiteral("&R") + literal(title, 100);
    const QString footer =
        QStringLiteral("&C") + literal(Record::tr("Page %1 of %2"), 60).arg(QStringLiteral("&P"), QStringLiteral("&N"));
    bool ok = check(worksheet_set_header(ws, header.toUtf8().constData()), "set_header") &&
              check(worksheet_set_footer(ws, footer.toUtf8().constData()), "set_footer");
    if (ok && repeatHeaderRow)
        ok = check(worksheet_repeat_rows(ws, 0, 0), "repeat_rows");
    return ok;
}

bool XlsxBuilder::writeCover()
{
    lxw_worksheet *ws = addSheet(Record::tr("Cover"));
    if (!ws)
        return false;
    bool ok = check(worksheet_set_column(ws, 0, 0, 30, m_label), "set_column") &&
              check(worksheet_set_column(ws, 1, 1, 100, m_text), "set_column") &&
              writeText(ws, 0, 0, m_report.title, m_title) && check(worksheet_set_row(ws, 0, 24, nullptr), "set_row") &&
              setUpPrinting(ws, m_report.title, false);
    int row = 2;
    for (const Fact &f : m_report.cover) {
        ok = ok && writeText(ws, row, 0, f.label, m_label) && writeText(ws, row, 1, f.value, m_text);
        ++row;
    }
    ++row;
    ok = ok && writeText(ws, row++, 0, Record::tr("Sheets"), m_label);
    for (const Section &s : m_report.sections) {
        for (const Table &t : s.tables) {
            const QString sheet = t.shortTitle.isEmpty() ? t.title : t.shortTitle;
            const QString what = t.note.isEmpty() ? t.title : QStringLiteral("%1: %2").arg(t.title, t.note);
            ok = ok && writeText(ws, row, 0, sheet, m_text) && writeText(ws, row, 1, what, m_text);
            ++row;
        }
    }
    return ok;
}

double XlsxBuilder::rowHeight(const QList<Cell> &row, const QList<Column> &columns) const
{
    int maxLines = 1;
    for (qsizetype c = 0; c < row.size() && c < columns.size(); ++c) {
        const double perLine = std::max(4.0, columns.at(c).width * 1.15);
        int lines = 0;
        const QStringList parts =
            row.at(c).notStated ? QStringList{m_report.notStatedText} : row.at(c).text().split(QLatin1Char('\n'));
        for (const QString &p : parts)
            lines +=
                std::max(1, static_cast<int>(std::ceil(std::min<qsizetype>(p.size(), XlsxMaxCellChars) / perLine)));
        maxLines = std::max(maxLines, lines);
    }
    return std::min(409.0, 15.0 * maxLines); // 409 points: Excel's maximum row height
}

bool XlsxBuilder::writeTable(const Table &table)
{
    lxw_worksheet *ws = addSheet(table.shortTitle.isEmpty() ? table.title : table.shortTitle);
    if (!ws)
        return false;
    bool ok = true;
    for (qsizetype c = 0; ok && c < table.columns.size(); ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        ok = check(worksheet_set_column(ws, col, col, table.columns.at(c).width, m_text), "set_column");
    }
    // Header: the column's title and the Art. 30 item it answers.
    int headerLines = 1;
    for (qsizetype c = 0; ok && c < table.columns.size(); ++c) {
        const Column &col = table.columns.at(c);
        const QString text = col.item.isEmpty() ? col.title : QStringLiteral("%1\n%2").arg(col.title, col.item);
        headerLines =
            std::max(headerLines, static_cast<int>(std::ceil(text.size() / std::max(4.0, col.width * 1.1))) + 1);
        ok = writeText(ws, 0, static_cast<int>(c), text, m_header);
    }
    ok = ok && check(worksheet_set_row(ws, 0, std::min(409.0, 15.0 * headerLines), nullptr), "set_row");
    for (qsizetype r = 0; ok && r < table.rows.size(); ++r) {
        const auto &row = table.rows.at(r);
        const int sheetRow = static_cast<int>(r) + 1;
        if (sheetRow >= static_cast<int>(LXW_ROW_MAX)) {
            m_error = Record::tr("cannot write the spreadsheet: the table “%1” has more rows than a sheet holds")
                          .arg(table.title);
            return false;
        }
        for (qsizetype c = 0; ok && c < row.size(); ++c) {
            const Cell &cell = row.at(c);
            ok = cell.notStated ? writeText(ws, sheetRow, static_cast<int>(c), m_report.notStatedText, m_missing)
                                : writeText(ws, sheetRow, static_cast<int>(c), cell.text(), m_text);
        }
        ok =
            ok && check(worksheet_set_row(ws, static_cast<lxw_row_t>(sheetRow), rowHeight(row, table.columns), nullptr),
                        "set_row");
    }
    if (!ok)
        return false;
    ok = setUpPrinting(ws, table.title, true);
    worksheet_freeze_panes(ws, 1, table.key == QLatin1StringView("record") ? 1 : 0);
    if (!table.columns.isEmpty()) {
        ok = check(worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                                        static_cast<lxw_col_t>(table.columns.size() - 1)),
                   "autofilter");
    }
    return ok;
}

QString XlsxBuilder::build(const QString &path)
{
    const QByteArray file = QFile::encodeName(path);
    const QByteArray tmp = QFile::encodeName(QFileInfo(path).absolutePath());
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = const_cast<char *>(tmp.constData()); // libxlsxwriter does not write to it
    options.use_zip64 = LXW_FALSE;
    m_book = workbook_new_opt(file.constData(), &options);
    if (!m_book)
        return Record::tr("cannot write the spreadsheet: out of memory or cannot create “%1”").arg(path);

    m_header = workbook_add_format(m_book);
    m_text = workbook_add_format(m_book);
    m_missing = workbook_add_format(m_book);
    m_label = workbook_add_format(m_book);
    m_title = workbook_add_format(m_book);
    if (!m_header || !m_text || !m_missing || !m_label || !m_title) {
        workbook_close(m_book);
        return Record::tr("cannot write the spreadsheet: out of memory");
    }
    for (lxw_format *f : {m_header, m_text, m_missing, m_label}) {
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    }
    format_set_bold(m_header);
    format_set_bg_color(m_header, 0xDDE4EE);
    format_set_border(m_header, LXW_BORDER_THIN);
    format_set_italic(m_missing);
    format_set_font_color(m_missing, 0xB00020);
    format_set_bold(m_label);
    format_set_bold(m_title);
    format_set_font_size(m_title, 16);

    const QByteArray title = xlsxText(m_report.title).toUtf8();
    const QByteArray company = xlsxText(m_report.organisation).toUtf8();
    lxw_doc_properties props{};
    props.title = const_cast<char *>(title.constData());
    props.company = const_cast<char *>(company.constData());
    bool ok = check(workbook_set_properties(m_book, &props), "set_properties");

    ok = ok && writeCover();
    for (const Section &s : m_report.sections) {
        for (const Table &t : s.tables)
            ok = ok && writeTable(t);
    }
    // Close always (it frees the workbook); its result counts too.
    const lxw_error closed = workbook_close(m_book);
    m_book = nullptr;
    if (ok)
        check(closed, "close");
    return m_error;
}

} // namespace

QString buildXlsxFile(const Report &report, const QString &path)
{
    const LanguageScope languageScope(report.language);
    return XlsxBuilder(report).build(path);
}

QByteArray toXlsx(const Report &report, QString *error)
{
    const LanguageScope languageScope(report.language);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = Record::tr("cannot write the spreadsheet: no temporary folder (%1)").arg(dir.errorString());
        return {};
    }
    const QString path = dir.filePath(QStringLiteral("record.xlsx"));
    const QString err = buildXlsxFile(report, path);
    if (!err.isEmpty()) {
        *error = err;
        return {};
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Record::tr("cannot write the spreadsheet: %1").arg(f.errorString());
        return {};
    }
    return f.readAll();
}

} // namespace ropa::reports

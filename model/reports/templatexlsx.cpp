// A template book as XLSX with libxlsxwriter; see templatebook.h. The same safety rules as the
// record's workbook (xlsxexport.cpp): text only through worksheet_write_string after
// xlsxText(), every return code checked, the file built in a private temporary folder.

#include "templatebook.h"
#include "writers.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace ropa::reports {

namespace {

class Record
{
    Q_DECLARE_TR_FUNCTIONS(ropa::reports::Record)
};

class TemplateXlsx
{
public:
    explicit TemplateXlsx(const TemplateBook &book)
        : m_book(book)
    {
    }

    QString build(const QString &path)
    {
        lxw_workbook_options options{};
        options.constant_memory = LXW_FALSE;
        options.use_zip64 = LXW_FALSE;
        m_workbook = workbook_new_opt(path.toUtf8().constData(), &options);
        if (!m_workbook)
            return Record::tr("cannot write the spreadsheet: libxlsxwriter could not start a workbook");
        m_text = workbook_add_format(m_workbook);
        format_set_text_wrap(m_text);
        format_set_align(m_text, LXW_ALIGN_VERTICAL_TOP);
        m_bold = workbook_add_format(m_workbook);
        format_set_text_wrap(m_bold);
        format_set_bold(m_bold);
        format_set_align(m_bold, LXW_ALIGN_VERTICAL_TOP);
        for (const TemplateSheet &sheet : m_book.sheets) {
            if (!writeSheet(sheet))
                break;
        }
        const lxw_error rc = workbook_close(m_workbook);
        if (m_error.isEmpty() && rc != LXW_NO_ERROR)
            check(rc, "workbook_close");
        return m_error;
    }

private:
    bool check(lxw_error rc, const char *what)
    {
        if (rc == LXW_NO_ERROR)
            return true;
        if (m_error.isEmpty())
            m_error = Record::tr("cannot write the spreadsheet (%1): %2")
                          .arg(QString::fromLatin1(what), QString::fromUtf8(lxw_strerror(rc)));
        return false;
    }

    bool writeSheet(const TemplateSheet &sheet)
    {
        lxw_worksheet *ws = workbook_add_worksheet(m_workbook, sheet.name.toUtf8().constData());
        if (!ws) {
            m_error = Record::tr("cannot write the spreadsheet: cannot add the sheet “%1”").arg(sheet.name);
            return false;
        }
        for (int c = 0; c < sheet.widths.size(); ++c) {
            if (!check(worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), sheet.widths.at(c), nullptr),
                       "worksheet_set_column"))
                return false;
        }
        for (const TemplateMerge &m : sheet.merges) {
            const TemplateCell *first = nullptr;
            if (m.row < sheet.rows.size() && m.column < sheet.rows.at(m.row).size())
                first = &sheet.rows.at(m.row).at(m.column);
            const QByteArray text = xlsxText(first ? first->text : QString()).toUtf8();
            if (!check(worksheet_merge_range(ws, lxw_row_t(m.row), lxw_col_t(m.column), lxw_row_t(m.lastRow),
                                             lxw_col_t(m.lastColumn), text.constData(),
                                             first && first->bold ? m_bold : m_text),
                       "worksheet_merge_range"))
                return false;
        }
        for (int r = 0; r < sheet.rows.size(); ++r) {
            const QList<TemplateCell> &row = sheet.rows.at(r);
            for (int c = 0; c < row.size(); ++c) {
                const TemplateCell &cell = row.at(c);
                if (cell.text.isEmpty() || inMerge(sheet, r, c))
                    continue;
                const QByteArray text = xlsxText(cell.text).toUtf8();
                if (!check(worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(c), text.constData(),
                                                  cell.bold ? m_bold : m_text),
                           "worksheet_write_string"))
                    return false;
            }
        }
        if (sheet.frozenRows > 0)
            worksheet_freeze_panes(ws, lxw_row_t(sheet.frozenRows), 0);
        return true;
    }

    static bool inMerge(const TemplateSheet &sheet, int row, int column)
    {
        for (const TemplateMerge &m : sheet.merges) {
            if (row >= m.row && row <= m.lastRow && column >= m.column && column <= m.lastColumn)
                return true;
        }
        return false;
    }

    const TemplateBook &m_book;
    lxw_workbook *m_workbook = nullptr;
    lxw_format *m_text = nullptr;
    lxw_format *m_bold = nullptr;
    QString m_error;
};

} // namespace

QByteArray templateToXlsx(const TemplateBook &book, QString *error)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = Record::tr("cannot write the spreadsheet: no temporary folder (%1)").arg(dir.errorString());
        return {};
    }
    const QString path = dir.filePath(QStringLiteral("template.xlsx"));
    if (const QString err = TemplateXlsx(book).build(path); !err.isEmpty()) {
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

// The record as HTML: a self-contained printable file (Browser), or the subset QTextDocument
// renders (RichText) for the Records view's preview. Every field goes through esc().

#include "pagedblocks.h"
#include "writers.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace ropa::reports {

namespace {

class Record
{
    Q_DECLARE_TR_FUNCTIONS(ropa::reports::Record)
};

// Escapes <, >, &, " and ' and keeps line breaks visible.
QString esc(const QString &text)
{
    QString s = text.toHtmlEscaped();
    s.replace(QLatin1Char('\''), QStringLiteral("&#39;"));
    s.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return s;
}

// QTextDocument lays out a very long unbroken word (a 40,000-character name) very slowly:
// offer a line break (U+200B, zero width) every 60 characters of such a run.
QString softBreaks(const QString &text)
{
    constexpr int run = 60;
    QString out;
    out.reserve(text.size() + text.size() / run);
    int since = 0;
    for (const QChar c : text) {
        since = c.isSpace() ? 0 : since + 1;
        out += c;
        if (since >= run) {
            out += QChar(char16_t(0x200b));
            since = 0;
        }
    }
    return out;
}

QString cellHtml(const Cell &cell, const QString &notStated, bool richText)
{
    if (cell.notStated) {
        return richText ? QStringLiteral("<td class=\"missing\"><i><font color=\"#b00020\">%1</font></i></td>")
                              .arg(esc(notStated))
                        : QStringLiteral("<td class=\"missing\">%1</td>").arg(esc(notStated));
    }
    QStringList lines;
    for (const QString &l : cell.lines) {
        // Inline "not stated" inside a longer text is highlighted as well.
        QString e = esc(richText ? softBreaks(l) : l);
        const QString marker = esc(notStated);
        if (!marker.isEmpty() && e.contains(marker)) {
            e.replace(marker, richText ? QStringLiteral("<i><font color=\"#b00020\">%1</font></i>").arg(marker)
                                       : QStringLiteral("<span class=\"missing\">%1</span>").arg(marker));
        }
        lines.append(e);
    }
    if (richText) {
        // QTextDocument's lists indent too much for narrow cells: a bullet per line instead.
        if (lines.size() > 1) {
            for (QString &l : lines)
                l.prepend(QStringLiteral("\u2022&nbsp;"));
        }
        return QStringLiteral("<td>%1</td>").arg(lines.join(QStringLiteral("<br/>")));
    }
    if (lines.size() <= 1)
        return QStringLiteral("<td>%1</td>").arg(lines.value(0));
    QString ul = QStringLiteral("<td><ul>");
    for (const QString &l : std::as_const(lines))
        ul += QStringLiteral("<li>%1</li>").arg(l);
    return ul + QStringLiteral("</ul></td>");
}

QString tableHtml(const Table &table, const QString &notStated, bool richText)
{
    QString h;
    h += QStringLiteral("<h3>%1</h3>\n").arg(esc(table.title));
    if (!table.note.isEmpty())
        h += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(table.note));
    if (table.rows.isEmpty()) {
        h += QStringLiteral("<p class=\"empty\">%1</p>\n").arg(esc(Record::tr("None.")));
        return h;
    }
    int totalWidth = 0;
    for (const Column &c : table.columns)
        totalWidth += c.width;
    // The rich text (the preview) gets the paged writer's widths, which follow the content (a
    // column is as wide as its longest words, no wider than its longest line), as shares of a
    // table of a thousand pixels; fonts need a QGuiApplication, without one the hints decide.
    std::vector<float> contentWidths;
    if (richText && qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        QFont header = paged::bodyFont();
        header.setBold(true);
        const QFont body = paged::bodyFont();
        contentWidths = columnWidths(table, 1000, header, 4, notStated, &body);
    }
    const QString open = QStringLiteral(
        "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\" style=\"border-color:#888888\">\n");
    h += richText ? open : QStringLiteral("<table data-table=\"%1\">\n").arg(esc(table.key));
    QString head = QStringLiteral("<thead><tr>");
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const Column &c = table.columns.at(i);
        const int pct = static_cast<size_t>(i) < contentWidths.size()
                            ? qMax(1, qRound(contentWidths[static_cast<size_t>(i)] / 10))
                            : (totalWidth ? qMax(1, c.width * 100 / totalWidth) : 10);
        const QString item =
            c.item.isEmpty() ? QString() : QStringLiteral("<br/><span class=\"item\">%1</span>").arg(esc(c.item));
        if (richText) {
            head += QStringLiteral("<th width=\"%1%\" bgcolor=\"#dde4ee\" align=\"left\">%2%3</th>")
                        .arg(pct)
                        .arg(esc(c.title), item);
        } else {
            head += QStringLiteral("<th data-column=\"%1\" style=\"width:%2%\">%3%4</th>")
                        .arg(esc(c.key))
                        .arg(pct)
                        .arg(esc(c.title), item);
        }
    }
    head += QStringLiteral("</tr></thead>\n<tbody>\n");
    h += head;
    // QTextDocument paginates one long table slowly (it grows worse than linearly with the
    // rows): for the paged formats the rows go into tables of at most 25 rows, each with the
    // header row, which reads the same.
    constexpr qsizetype chunk = 25;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const auto &row = table.rows.at(r);
        if (richText && r > 0 && r % chunk == 0)
            h += QStringLiteral("</tbody></table>\n") + open + head;
        h += QStringLiteral("<tr>");
        for (const Cell &cell : row)
            h += cellHtml(cell, notStated, richText);
        h += QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</tbody></table>\n");
    return h;
}

const char *browserStyle()
{
    return "body{font-family:\"DejaVu Sans\",Arial,sans-serif;font-size:10pt;color:#111;margin:1.5em;}"
           "h1{font-size:18pt;margin-bottom:.3em}h2{font-size:14pt;border-bottom:1px solid #888;margin-top:1.6em}"
           "h3{font-size:11pt;margin-bottom:.2em}p.note{color:#444;font-style:italic;margin-top:0}"
           "table{border-collapse:collapse;width:100%;margin-bottom:1em}"
           "th,td{border:1px solid #999;padding:3px 5px;vertical-align:top;text-align:left;"
           "overflow-wrap:anywhere;word-break:break-word}"
           "thead th{background:#dde4ee}thead{display:table-header-group}tr{break-inside:avoid}"
           "td ul{margin:0;padding-left:1.1em}.item{font-weight:normal;font-size:8pt;color:#345}"
           ".missing{color:#b00020;font-style:italic}table.facts{width:auto}table.facts th{background:#f0f0f0}"
           "@page{size:A4 landscape;margin:12mm}"
           "@media print{body{margin:0;font-size:8pt}section{break-before:page}nav a{color:#111}}";
}

} // namespace

namespace {

QString richHead(const Report &report)
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"/><title>%1</title></head><body>\n")
        .arg(esc(report.title));
}

// The cover and the contents (with the page of each section, when known).
QString coverHtml(const Report &report, bool rich, const QList<int> &sectionPages)
{
    QString h;
    h += rich
             ? QStringLiteral("<p>&nbsp;</p><p>&nbsp;</p><h1 style=\"font-size:20pt\">%1</h1>\n").arg(esc(report.title))
             : QStringLiteral("<header class=\"cover\">\n<h1>%1</h1>\n").arg(esc(report.title));
    h += rich ? QStringLiteral("<table border=\"0\" cellspacing=\"0\" cellpadding=\"4\">\n")
              : QStringLiteral("<table class=\"facts\">\n");
    for (const Fact &f : report.cover)
        h += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>\n").arg(esc(f.label), esc(f.value));
    h += QStringLiteral("</table>\n");
    if (!rich)
        h += QStringLiteral("</header>\n");

    const QString contents = Record::tr("Contents");
    if (rich) {
        h += QStringLiteral("<h2 style=\"page-break-before:always\">%1</h2>\n<table border=\"0\" cellspacing=\"0\" "
                            "cellpadding=\"3\">\n")
                 .arg(esc(contents));
        for (qsizetype i = 0; i < report.sections.size(); ++i) {
            const Section &s = report.sections.at(i);
            const QString page =
                i < sectionPages.size() ? QString::number(sectionPages.at(i)) : QStringLiteral("\u2007\u2007");
            h += QStringLiteral("<tr><td>%1.</td><td><a href=\"#sec-%2\">%3</a></td><td align=\"right\">%4</td></tr>\n")
                     .arg(i + 1)
                     .arg(esc(s.key), esc(s.title), page);
        }
        h += QStringLiteral("</table>\n");
    } else {
        h += QStringLiteral("<nav>\n<h2>%1</h2>\n<ol>\n").arg(esc(contents));
        for (const Section &s : report.sections)
            h += QStringLiteral("<li><a href=\"#sec-%1\">%2</a></li>\n").arg(esc(s.key), esc(s.title));
        h += QStringLiteral("</ol>\n</nav>\n");
    }
    return h;
}

QString sectionHtml(const Report &report, const Section &s, bool rich, bool pageBreak)
{
    QString h;
    if (rich) {
        h += QStringLiteral("<h2%1><a name=\"sec-%2\">%3</a></h2>\n")
                 .arg(pageBreak ? QStringLiteral(" style=\"page-break-before:always\"") : QString(), esc(s.key),
                      esc(s.title));
    } else {
        h += QStringLiteral("<section id=\"sec-%1\">\n<h2>%2</h2>\n").arg(esc(s.key), esc(s.title));
    }
    for (const QString &p : s.paragraphs)
        h += QStringLiteral("<p>%1</p>\n").arg(esc(p));
    for (const Table &t : s.tables)
        h += tableHtml(t, report.notStatedText, rich);
    if (!rich)
        h += QStringLiteral("</section>\n");
    return h;
}

} // namespace

QString toHtml(const Report &report, HtmlFlavour flavour, const QList<int> &sectionPages)
{
    const LanguageScope languageScope(report.language);
    const bool rich = flavour == HtmlFlavour::RichText;
    QString h;
    if (rich) {
        h += richHead(report);
    } else {
        h += QStringLiteral(
                 "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                 "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
                 "'unsafe-inline'\">\n"
                 "<meta name=\"generator\" content=\"Ropa\">\n<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n")
                 .arg(esc(report.language), esc(report.title), QString::fromLatin1(browserStyle()));
    }
    h += coverHtml(report, rich, sectionPages);
    for (const Section &s : report.sections)
        h += sectionHtml(report, s, rich, true);
    h += QStringLiteral("</body>\n</html>\n");
    return h;
}

} // namespace ropa::reports

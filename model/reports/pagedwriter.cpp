// The record on pages (PDF, printer) and as ODT, through a SafeTextDocument.
//
// Pages: the rich-text HTML is laid out at the page body's size; QTextDocument breaks tables
// between rows and repeats the header row (<thead>) on each page. Each page is drawn with a
// header (organisation, record, date) and a footer (page X of N); the cover page has neither.
// The contents list the page of each section, known once the sections are laid out.

#include "odtpages.h"
#include "safetextdocument.h"
#include "writers.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocumentWriter>

#include <memory>
#include <vector>

namespace ropa::reports {

namespace {

class Record
{
    Q_DECLARE_TR_FUNCTIONS(ropa::reports::Record)
};

QFont bodyFont()
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(7.5);
    return f;
}

bool haveGui(QString *error)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return true;
    *error = Record::tr("laying out text needs a QGuiApplication");
    return false;
}

// The right side of each page's header: the record and its date.
QString pageHeaderRight(const Report &report)
{
    return QStringLiteral("%1 \u2014 %2").arg(report.type == RecordType::Controller
                                                  ? Record::tr("Record of processing activities, Art. 30(1)")
                                                  : Record::tr("Record of processing activities, Art. 30(2)"),
                                              recordDate(report.date));
}

} // namespace

QString renderPaged(const Report &report, QPagedPaintDevice *device)
{
    const LanguageScope languageScope(report.language);
    QString error;
    if (!haveGui(&error))
        return error;
    QPainter painter;
    if (!painter.begin(device))
        return Record::tr("cannot start drawing the pages");

    const int dpi = device->logicalDpiY();
    const QRectF body = device->pageLayout().paintRectPixels(dpi);
    const qreal headerHeight = dpi * 0.32; // inches
    const qreal footerHeight = dpi * 0.28;
    const QSizeF pageSize(body.width(), body.height() - headerHeight - footerHeight);

    // One document per part (cover with contents, then each section): each part starts on a
    // new page anyway, and laying out parts is faster than one long document twice.
    std::vector<std::unique_ptr<SafeTextDocument>> parts;
    auto makePart = [&](const QString &html) {
        auto doc = std::make_unique<SafeTextDocument>();
        doc->documentLayout()->setPaintDevice(device);
        doc->setDefaultFont(bodyFont());
        doc->setDocumentMargin(0);
        doc->setPageSize(pageSize);
        doc->setHtml(html);
        return doc;
    };
    parts.push_back(makePart(richTextCover(report))); // placeholder page numbers: same layout
    QList<int> sectionPages;
    int next = parts.front()->pageCount() + 1;
    for (qsizetype i = 0; i < report.sections.size(); ++i) {
        parts.push_back(makePart(richTextSection(report, i)));
        sectionPages.append(next);
        next += parts.back()->pageCount();
    }
    parts.front()->setHtml(richTextCover(report, sectionPages));
    int pageCount = 0;
    for (const auto &part : parts)
        pageCount += part->pageCount();

    QFont small = bodyFont();
    small.setPointSizeF(7);
    const QString headerLeft = report.organisation;
    const QString headerRight = pageHeaderRight(report);
    int page = 0;
    for (const auto &part : parts) {
        const int partPages = part->pageCount();
        for (int p = 0; p < partPages; ++p, ++page) {
            if (page > 0 && !device->newPage()) {
                painter.end();
                return Record::tr("cannot start a new page");
            }
            painter.save();
            painter.translate(0, headerHeight - p * pageSize.height());
            QAbstractTextDocumentLayout::PaintContext ctx;
            ctx.clip = QRectF(0, p * pageSize.height(), pageSize.width(), pageSize.height());
            painter.setClipRect(ctx.clip);
            part->documentLayout()->draw(&painter, ctx);
            painter.restore();

            if (page == 0)
                continue; // the cover
            painter.setFont(small);
            painter.setPen(QColor(0x44, 0x44, 0x44));
            const QRectF head(0, 0, body.width(), headerHeight * 0.7);
            const QString left = painter.fontMetrics().elidedText(headerLeft, Qt::ElideRight, static_cast<int>(body.width() * 0.5));
            painter.drawText(head, Qt::AlignLeft | Qt::AlignTop, left);
            painter.drawText(head, Qt::AlignRight | Qt::AlignTop, headerRight);
            painter.drawLine(QPointF(0, headerHeight * 0.7), QPointF(body.width(), headerHeight * 0.7));
            const QRectF foot(0, body.height() - footerHeight * 0.7, body.width(), footerHeight * 0.7);
            painter.drawText(foot, Qt::AlignHCenter | Qt::AlignBottom, Record::tr("Page %1 of %2").arg(page + 1).arg(pageCount));
        }
    }
    if (!painter.end())
        return Record::tr("cannot finish the pages");
    return {};
}

QByteArray toPdf(const Report &report, QString *error)
{
    const LanguageScope languageScope(report.language);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("Ropa"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(12, 10, 12, 10), QPageLayout::Millimeter));
        const QString err = renderPaged(report, &writer);
        if (!err.isEmpty()) {
            *error = err;
            return {};
        }
    }
    return buffer.data();
}

QByteArray toOdt(const Report &report, QString *error)
{
    const LanguageScope languageScope(report.language);
    if (!haveGui(error))
        return {};
    SafeTextDocument doc;
    doc.setDefaultFont(bodyFont());
    doc.setHtml(toHtml(report, HtmlFlavour::RichText));
    doc.setMetaInformation(QTextDocument::DocumentTitle, report.title);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&doc)) {
        *error = Record::tr("cannot write the ODT document");
        return {};
    }
    // Qt writes no page style: add A4 landscape with header and page numbers.
    return withPageStyle(buffer.data(), {report.organisation, pageHeaderRight(report), Record::tr("Page %1 of %2")}, error);
}

} // namespace ropa::reports

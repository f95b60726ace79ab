// The record on pages: PDF (one QPdfWriter) and any paged device (a printer).
//
// Pages are made in three steps:
//   1. Every piece of text (a table cell, a heading, a paragraph) becomes a Block and is
//      measured on several threads (pagedblocks.h); a table's columns get widths that follow
//      their content (columnwidths.cpp).
//   2. The blocks are put on pages (pager.h, recordlayout.h): now the number of pages and the
//      page of each section, for the contents, are known.
//   3. The pages are drawn in order (pagedrawer.h), their text laid out again a few dozen pages
//      ahead on other threads (inker.h).
// One writer draws the whole record (docs/decisions/0006): a long export runs on a worker
// thread and reports its progress, so its speed is not the window's.

#include "pagedrawer.h"
#include "recordlayout.h"
#include "writers.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPdfWriter>

namespace ropa::reports {

namespace {

class Record
{
    Q_DECLARE_TR_FUNCTIONS(ropa::reports::Record)
};

bool haveGui(QString *error)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return true;
    *error = Record::tr("laying out text needs a QGuiApplication");
    return false;
}

void setUpPdfWriter(QPdfWriter &writer, const Report &report)
{
    writer.setResolution(300);
    writer.setTitle(report.title);
    writer.setCreator(QStringLiteral("Ropa"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 10, 12, 10),
                                     QPageLayout::Millimeter));
}

} // namespace

QString renderPaged(const Report &report, QPagedPaintDevice *device, const PagedOptions &options)
{
    const LanguageScope languageScope(report.language);
    QString error;
    if (!haveGui(&error))
        return error;
    const int dpiY = device->logicalDpiY();
    const std::unique_ptr<paged::RecordLayout> laid =
        paged::layOutRecord(report, options, device->logicalDpiX(), dpiY, device->pageLayout().paintRectPixels(dpiY));
    return paged::drawPages(*laid, device, 0, static_cast<int>(laid->pages.size()), laid->threads - 1,
                            options.progress);
}

QByteArray toPdf(const Report &report, QString *error, const PagedOptions &options)
{
    const LanguageScope languageScope(report.language);
    if (!haveGui(error))
        return {};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUpPdfWriter(writer, report);
        const int dpi = writer.resolution();
        const std::unique_ptr<paged::RecordLayout> laid =
            paged::layOutRecord(report, options, dpi, dpi, writer.pageLayout().paintRectPixels(dpi));
        *error = paged::drawPages(*laid, &writer, 0, static_cast<int>(laid->pages.size()), laid->threads - 1,
                                  options.progress);
        if (!error->isEmpty())
            return {};
    }
    return buffer.data();
}

} // namespace ropa::reports

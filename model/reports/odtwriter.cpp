// The record as ODT: the rich-text HTML in a SafeTextDocument written by Qt's ODF writer, in a
// package with the record's page style (odtpages.h).

#include "odtpages.h"
#include "pagedblocks.h"
#include "recordlayout.h"
#include "safetextdocument.h"
#include "writers.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextDocumentWriter>

namespace ropa::reports {

namespace {

class Record
{
    Q_DECLARE_TR_FUNCTIONS(ropa::reports::Record)
};

} // namespace

QByteArray toOdt(const Report &report, QString *error)
{
    const LanguageScope languageScope(report.language);
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = Record::tr("laying out text needs a QGuiApplication");
        return {};
    }
    SafeTextDocument doc;
    doc.setDefaultFont(paged::bodyFont());
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
    return withPageStyle(buffer.data(), {report.organisation, paged::pageHeaderRight(report), Record::tr("Page %1 of %2")},
                         error);
}

} // namespace ropa::reports

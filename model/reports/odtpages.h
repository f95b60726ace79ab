#pragma once

// Qt's ODF writer (QTextDocumentWriter "odf") writes content.xml only: no styles.xml, so an
// office suite prints the record on its default page, portrait, without page numbers. This
// adds the page style of the record: A4 landscape, the organisation and the record's title
// in the page header, "Page X of N" in the footer.

#include <QByteArray>
#include <QString>

namespace ropa::reports {

struct OdtPageStyle
{
    QString headerLeft;   // the organisation
    QString headerRight;  // the record and its date
    QString footer;       // "Page %1 of %2": %1 becomes the page number, %2 the page count
};

// styles.xml with the page style.
QByteArray pageStylesXml(const OdtPageStyle &style);

// The ODT package `odt` (as Qt writes it) written anew with libzip (odtpackage.h), with
// styles.xml added and listed in the manifest. Returns an empty array and a readable *error
// when `odt` is not such a package.
QByteArray withPageStyle(const QByteArray &odt, const OdtPageStyle &style, QString *error);

} // namespace ropa::reports

#pragma once

// Reading a vendor's subprocessor list from a file: the format told by the file name or its
// content, the text decoded, the tables found and resolved.

#include "subprocessors/subprocessorlist.h"

#include <QByteArray>
#include <QString>

namespace ropa::subprocessors {

// bytes: the file's content; fileName: for its extension (.csv, .tsv, .md, .html, .htm, .txt),
// may be empty. Decoded as import/textdecode.h tells (UTF-8 with or without BOM, UTF-16 with a
// BOM); text that is not UTF-8 is read as Windows-1252 with a note.
SubprocessorList readList(const QByteArray &bytes, const QString &fileName = QString());
// Reads a file; a file that cannot be opened or is over 200 MB gives an error.
SubprocessorList readListFile(const QString &path);

} // namespace ropa::subprocessors

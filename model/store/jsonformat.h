#pragma once

// The JSON interchange format, version 2 (docs/json-format.md, after JSON-FORMAT.md); files
// of version 1 are read with the meaning version 1 gave them.
// Writing is canonical: keys in the documented order, entities sorted by id, two-space
// indent, so a file written, read and written again is byte-identical. Reading validates
// everything and imports nothing from an invalid file.

#include "domain/projectdata.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace ropa::json {

inline constexpr int FormatVersion = 2;
// Larger input is refused before parsing (a project of 50,000 transfers is ~40 MB).
inline constexpr qint64 MaxInputBytes = 512ll * 1024 * 1024;

struct ReadResult
{
    std::optional<ProjectData> data;
    QString error;        // the first problem (naming the entity and the key) and how many more
    QStringList problems; // every problem found, up to a limit
};

ReadResult readProject(const QByteArray &json);
ReadResult readProjectFile(const QString &path);
QByteArray writeProject(const ProjectData &data);

} // namespace ropa::json

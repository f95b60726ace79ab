#pragma once

// The pieces every part of the store builds its messages from. Messages a user reads when
// opening, saving or importing are translated in the context "ropa::store"; the English texts
// are the source texts.

#include "domain/validation.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QString>

namespace ropa::store {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::store)
};

// A name or value in quotation marks.
QString quoted(const QString &text);
// The file's name (without its folder), quoted.
QString fileLabel(const QString &path);
QString fromUtf8(const char *text);
Error makeError(ErrorCode code, const QString &message);
// The first problem, and how many more there are.
QString describeProblems(const QList<Problem> &problems);

} // namespace ropa::store

#include "store/storemessages.h"

#include <QFileInfo>

namespace ropa::store {

QString quoted(const QString &text)
{
    return Tr::tr("“%1”", "a name or value in quotation marks").arg(text);
}

QString fileLabel(const QString &path)
{
    return quoted(QFileInfo(path).fileName());
}

QString fromUtf8(const char *text)
{
    return QString::fromUtf8(text);
}

Error makeError(ErrorCode code, const QString &message)
{
    return Error{code, message};
}

QString describeProblems(const QList<Problem> &problems)
{
    QString message = problems.first().describe();
    if (problems.size() > 1)
        message += Tr::tr(" (and %1 more problems)").arg(problems.size() - 1);
    return message;
}

} // namespace ropa::store

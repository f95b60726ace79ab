#include "reporthelpers.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace ropa::test {

reports::Report build(const ProjectData &d, reports::RecordType type, const reports::Scope &scope)
{
    reports::Options o;
    o.type = type;
    o.scope = scope;
    o.date = fixedDate;
    return buildReport(d, o);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString python()
{
    if (QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
        return QStringLiteral("/usr/bin/python3");
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

QJsonObject readXlsx(const QString &path)
{
    QProcess p;
    p.start(python(), {QStringLiteral(ROPA_SOURCE_DIR "/tests/reports/read_xlsx.py"), path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("%s", p.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QJsonArray sheetRows(const QJsonObject &book, const QString &name)
{
    for (const auto v : book.value(QStringLiteral("sheets")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject().value(QStringLiteral("rows")).toArray();
    }
    return {};
}

QString squeeze(QString s)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return s.remove(space);
}

bool havePdftotext()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

} // namespace ropa::test

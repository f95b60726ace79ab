#include "installpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

namespace ropa::install {

namespace {

// The folders to look in, the installed one first.
QStringList translationDirs()
{
    return {dataDir() + QStringLiteral("/translations"), QStringLiteral(":/i18n")};
}

} // namespace

QString dataDir()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/ropa"));
}

bool loadTranslation(QTranslator &translator, const QString &language)
{
    for (const QString &dir : translationDirs()) {
        if (QFileInfo::exists(dir + QStringLiteral("/ropa_") + language + QStringLiteral(".qm")) &&
            translator.load(QStringLiteral("ropa_") + language, dir))
            return true;
    }
    return false;
}

bool loadTranslation(QTranslator &translator, const QLocale &locale)
{
    for (const QString &dir : translationDirs()) {
        if (translator.load(locale, QStringLiteral("ropa"), QStringLiteral("_"), dir))
            return true;
    }
    return false;
}

} // namespace ropa::install

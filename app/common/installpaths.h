#pragma once

// Where the installed program finds its data files: relative to the executable, so that any
// install prefix works (bin/ropa finds ../share/ropa/...), with the copies compiled into the
// program as the fallback (which is also what a run from the build folder uses).

#include <QString>

class QLocale;
class QTranslator;

namespace ropa::install {

// <prefix>/share/ropa for an executable in <prefix>/bin (it need not exist).
QString dataDir();

// Loads the program's translation ropa_<language>.qm into translator: from
// <prefix>/share/ropa/translations when that file exists, else from the copy compiled into
// the program (":/i18n"). Either for a language code ("nl") or for the best match of a
// locale's UI languages. Returns whether one was loaded.
bool loadTranslation(QTranslator &translator, const QString &language);
bool loadTranslation(QTranslator &translator, const QLocale &locale);

} // namespace ropa::install

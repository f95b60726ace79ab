#include "checkcontext.h"

#include "reference/reference.h"

#include <QCoreApplication>

namespace ropa::checks {

QString tr(const char *text, const char *comment, int n)
{
    QString translated = QCoreApplication::translate("ropa::checks", text, comment, n);
    // Without a translation (English) Qt leaves the "(s)" of a plural source text.
    if (n >= 0)
        translated.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return translated;
}

QString quoted(const QString &name)
{
    return name.isEmpty() ? tr("(no name)") : name;
}

QString countryName(const QString &code)
{
    if (code == u"EU")
        return tr("the EU");
    // In the language of the user interface (iso-codes' translation).
    const QString name = Reference::instance().countryName(code);
    return name.isEmpty() ? code : name;
}

QString countryNames(const QStringList &codes)
{
    QStringList names;
    for (const QString &c : codes)
        names.append(countryName(c));
    return names.join(QStringLiteral(", "));
}

// Whether a title is written in lower case inside a sentence: not in German, whose nouns
// ("Einwilligung", "Standardvertragsklauseln") keep their capital letter.
bool lowerCaseInSentence(const QString &language)
{
    return !language.startsWith(QLatin1StringView("de"));
}

QString mechanismTitle(Mechanism m)
{
    switch (m) {
    case Mechanism::PrivacyShield: return tr("the EU-U.S. Privacy Shield");
    case Mechanism::SafeHarbour: return tr("Safe Harbour");
    default: break;
    }
    const QString language = Reference::displayLanguage();
    const LegalItem *item = Reference::instance().mechanism(m);
    QString title = item ? item->titleIn(language) : enumToString(m);
    // "Standard contractual clauses" reads "standard contractual clauses" inside a sentence;
    // "EU-U.S. Data Privacy Framework" stays as it is. German nouns keep their capital.
    if (lowerCaseInSentence(language) && title.size() > 1 && title.at(1).isLower())
        title[0] = title.at(0).toLower();
    return title;
}

bool containsAny(const QString &text, std::initializer_list<const char16_t *> needles)
{
    for (const char16_t *n : needles) {
        if (text.contains(QStringView(n), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace ropa::checks

// Name keys and location resolution for subprocessor lists.

#include "subprocessors/resolve.h"

#include "reference/reference.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace ropa::subprocessors {

QString foldText(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(c.toLower());
    }
    return out.simplified();
}

QString nameKey(const QString &name)
{
    static const QSet<QString> legalForms{
        QStringLiteral("inc"),  QStringLiteral("incorporated"), QStringLiteral("ltd"),  QStringLiteral("limited"),
        QStringLiteral("llc"),  QStringLiteral("llp"),          QStringLiteral("lp"),   QStringLiteral("plc"),
        QStringLiteral("corp"), QStringLiteral("corporation"),  QStringLiteral("co"),   QStringLiteral("gmbh"),
        QStringLiteral("ag"),   QStringLiteral("kg"),           QStringLiteral("ug"),   QStringLiteral("se"),
        QStringLiteral("bv"),   QStringLiteral("nv"),           QStringLiteral("vof"),  QStringLiteral("sa"),
        QStringLiteral("sas"),  QStringLiteral("sarl"),         QStringLiteral("sasu"), QStringLiteral("srl"),
        QStringLiteral("spa"),  QStringLiteral("sl"),           QStringLiteral("ab"),   QStringLiteral("oy"),
        QStringLiteral("as"),   QStringLiteral("asa"),          QStringLiteral("aps"),  QStringLiteral("pty"),
        QStringLiteral("kk"),   QStringLiteral("pte"),          QStringLiteral("pvt"),  QStringLiteral("private"),
        QStringLiteral("bvba"), QStringLiteral("sprl"),
    };
    QString folded = foldText(name);
    folded.remove(u'.'); // "B.V." -> "bv", "S.A." -> "sa"
    folded.replace(u'&', QStringLiteral(" and "));
    QStringList words;
    QString word;
    for (const QChar c : std::as_const(folded)) {
        if (c.isLetterOrNumber()) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    while (words.size() > 1 && legalForms.contains(words.constLast()))
        words.removeLast();
    return words.join(u' ');
}

namespace {

struct Lookup
{
    QHash<QString, QString> codes; // folded name -> code ("US", "EU", "EEA")
    QSet<QString> notStated;
};

QString foldPlace(const QString &s)
{
    QString f = foldText(s);
    f.remove(u'.');
    f.replace(u'-', u' ');
    f.replace(u'\'', u' ');
    f = f.simplified();
    if (f.startsWith(QStringLiteral("the ")))
        f.remove(0, 4);
    return f;
}

const Lookup &lookup()
{
    static const Lookup table = [] {
        Lookup t;
        const Reference &ref = Reference::instance();
        const QStringList languages = ref.countryNameLanguages();
        for (const Country &c : ref.countries()) {
            t.codes.insert(foldPlace(c.name), c.code);
            if (!c.isoName.isEmpty())
                t.codes.insert(foldPlace(c.isoName), c.code);
        }
        // A translated name never replaces an English one it happens to spell.
        for (const Country &c : ref.countries()) {
            for (const QString &lang : languages) {
                const QString name = foldPlace(ref.countryName(c.code, lang));
                if (!t.codes.contains(name))
                    t.codes.insert(name, c.code);
            }
        }
        // Names lists use that iso-codes spells otherwise, and French names of the countries
        // subprocessors are most often in.
        const std::pair<const char *, const char *> aliases[] = {
            {"usa", "US"},
            {"us", "US"},
            {"united states of america", "US"},
            {"america", "US"},
            {"etats unis", "US"},
            {"vereinigte staaten", "US"},
            {"verenigde staten", "US"},
            {"uk", "GB"},
            {"great britain", "GB"},
            {"britain", "GB"},
            {"england", "GB"},
            {"scotland", "GB"},
            {"wales", "GB"},
            {"northern ireland", "GB"},
            {"royaume uni", "GB"},
            {"vereinigtes konigreich", "GB"},
            {"holland", "NL"},
            {"pays bas", "NL"},
            {"allemagne", "DE"},
            {"irlande", "IE"},
            {"republic of ireland", "IE"},
            {"belgique", "BE"},
            {"suisse", "CH"},
            {"espagne", "ES"},
            {"italie", "IT"},
            {"suede", "SE"},
            {"danemark", "DK"},
            {"norvege", "NO"},
            {"finlande", "FI"},
            {"pologne", "PL"},
            {"autriche", "AT"},
            {"japon", "JP"},
            {"inde", "IN"},
            {"chine", "CN"},
            {"australie", "AU"},
            {"bresil", "BR"},
            {"singapour", "SG"},
            {"coree du sud", "KR"},
            {"south korea", "KR"},
            {"korea", "KR"},
            {"russia", "RU"},
            {"vietnam", "VN"},
            {"taiwan", "TW"},
            {"mexique", "MX"},
            {"nouvelle zelande", "NZ"},
            {"israel", "IL"},
            {"philippines", "PH"},
            {"eu", "EU"},
            {"european union", "EU"},
            {"europese unie", "EU"},
            {"europaische union", "EU"},
            {"union europeenne", "EU"},
            {"ue", "EU"},
            {"eea", "EEA"},
            {"european economic area", "EEA"},
            {"eer", "EEA"},
            {"ewr", "EEA"},
            {"europese economische ruimte", "EEA"},
            {"europaischer wirtschaftsraum", "EEA"},
            {"espace economique europeen", "EEA"},
            {"eee", "EEA"},
        };
        for (const auto &[name, code] : aliases)
            t.codes.insert(QString::fromLatin1(name), QString::fromLatin1(code));
        for (const char *s : {"global", "worldwide", "world wide", "international", "various", "multiple", "n/a", "na",
                              "none stated", "not stated", "tbd", "weltweit", "wereldwijd", "mondial", "monde entier",
                              "-", "\xe2\x80\x93", "\xe2\x80\x94"})
            t.notStated.insert(QString::fromUtf8(s));
        return t;
    }();
    return table;
}

} // namespace

ResolvedLocation resolveLocation(const QString &cell)
{
    ResolvedLocation r;
    static const QRegularExpression separators(QStringLiteral("[,;/()\\n\\r\\t&+]|\\s(?:and|en|und|et)\\s"),
                                               QRegularExpression::CaseInsensitiveOption);
    const Lookup &t = lookup();
    const Reference &ref = Reference::instance();
    const QString whole = cell.simplified();
    if (whole.isEmpty() || t.notStated.contains(foldPlace(whole)) || t.notStated.contains(whole)) {
        r.notStated = true;
        r.saysVague = !whole.isEmpty();
        if (!whole.isEmpty())
            r.unresolved.append(whole);
        return r;
    }
    for (QString part : cell.split(separators)) {
        part = part.trimmed();
        if (part.startsWith(QStringLiteral("and "), Qt::CaseInsensitive)) // ", and Japan"
            part = part.mid(4).trimmed();
        if (part.isEmpty())
            continue;
        const QString folded = foldPlace(part);
        if (t.notStated.contains(folded) || t.notStated.contains(part)) {
            r.saysVague = true;
            r.unresolved.append(part);
            continue;
        }
        QString code = t.codes.value(folded);
        // A code is read only where it is written in capitals ("DE", not the word "de").
        if (code.isEmpty() && part.size() == 2 && part == part.toUpper() && ref.isCountryCode(part))
            code = part;
        if (code.isEmpty()) {
            r.unresolved.append(part);
            continue;
        }
        if (!r.countries.contains(code))
            r.countries.append(code);
    }
    if (r.countries.isEmpty())
        r.notStated = true;
    return r;
}

} // namespace ropa::subprocessors

// Computing and presenting the change between two versions of a subprocessor list.

#include "subprocessors/listdiff.h"

#include "subprocessors/rawtable.h"
#include "subprocessors/resolve.h"

#include "reference/reference.h"

#include <QJsonArray>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace ropa::subprocessors {

namespace {

// One subprocessor of a list: its rows with the same key merged.
struct Merged
{
    QString key;
    QString name;
    QStringList countries;
    QString location;
    QString purpose;
    QString dataShared;
    QSet<QString> seen;   // the cell values already merged, as "field:value"
};

void appendDistinct(Merged &m, QString &to, char field, const QString &value)
{
    if (value.isEmpty())
        return;
    const QString tagged = QLatin1Char(field) + value;
    if (m.seen.contains(tagged))
        return;
    m.seen.insert(tagged);
    to = to.isEmpty() ? value : to + u'\n' + value;
}

QList<Merged> merge(const SubprocessorList &list)
{
    QList<Merged> out;
    QHash<QString, qsizetype> index;
    for (const SubprocessorRow &row : list.rows) {
        auto it = index.constFind(row.key);
        if (it == index.cend()) {
            it = index.insert(row.key, out.size());
            out.append(Merged{row.key, row.name, {}, {}, {}, {}, {}});
        }
        Merged &m = out[*it];
        for (const QString &c : row.countries) {
            if (!m.countries.contains(c))
                m.countries.append(c);
        }
        appendDistinct(m, m.location, 'l', row.location.isEmpty() ? row.corporateLocation : row.location);
        appendDistinct(m, m.purpose, 'p', row.purpose);
        appendDistinct(m, m.dataShared, 'd', row.dataShared);
    }
    return out;
}

DiffEntry entry(const Merged &m)
{
    return {m.name, m.countries, m.location, m.purpose};
}

QString firstWord(const QString &key)
{
    return key.section(u' ', 0, 0);
}

bool sameText(const QString &a, const QString &b)
{
    return foldText(a) == foldText(b);
}

// Above these, renames are found by the shared first word only: the edit distance of every
// pair would take minutes on lists that are not a vendor's.
constexpr double maxSimilarityPairs = 1e6;
constexpr qsizetype maxKeyForSimilarity = 200;
// Short names are too easily similar ("Acme A", "Acme B"), and names that differ in a number
// ("Region 1", "Region 2") are different entities.
constexpr double minSimilarity = 0.85;
constexpr qsizetype minKeyForSimilarity = 8;

QString digits(const QString &key)
{
    QString d;
    for (const QChar c : key) {
        if (c.isDigit())
            d.append(c);
    }
    return d;
}

void compare(const Merged &o, const Merged &n, ListDiff &diff)
{
    QStringList oldSorted = o.countries, newSorted = n.countries;
    oldSorted.sort();
    newSorted.sort();
    const bool locationChanged = (o.countries.isEmpty() && n.countries.isEmpty()) ? !sameText(o.location, n.location)
                                                                                  : oldSorted != newSorted;
    if (locationChanged)
        diff.changed.append({n.name, n.countries, ChangedField::Location, o.location, n.location, o.countries});
    if (!sameText(o.purpose, n.purpose))
        diff.changed.append({n.name, n.countries, ChangedField::Purpose, o.purpose, n.purpose, {}});
    if (!sameText(o.dataShared, n.dataShared))
        diff.changed.append({n.name, n.countries, ChangedField::DataShared, o.dataShared, n.dataShared, {}});
}

QJsonArray codes(const QStringList &countries)
{
    return QJsonArray::fromStringList(countries);
}

QString countryNames(const QStringList &codes)
{
    if (codes.isEmpty())
        return Tr::tr("not stated");
    QStringList names;
    const Reference &ref = Reference::instance();
    for (const QString &c : codes)
        names.append(ref.isCountryCode(c) ? ref.countryName(c) : c);
    return names.join(QStringLiteral(", "));
}

QString oneLine(const QString &s)
{
    return s.isEmpty() ? Tr::tr("(empty)") : s.split(u'\n').join(QStringLiteral("; "));
}

} // namespace

double similarity(const QString &a, const QString &b)
{
    const qsizetype n = a.size(), m = b.size();
    if (n == 0 && m == 0)
        return 1.0;
    QList<qsizetype> prev(m + 1), cur(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        prev[j] = j;
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = i;
        for (qsizetype j = 1; j <= m; ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
        std::swap(prev, cur);
    }
    return 1.0 - double(prev[m]) / double(std::max(n, m));
}

ListDiff diffLists(const SubprocessorList &oldList, const SubprocessorList &newList)
{
    ListDiff diff;
    const QList<Merged> olds = merge(oldList);
    const QList<Merged> news = merge(newList);
    QHash<QString, qsizetype> newIndex;
    for (qsizetype i = 0; i < news.size(); ++i)
        newIndex.insert(news.at(i).key, i);
    QList<bool> newMatched(news.size(), false);
    QList<qsizetype> oldUnmatched;
    for (qsizetype i = 0; i < olds.size(); ++i) {
        const auto it = newIndex.constFind(olds.at(i).key);
        if (it == newIndex.cend()) {
            oldUnmatched.append(i);
            continue;
        }
        newMatched[*it] = true;
        compare(olds.at(i), news.at(*it), diff);
    }
    QList<qsizetype> newUnmatched;
    for (qsizetype j = 0; j < news.size(); ++j) {
        if (!newMatched.at(j))
            newUnmatched.append(j);
    }

    // Candidate renames, best first: a shared first word counts only when it is the only
    // unmatched name with that first word on each side (else "Acme A" -> "Acme B" is a guess).
    // The edit distance is only measured where the pairs are few enough to be a vendor's list.
    QHash<QString, QList<qsizetype>> oldByWord, newByWord;
    for (const qsizetype o : std::as_const(oldUnmatched))
        oldByWord[firstWord(olds.at(o).key)].append(o);
    for (const qsizetype n : std::as_const(newUnmatched))
        newByWord[firstWord(news.at(n).key)].append(n);
    struct Candidate
    {
        double score;
        qsizetype o, n;
        QString reason;
    };
    QList<Candidate> candidates;
    const bool measure = double(oldUnmatched.size()) * double(newUnmatched.size()) <= maxSimilarityPairs;
    for (const qsizetype o : std::as_const(oldUnmatched)) {
        const QString &ok = olds.at(o).key;
        const QString word = firstWord(ok);
        const QList<qsizetype> sameWord = newByWord.value(word);
        qsizetype stemPartner = -1;
        if (word.size() >= 3 && sameWord.size() == 1 && oldByWord.value(word).size() == 1
            && digits(ok) == digits(news.at(sameWord.first()).key))
            stemPartner = sameWord.first();
        if (!measure) {
            if (stemPartner >= 0)
                candidates.append({similarity(ok, news.at(stemPartner).key), o, stemPartner, QStringLiteral("stem")});
            continue;
        }
        for (const qsizetype n : std::as_const(newUnmatched)) {
            const QString &nk = news.at(n).key;
            const qsizetype longer = std::max(ok.size(), nk.size());
            const double sim = longer <= maxKeyForSimilarity ? similarity(ok, nk) : 0.0;
            if (sim >= minSimilarity && longer >= minKeyForSimilarity && digits(ok) == digits(nk))
                candidates.append({sim + 1.0, o, n, QStringLiteral("similar")});
            else if (n == stemPartner)
                candidates.append({sim, o, n, QStringLiteral("stem")});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    QSet<qsizetype> usedOld, usedNew;
    for (const Candidate &c : std::as_const(candidates)) {
        if (usedOld.contains(c.o) || usedNew.contains(c.n))
            continue;
        usedOld.insert(c.o);
        usedNew.insert(c.n);
        diff.renamed.append({olds.at(c.o).name, news.at(c.n).name, news.at(c.n).countries, c.reason});
        compare(olds.at(c.o), news.at(c.n), diff);
    }
    for (const qsizetype o : std::as_const(oldUnmatched)) {
        if (!usedOld.contains(o))
            diff.removed.append(entry(olds.at(o)));
    }
    for (const qsizetype n : std::as_const(newUnmatched)) {
        if (!usedNew.contains(n))
            diff.added.append(entry(news.at(n)));
    }
    return diff;
}

QString fieldKey(ChangedField field)
{
    switch (field) {
    case ChangedField::Location: return QStringLiteral("location");
    case ChangedField::Purpose: return QStringLiteral("purpose");
    case ChangedField::DataShared: return QStringLiteral("data shared");
    }
    return {};
}

QJsonObject diffJson(const ListDiff &diff)
{
    const auto entries = [](const QList<DiffEntry> &list) {
        QJsonArray a;
        for (const DiffEntry &e : list)
            a.append(QJsonObject{{QStringLiteral("name"), e.name}, {QStringLiteral("countries"), codes(e.countries)},
                                 {QStringLiteral("location"), e.location}, {QStringLiteral("purpose"), e.purpose}});
        return a;
    };
    QJsonArray renamed;
    for (const DiffRename &r : diff.renamed)
        renamed.append(QJsonObject{{QStringLiteral("name"), r.name}, {QStringLiteral("oldName"), r.oldName},
                                   {QStringLiteral("countries"), codes(r.countries)}, {QStringLiteral("match"), r.reason}});
    QJsonArray changed;
    for (const DiffChange &c : diff.changed) {
        QJsonObject o{{QStringLiteral("name"), c.name}, {QStringLiteral("countries"), codes(c.countries)},
                      {QStringLiteral("field"), fieldKey(c.field)}, {QStringLiteral("old"), c.oldValue},
                      {QStringLiteral("new"), c.newValue}};
        if (c.field == ChangedField::Location)
            o.insert(QStringLiteral("oldCountries"), codes(c.oldCountries));
        changed.append(o);
    }
    return {{QStringLiteral("added"), entries(diff.added)}, {QStringLiteral("removed"), entries(diff.removed)},
            {QStringLiteral("renamed"), renamed}, {QStringLiteral("changed"), changed}};
}

QString diffText(const ListDiff &diff)
{
    if (diff.isEmpty())
        return Tr::tr("No change between the two lists.") + u'\n';
    QString s;
    const auto section = [&s](const QString &title) { s += (s.isEmpty() ? QString() : QStringLiteral("\n")) + title + u'\n'; };
    if (!diff.added.isEmpty()) {
        section(Tr::tr("Added (%n):", nullptr, int(diff.added.size())));
        for (const DiffEntry &e : diff.added)
            s += QStringLiteral("  + %1 — %2%3\n").arg(e.name, countryNames(e.countries),
                                                        e.purpose.isEmpty() ? QString() : QStringLiteral(" — ") + oneLine(e.purpose));
    }
    if (!diff.removed.isEmpty()) {
        section(Tr::tr("Removed (%n):", nullptr, int(diff.removed.size())));
        for (const DiffEntry &e : diff.removed)
            s += QStringLiteral("  - %1 — %2\n").arg(e.name, countryNames(e.countries));
    }
    if (!diff.renamed.isEmpty()) {
        section(Tr::tr("Renamed (%n):", nullptr, int(diff.renamed.size())));
        for (const DiffRename &r : diff.renamed)
            s += QStringLiteral("  ~ %1 → %2 — %3\n").arg(r.oldName, r.name, countryNames(r.countries));
    }
    if (!diff.changed.isEmpty()) {
        section(Tr::tr("Changed (%n):", nullptr, int(diff.changed.size())));
        for (const DiffChange &c : diff.changed) {
            QString field;
            QString oldValue = oneLine(c.oldValue), newValue = oneLine(c.newValue);
            switch (c.field) {
            case ChangedField::Location:
                field = Tr::tr("location");
                // The cell as written only where no country was read from it.
                oldValue = c.oldCountries.isEmpty() ? oneLine(c.oldValue) : countryNames(c.oldCountries);
                newValue = c.countries.isEmpty() ? oneLine(c.newValue) : countryNames(c.countries);
                break;
            case ChangedField::Purpose: field = Tr::tr("purpose"); break;
            case ChangedField::DataShared: field = Tr::tr("data shared"); break;
            }
            s += Tr::tr("  * %1, %2: %3 → %4").arg(c.name, field, oldValue, newValue) + u'\n';
        }
    }
    return s;
}

} // namespace ropa::subprocessors

// Computing the change between two versions of a subprocessor list.

#include "subprocessors/listdiff.h"

#include "subprocessors/resolve.h"

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
    QSet<QString> seen; // the cell values already merged, as "field:value"
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
    const bool locationChanged =
        (o.countries.isEmpty() && n.countries.isEmpty()) ? !sameText(o.location, n.location) : oldSorted != newSorted;
    if (locationChanged)
        diff.changed.append({n.name, n.countries, ChangedField::Location, o.location, n.location, o.countries});
    if (!sameText(o.purpose, n.purpose))
        diff.changed.append({n.name, n.countries, ChangedField::Purpose, o.purpose, n.purpose, {}});
    if (!sameText(o.dataShared, n.dataShared))
        diff.changed.append({n.name, n.countries, ChangedField::DataShared, o.dataShared, n.dataShared, {}});
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
        if (word.size() >= 3 && sameWord.size() == 1 && oldByWord.value(word).size() == 1 &&
            digits(ok) == digits(news.at(sameWord.first()).key))
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

} // namespace ropa::subprocessors

// The paged record's column widths (writers.h: columnWidths): by the columns' hints and how
// much text each holds, none narrower than the longest word of its title or of its cells.

#include "writers.h"

#include <QFontMetricsF>

#include <algorithm>

namespace ropa::reports {

namespace {

// How much text each column holds: its characters over all rows, a line counting at least 12
// (a short line still takes a line of the row's height).
// Also the longest words of each column (runs without a space or hyphen), which the column
// should not break in the middle, and its longest lines, which it need not be wider than: the
// few longest by characters, distinct, since the widest is not always the longest
// ("Communication" is wider than "Identification").
constexpr size_t WordCandidates = 8;

// A word of a cell; the first word of a line with a bullet ("• Bookkeeping") stays with it.
struct CellWord
{
    QStringView text;
    bool bulleted = false;
    qsizetype size() const { return text.size() + (bulleted ? 2 : 0); }
    bool operator==(const CellWord &o) const { return bulleted == o.bulleted && text == o.text; }
};

std::vector<double> columnVolumes(const Table &t, const QString &notStated,
                                  std::vector<std::vector<CellWord>> *longestWords,
                                  std::vector<std::vector<CellWord>> *longestLines)
{
    const size_t n = static_cast<size_t>(t.columns.size());
    std::vector<double> volume(n, 0.0);
    longestWords->assign(n, {});
    longestLines->assign(n, {});
    // Keeps the WordCandidates longest distinct words, longest first.
    const auto consider = [](std::vector<CellWord> &words, const CellWord &word) {
        if (word.text.isEmpty() || (words.size() == WordCandidates && word.size() <= words.back().size()))
            return;
        auto at = words.begin();
        while (at != words.end() && at->size() >= word.size()) {
            if (*at == word)
                return;
            ++at;
        }
        words.insert(at, word);
        if (words.size() > WordCandidates)
            words.pop_back();
    };
    for (const QList<Cell> &row : t.rows) {
        for (qsizetype c = 0; c < row.size() && c < t.columns.size(); ++c) {
            const Cell &cell = row.at(c);
            double chars = cell.notStated ? 12.0 : 0.0;
            std::vector<CellWord> &longest = (*longestWords)[static_cast<size_t>(c)];
            std::vector<CellWord> &lines = (*longestLines)[static_cast<size_t>(c)];
            if (cell.notStated)
                consider(lines, {QStringView(notStated), false});
            const bool bullets = cell.lines.size() > 1; // as cellBlock() draws them
            for (const QString &line : cell.lines) {
                chars += std::max<qsizetype>(12, line.size());
                consider(lines, {QStringView(line), bullets});
                qsizetype start = 0;
                for (qsizetype i = 0; i <= line.size(); ++i) {
                    if (i == line.size() || line.at(i) == u' ' || line.at(i) == u'-') {
                        consider(longest, {QStringView(line).mid(start, i - start), bullets && start == 0});
                        start = i + 1;
                    }
                }
            }
            volume[static_cast<size_t>(c)] += chars;
        }
    }
    return volume;
}
} // namespace

// The columns' widths: in proportion to a weight, but each at least as wide as the longest word
// of its title (a narrow "Completeness" column would break the word) and at most as wide as its
// longest line (a column that holds only "not stated" needs no more). The weight is half the
// column's width hint and half its share of the table's text: a row is as tall as its fullest
// cell, so a column that holds much text (the transfers of a record) gets the room that a column
// of short values (a date, a percentage) does not need; and, as far as 99 % of the table allows
// (the shortest first), as wide as the widest word of its cells (up to a tenth of the table):
// whole words before fewer pages (docs/records.md, "How the PDF is laid out").
std::vector<float> columnWidths(const Table &t, float width, const QFont &headerFont, float padX,
                                const QString &notStated, const QFont *cellFont, bool *wordsWhole)
{
    bool whole = true;
    const size_t n = static_cast<size_t>(t.columns.size());
    std::vector<float> hint(n), minimum(n), maximum(n), widths(n);
    const QFontMetricsF metrics(headerFont);
    const QFontMetricsF cellMetrics(cellFont ? *cellFont : headerFont);
    const auto advance = [&cellMetrics](const CellWord &w) {
        const qreal bullet = w.bulleted ? cellMetrics.horizontalAdvance(QStringLiteral("\u2022 ")) : 0;
        return static_cast<float>(bullet + cellMetrics.horizontalAdvance(w.text.toString()));
    };
    std::vector<std::vector<CellWord>> longestWords, longestLines;
    const std::vector<double> volume = columnVolumes(t, notStated, &longestWords, &longestLines);
    double hintSum = 0, volumeSum = 0;
    for (size_t c = 0; c < n; ++c) {
        hintSum += std::max(1, t.columns.at(static_cast<qsizetype>(c)).width);
        volumeSum += volume[c];
    }
    float minimumSum = 0;
    std::vector<float> cellWord(n); // the widest word of the column's cells
    for (size_t c = 0; c < n; ++c) {
        const Column &column = t.columns.at(static_cast<qsizetype>(c));
        const double hintShare = std::max(1, column.width) / hintSum;
        const double volumeShare = volumeSum > 0 ? volume[c] / volumeSum : hintShare;
        hint[c] = static_cast<float>(0.5 * hintShare + 0.5 * volumeShare);
        float word = 0;
        for (const QString &w : column.title.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            word = std::max(word, static_cast<float>(metrics.horizontalAdvance(w)));
        minimum[c] = std::min(word, width / 4) + 2 * padX + 2;
        minimumSum += minimum[c];
        // The longest word of the cells, up to a fifth of the table (a long address or URL
        // still breaks rather than squeezing every other column).
        float widest = 0;
        for (const CellWord &w : longestWords[c])
            widest = std::max(widest, advance(w));
        cellWord[c] = std::min(widest, width / 5);
        // The width the column's longest line takes unbroken: more would stay empty. Without
        // rows, none.
        float line = word;
        for (const CellWord &w : longestLines[c])
            line = std::max(line, advance(w));
        maximum[c] = t.rows.isEmpty() ? width : line + 2 * padX + 2;
    }
    // Titles whose words cannot all be whole (eleven columns of Dutch or German): the widest
    // are cut down to one level, so that only they break.
    const float room = 0.99f * width;
    if (minimumSum > room) {
        whole = false;
        std::vector<float> sorted = minimum;
        std::sort(sorted.begin(), sorted.end());
        float below = 0; // the sum of the minimums under the level
        float level = sorted.back();
        for (size_t i = 0; i < n; ++i) {
            const float candidate = (room - below) / static_cast<float>(n - i);
            if (candidate <= sorted[i]) {
                level = candidate;
                break;
            }
            below += sorted[i];
        }
        minimumSum = 0;
        for (float &m : minimum) {
            m = std::min(m, level);
            minimumSum += m;
        }
    }
    std::vector<float> wordRoom(n); // the room a cell's longest word would want beyond the minimum
    for (size_t c = 0; c < n; ++c)
        wordRoom[c] = std::max(0.0f, cellWord[c] + 2 * padX + 2 - minimum[c]);
    // The cells' words get their room, the shortest first ("obligation" before an e-mail
    // address), while the minimums stay within 99 % of the table; the rest is shared by how
    // much text each column holds.
    std::vector<size_t> byRoom(n);
    for (size_t c = 0; c < n; ++c)
        byRoom[c] = c;
    std::stable_sort(byRoom.begin(), byRoom.end(), [&](size_t a, size_t b) { return wordRoom[a] < wordRoom[b]; });
    for (const size_t c : byRoom) {
        const float grant = std::min(wordRoom[c], room - minimumSum);
        whole = whole && grant >= wordRoom[c];
        if (grant <= 0)
            continue;
        minimum[c] += grant;
        minimumSum += grant;
    }
    if (wordsWhole)
        *wordsWhole = whole;
    if (minimumSum >= width) { // cannot be helped: in proportion to the minimums
        for (size_t c = 0; c < n; ++c)
            widths[c] = width * minimum[c] / minimumSum;
        return widths;
    }
    // Columns below their minimum get it, columns above the width of their longest line get
    // that (a column of "not stated" need not be wide); the others share the rest by their
    // weights, until none is out of bounds.
    for (size_t c = 0; c < n; ++c)
        maximum[c] = std::max(maximum[c], minimum[c]);
    enum class Bound { Free, AtMinimum, AtMaximum };
    std::vector<Bound> bound(n, Bound::Free);
    for (size_t round = 0; round <= 2 * n; ++round) {
        float fixedWidth = 0, hints = 0;
        for (size_t c = 0; c < n; ++c) {
            if (bound[c] == Bound::AtMinimum)
                fixedWidth += minimum[c];
            else if (bound[c] == Bound::AtMaximum)
                fixedWidth += maximum[c];
            else
                hints += hint[c];
        }
        for (size_t c = 0; c < n; ++c) {
            if (bound[c] == Bound::Free)
                widths[c] = hints > 0 ? (width - fixedWidth) * hint[c] / hints : 0;
            else
                widths[c] = bound[c] == Bound::AtMinimum ? minimum[c] : maximum[c];
        }
        bool changed = false;
        for (size_t c = 0; c < n; ++c) {
            if (bound[c] == Bound::Free && widths[c] < minimum[c]) {
                bound[c] = Bound::AtMinimum;
                changed = true;
            }
        }
        for (size_t c = 0; c < n && !changed; ++c) {
            if (bound[c] == Bound::Free && widths[c] > maximum[c]) {
                bound[c] = Bound::AtMaximum;
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    // Every column at its bound and room left (a table of short values): the room goes to the
    // columns in proportion to their width, so that the table still fills the page's width.
    float sum = 0;
    for (const float w : widths)
        sum += w;
    if (sum > 0 && sum < width - 0.5f) {
        for (float &w : widths)
            w *= width / sum;
    }
    return widths;
}

} // namespace ropa::reports

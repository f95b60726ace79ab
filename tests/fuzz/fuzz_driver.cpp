// A mutation driver for the readers of untrusted files (docs/reliability.md): .ropa files
// damaged byte by byte and through SQL, JSON files damaged structurally and byte by byte, and
// registers to import (CSV damaged byte by byte; XLSX and ODS with the XML inside the package
// damaged and the package rebuilt, so the damage reaches the XML reader past the CRC; the Dutch
// government register's JSON damaged in its tree and its text), each
// opened in this process the way the window and ropa-cli open them. Deterministic for a seed.
//
//   fuzz_driver [--ropa N] [--json N] [--import N] [--seed S] [--limit-ms MS] [--verbose]
//
// A mutant passes when the reader returns either a project or a non-empty message (and a
// project flagged damaged carries its message), within the time limit, without changing the
// file it read. A crash, an abort or a sanitizer report ends the process, which ctest counts
// as a failure. Exit 0 when every mutant passed, 1 otherwise.

#include "domain/validation.h"
#include "import/avgregisterreader.h"
#include "import/importapply.h"
#include "import/importplan.h"
#include "import/mapping.h"
#include "import/workbookreader.h"
#include "reports/odtpackage.h"
#include "store/jsonformat.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <random>

using namespace ropa;

namespace {

struct Stats
{
    int mutants = 0;
    int accepted = 0;
    int refused = 0;
    int damaged = 0;
    int failures = 0;
    qint64 slowestMs = 0;
    QMap<QString, int> byMutator;
};

class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_engine(seed)
    {
    }
    int below(int n) { return n <= 1 ? 0 : int(m_engine() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }

private:
    std::mt19937_64 m_engine;
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// ---- .ropa, byte level -------------------------------------------------------------------

int pageSizeOf(const QByteArray &bytes)
{
    if (bytes.size() < 100)
        return 4096;
    const int size = (uchar(bytes.at(16)) << 8) | uchar(bytes.at(17));
    return size == 1 ? 65536 : (size >= 512 ? size : 4096);
}

QString mutateBytes(QByteArray &b, Rng &rng)
{
    if (b.isEmpty())
        return QStringLiteral("bytes: empty");
    const int page = pageSizeOf(b);
    const int pages = std::max<int>(1, int(b.size() / page));
    switch (rng.below(6)) {
    case 0: {
        const int flips = 1 + rng.below(8);
        for (int k = 0; k < flips; ++k)
            b[rng.below(int(b.size()))] ^= char(1 << rng.below(8));
        return QStringLiteral("bytes: bit flips");
    }
    case 1: b.truncate(rng.below(int(b.size()))); return QStringLiteral("bytes: truncated");
    case 2: {
        const int p = rng.below(pages);
        b.replace(qsizetype(p) * page, page, QByteArray(page, '\0'));
        return QStringLiteral("bytes: zeroed page");
    }
    case 3: {
        const int from = rng.below(pages);
        const int to = rng.below(pages);
        const QByteArray copy = b.mid(qsizetype(from) * page, page);
        b.replace(qsizetype(to) * page, copy.size(), copy);
        return QStringLiteral("bytes: duplicated page");
    }
    case 4: {
        const int at = rng.below(int(b.size()));
        const int n = 1 + rng.below(64);
        for (int k = 0; k < n && at + k < b.size(); ++k)
            b[at + k] = char(rng.below(256));
        return QStringLiteral("bytes: random run");
    }
    default:
        b[rng.below(int(std::min<qsizetype>(b.size(), 100)))] = char(rng.below(256));
        return QStringLiteral("bytes: header byte");
    }
}

// ---- .ropa, SQL level --------------------------------------------------------------------

// Runs sql on the file; the number of rows it changed, or -1 when SQLite refused it.
int execOn(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return -1;
    }
    const bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    const int changes = sqlite3_total_changes(db);
    sqlite3_close(db);
    return ok ? changes : -1;
}

QStringList queryColumn(const QString &path, const char *sql)
{
    QStringList out;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK) {
            while (sqlite3_step(st) == SQLITE_ROW)
                out.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))));
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return out;
}

QString mutateSql(const QString &path, Rng &rng, QString *detail)
{
    const QStringList tables = queryColumn(path, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    if (tables.isEmpty())
        return QStringLiteral("sql: no tables");
    const QString table = tables.at(rng.below(int(tables.size())));
    const QStringList columns =
        queryColumn(path, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table).toUtf8().constData());
    if (columns.isEmpty())
        return QStringLiteral("sql: no columns");
    const QString column = columns.at(rng.below(int(columns.size())));
    // One row, chosen by the first column (most tables are WITHOUT ROWID).
    const QString oneRow = QStringLiteral("\"%1\" IN (SELECT \"%1\" FROM \"%2\" LIMIT 1)").arg(columns.first(), table);
    const QString set = QStringLiteral("UPDATE \"%1\" SET \"%2\" = %4 WHERE %3;").arg(table, column, oneRow);
    struct Kind
    {
        const char *name;
        QString sql;
    };
    const Kind kinds[] = {
        {"sql: NULL", set.arg(QStringLiteral("NULL"))},
        {"sql: integer", set.arg(QStringLiteral("12345"))},
        {"sql: real", set.arg(QStringLiteral("1.5"))},
        {"sql: blob", set.arg(QStringLiteral("X'00FF10'"))},
        {"sql: long text", set.arg(QStringLiteral("hex(zeroblob(1000000))"))},
        {"sql: dangling id", set.arg(QStringLiteral("'00000000-0000-4000-8000-00000000dead'"))},
        {"sql: text with NUL", set.arg(QStringLiteral("'a' || char(0) || 'b'"))},
        {"sql: delete a row", QStringLiteral("DELETE FROM \"%1\" WHERE %2;").arg(table, oneRow)},
        {"sql: trigger", QStringLiteral("CREATE TRIGGER t AFTER INSERT ON \"%1\" BEGIN SELECT 1; END;").arg(table)},
        {"sql: view", QStringLiteral("CREATE VIEW v AS SELECT * FROM \"%1\";").arg(table)},
        {"sql: index", QStringLiteral("CREATE INDEX i ON \"%1\"(\"%2\");").arg(table, column)},
        {"sql: drop table", QStringLiteral("DROP TABLE \"%1\";").arg(table)},
        {"sql: user_version", QStringLiteral("PRAGMA user_version = %1;").arg(rng.below(9))},
        {"sql: application_id", QStringLiteral("PRAGMA application_id = 7;")},
        {"sql: WAL", QStringLiteral("PRAGMA journal_mode = WAL;")},
    };
    const Kind &k = kinds[rng.below(int(std::size(kinds)))];
    *detail = k.sql.left(200);
    // A statement SQLite refuses (a NOT NULL or CHECK constraint) leaves the copy as it was.
    const int changes = execOn(path, QByteArrayLiteral("PRAGMA foreign_keys = OFF; ") + k.sql.toUtf8());
    const bool rowStatement =
        k.sql.startsWith(QLatin1StringView("UPDATE")) || k.sql.startsWith(QLatin1StringView("DELETE"));
    return QString::fromLatin1(k.name) + (changes < 0                    ? QStringLiteral(" (refused by SQLite)")
                                          : rowStatement && changes == 0 ? QStringLiteral(" (no row)")
                                                                         : QString());
}

// ---- JSON --------------------------------------------------------------------------------

QJsonValue randomValue(Rng &rng)
{
    switch (rng.below(7)) {
    case 0: return QJsonValue();
    case 1: return QJsonValue(rng.chance(50));
    case 2: return QJsonValue(rng.below(1000000) - 500000);
    case 3: return QJsonValue(QStringLiteral("x"));
    case 4: return QJsonValue(QString(rng.below(100000), u'y'));
    case 5: return QJsonArray{1, QStringLiteral("a")};
    default: return QJsonObject{{QStringLiteral("k"), 1}};
    }
}

// Changes one value somewhere in the tree (depth-first down a random path).
void mutateTree(QJsonValue &v, Rng &rng, int depth)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        const QStringList keys = o.keys();
        if (keys.isEmpty() || depth > 6 || rng.chance(20)) {
            if (!keys.isEmpty() && rng.chance(50))
                o.remove(keys.at(rng.below(int(keys.size()))));
            else
                o.insert(keys.isEmpty() || rng.chance(50) ? QStringLiteral("extra")
                                                          : keys.at(rng.below(int(keys.size()))),
                         randomValue(rng));
        } else {
            const QString key = keys.at(rng.below(int(keys.size())));
            QJsonValue child = o.value(key);
            mutateTree(child, rng, depth + 1);
            o.insert(key, child);
        }
        v = o;
    } else if (v.isArray()) {
        QJsonArray a = v.toArray();
        if (a.isEmpty() || depth > 6 || rng.chance(20)) {
            if (!a.isEmpty() && rng.chance(40))
                a.append(a.at(rng.below(int(a.size())))); // a duplicate entity
            else if (!a.isEmpty() && rng.chance(50))
                a.removeAt(rng.below(int(a.size())));
            else
                a.append(randomValue(rng));
        } else {
            const int i = rng.below(int(a.size()));
            QJsonValue child = a.at(i);
            mutateTree(child, rng, depth + 1);
            a[i] = child;
        }
        v = a;
    } else {
        v = randomValue(rng);
    }
}

QString mutateJson(QByteArray &b, Rng &rng)
{
    if (rng.chance(60)) {
        QJsonValue root = QJsonDocument::fromJson(b).object();
        mutateTree(root, rng, 0);
        b = QJsonDocument(root.toObject()).toJson();
        return QStringLiteral("json: structural");
    }
    const int at = rng.below(int(b.size()));
    switch (rng.below(5)) {
    case 0: b.insert(at, "\"name\": \"dup\", "); return QStringLiteral("json: text inserted");
    case 1: b.insert(at, char(rng.below(32))); return QStringLiteral("json: control byte");
    case 2: b.insert(at, "\\u0000\\ud800"); return QStringLiteral("json: escapes");
    case 3: b.truncate(at); return QStringLiteral("json: truncated");
    default: b[at] = char(rng.below(256)); return QStringLiteral("json: byte");
    }
}

// ---- registers to import -----------------------------------------------------------------

// The Dutch government register's JSON (an array of records): its tree damaged, or its text.
QString mutateAvgRegister(QByteArray &b, Rng &rng)
{
    if (rng.chance(50)) {
        QJsonValue root = QJsonDocument::fromJson(b.startsWith("\xEF\xBB\xBF") ? b.mid(3) : b).array();
        mutateTree(root, rng, 0);
        b = QJsonDocument(root.toArray()).toJson();
        return QStringLiteral("avg: structural");
    }
    return QStringLiteral("avg: ") + mutateJson(b, rng);
}

// Damages the XML of one entry of a package: bit flips, a cut, a repeat count or row number
// made huge, cells moved to the last column, a document type declaration put in front, a run
// of the text duplicated.
QString mutateXml(QByteArray &xml, Rng &rng)
{
    if (xml.isEmpty())
        return QStringLiteral("xml: empty");
    switch (rng.below(6)) {
    case 0:
        for (int k = 1 + rng.below(8); k > 0; --k)
            xml[rng.below(int(xml.size()))] ^= char(1 << rng.below(8));
        return QStringLiteral("xml: bit flips");
    case 1: xml.truncate(rng.below(int(xml.size()))); return QStringLiteral("xml: truncated");
    case 2:
        if (rng.chance(50)) {
            xml.replace("repeated=\"", "repeated=\"99999999");
            xml.replace("r=\"", "r=\"1048");
            return QStringLiteral("xml: huge counts");
        }
        xml.replace("r=\"A", "r=\"XFD"); // the last column: every row as wide as the sheet
        xml.replace("spanned=\"", "spanned=\"9999");
        return QStringLiteral("xml: far cells");
    case 3: {
        const qsizetype at = xml.indexOf("?>");
        xml.insert(at < 0 ? 0 : at + 2, "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>");
        return QStringLiteral("xml: doctype");
    }
    case 4: {
        const int from = rng.below(int(xml.size()));
        const QByteArray run = xml.mid(from, 1 + rng.below(400));
        for (int k = 1 + rng.below(20); k > 0; --k)
            xml.insert(rng.below(int(xml.size())), run);
        return QStringLiteral("xml: duplicated run");
    }
    default:
        xml.replace("t=\"s\"", "t=\"s\" s=\"9999\"");
        xml.replace("<v>", "<v>9");
        return QStringLiteral("xml: values shifted");
    }
}

QString mutatePackage(QByteArray &bytes, Rng &rng)
{
    QList<reports::ZipEntry> entries;
    QString error;
    if (!reports::readZipEntries(bytes, &entries, &error) || entries.isEmpty())
        return mutateBytes(bytes, rng);
    QString mimeType = QStringLiteral("application/octet-stream");
    QList<reports::ZipEntry> kept;
    for (const reports::ZipEntry &e : std::as_const(entries)) {
        if (e.path == u"mimetype")
            mimeType = QString::fromUtf8(e.data);
        else if (e.path != u"META-INF/manifest.xml")
            kept.append(e);
    }
    reports::ZipEntry &victim = kept[rng.below(int(kept.size()))];
    const QString mutator = mutateXml(victim.data, rng);
    bytes = reports::writeOdfPackage(mimeType, kept, &error);
    return mutator;
}

// ---- the oracle --------------------------------------------------------------------------

void judge(Stats &s, const QString &mutator, const QString &detail, bool hasData, const QString &message, bool damaged,
           const QString &damage, qint64 ms, qint64 limitMs, bool unchanged, bool verbose)
{
    ++s.mutants;
    ++s.byMutator[mutator];
    s.slowestMs = std::max(s.slowestMs, ms);
    QString problem;
    if (!hasData && message.trimmed().isEmpty())
        problem = QStringLiteral("refused without a message");
    else if (hasData && !message.isEmpty())
        problem = QStringLiteral("a project and an error at once");
    else if (damaged && damage.trimmed().isEmpty())
        problem = QStringLiteral("flagged damaged without a message");
    else if (ms > limitMs)
        problem = QStringLiteral("took %1 ms").arg(ms);
    else if (!unchanged)
        problem = QStringLiteral("the file read was changed");
    if (!problem.isEmpty()) {
        ++s.failures;
        std::fprintf(stderr, "FAIL mutant %d (%s %s): %s\n", s.mutants, qPrintable(mutator), qPrintable(detail),
                     qPrintable(problem));
    }
    hasData ? ++s.accepted : ++s.refused;
    if (damaged)
        ++s.damaged;
    if (verbose)
        std::fprintf(stderr, "%d %s: %s [%s]\n", s.mutants, qPrintable(mutator),
                     qPrintable(hasData ? (damaged ? damage : QStringLiteral("accepted")) : message),
                     qPrintable(detail));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto intArg = [&](const char *name, qint64 fallback) {
        const qsizetype i = args.indexOf(QLatin1StringView(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toLongLong() : fallback;
    };
    const int ropaMutants = int(intArg("--ropa", 200));
    const int jsonMutants = int(intArg("--json", 200));
    const int importMutants = int(intArg("--import", 200));
    const quint64 seed = quint64(intArg("--seed", 1));
    const qint64 limitMs = intArg("--limit-ms", 20000);
    const bool verbose = args.contains(QLatin1StringView("--verbose"));

    QTemporaryDir dir;
    QList<QByteArray> jsonSeeds;
    QStringList ropaSeeds;
    const QDir examples(QStringLiteral(ROPA_SOURCE_DIR "/resources/examples"));
    for (const QString &name : examples.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QByteArray bytes = readFile(examples.filePath(name));
        const json::ReadResult r = json::readProject(bytes);
        if (!r.data) {
            std::fprintf(stderr, "seed %s does not read: %s\n", qPrintable(name), qPrintable(r.error));
            return 1;
        }
        jsonSeeds.append(bytes);
        const QString ropa = dir.filePath(name + QStringLiteral(".ropa"));
        if (const store::SaveResult saved = store::saveProject(*r.data, ropa); saved.error) {
            std::fprintf(stderr, "seed %s does not save: %s\n", qPrintable(name), qPrintable(saved.error.message));
            return 1;
        }
        ropaSeeds.append(ropa);
    }

    Rng rng(seed);
    Stats ropaStats;
    store::OpenOptions options;
    options.keepMigrationBackup = false;
    for (int k = 0; k < ropaMutants; ++k) {
        const QString mutant = dir.filePath(QStringLiteral("mutant.ropa"));
        QFile::remove(mutant);
        QFile::remove(mutant + QStringLiteral("-wal"));
        QByteArray bytes = readFile(ropaSeeds.at(rng.below(int(ropaSeeds.size()))));
        QString mutator;
        QString detail;
        if (rng.chance(50)) {
            mutator = mutateBytes(bytes, rng);
            writeFile(mutant, bytes);
        } else {
            writeFile(mutant, bytes);
            mutator = mutateSql(mutant, rng, &detail);
        }
        const QByteArray before = readFile(mutant);
        QElapsedTimer timer;
        timer.start();
        const store::OpenResult r = store::openProject(mutant, options);
        const qint64 ms = timer.elapsed();
        judge(ropaStats, mutator, detail, r.data.has_value(), r.error.message, r.damaged, r.damage, ms, limitMs,
              readFile(mutant) == before, verbose);
    }

    Stats jsonStats;
    for (int k = 0; k < jsonMutants; ++k) {
        QByteArray bytes = jsonSeeds.at(rng.below(int(jsonSeeds.size())));
        const QString mutator = mutateJson(bytes, rng);
        QElapsedTimer timer;
        timer.start();
        const json::ReadResult r = json::readProject(bytes);
        const qint64 ms = timer.elapsed();
        judge(jsonStats, mutator, QString(), r.data.has_value(), r.data ? QString() : r.error, false, QString(), ms,
              limitMs, true, verbose);
    }

    Stats importStats;
    QList<std::pair<QString, QByteArray>> importSeeds;
    const QDir registers(QStringLiteral(ROPA_SOURCE_DIR "/tests/fixtures/import"));
    const QStringList seedNames{QStringLiteral("register*"), QStringLiteral("ico-template*"),
                                QStringLiteral("two-row-headings*")};
    for (const QString &name : registers.entryList(seedNames, QDir::Files, QDir::Name))
        importSeeds.append({name, readFile(registers.filePath(name))});
    const QDir avgRegisters(registers.filePath(QStringLiteral("avg")));
    for (const QString &name : avgRegisters.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        importSeeds.append({QStringLiteral("avg/") + name, readFile(avgRegisters.filePath(name))});
    for (int k = 0; k < importMutants && !importSeeds.isEmpty(); ++k) {
        auto [name, bytes] = importSeeds.at(rng.below(int(importSeeds.size())));
        const bool avg = name.startsWith(u"avg/");
        const QString mutator = avg                      ? mutateAvgRegister(bytes, rng)
                                : bytes.startsWith("PK") ? mutatePackage(bytes, rng)
                                                         : mutateBytes(bytes, rng);
        QElapsedTimer timer;
        timer.start();
        importer::Workbook book;
        std::optional<importer::ImportPlan> plan;
        if (avg) {
            importer::AvgRegisterRead read = importer::readAvgRegister(bytes);
            book.error = read.plan.error;
            if (book.error.isEmpty())
                plan = std::move(read.plan);
        } else {
            book = importer::readWorkbook(bytes, name);
            if (book.ok() && book.sheet())
                plan = importer::planImport(*book.sheet(), importer::detectMapping(*book.sheet()));
        }
        // What was read goes on through the mapping, the resolution and the apply, as an import does.
        QString invalid;
        if (plan) {
            ProjectData base;
            base.info.name = QStringLiteral("Fuzz");
            const importer::ImportResult result = importer::applyImport(base, *plan, base.info.name);
            if (const QList<Problem> problems = validateProject(result.data); !problems.isEmpty())
                invalid = problems.first().describe();
        }
        const qint64 ms = timer.elapsed();
        judge(importStats, mutator, name, book.ok(), book.error, false, QString(), ms, limitMs, true, verbose);
        if (!invalid.isEmpty()) {
            ++importStats.failures;
            std::fprintf(stderr, "FAIL mutant %d (%s %s): the import made an invalid project: %s\n",
                         importStats.mutants, qPrintable(mutator), qPrintable(name), qPrintable(invalid));
        }
    }

    for (const auto &[label, s] :
         {std::pair{"ropa", ropaStats}, std::pair{"json", jsonStats}, std::pair{"import", importStats}}) {
        std::printf("%s: %d mutants, %d opened (%d flagged damaged), %d refused with a message, %d failures, "
                    "slowest %lld ms\n",
                    label, s.mutants, s.accepted, s.damaged, s.refused, s.failures,
                    static_cast<long long>(s.slowestMs));
        for (auto it = s.byMutator.cbegin(); it != s.byMutator.cend(); ++it)
            std::printf("  %-24s %d\n", qPrintable(it.key()), it.value());
    }
    return ropaStats.failures + jsonStats.failures + importStats.failures == 0 ? 0 : 1;
}

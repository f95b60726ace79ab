#include "import/avgregisterreader.h"

#include "import/avgregisterrecord.h"
#include "import/resolvevalues.h"
#include "import/sheet.h"
#include "store/strictjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ropa::importer {

namespace {

QByteArray withoutBom(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
}

// The deepest nesting of arrays and objects, counted outside strings; stops once over limit,
// so a file of a million '[' is refused before QJsonDocument builds anything.
int nestingDepth(const QByteArray &bytes, int limit)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
            if (deepest > limit)
                return deepest;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

bool hasRegisterKeys(const QJsonObject &o)
{
    const bool named = o.contains(QLatin1StringView("Naam")) || o.contains(QLatin1StringView("Nummer"));
    return named && (o.contains(QLatin1StringView("Doelen")) || o.contains(QLatin1StringView("Verantwoordelijken")) ||
                     o.contains(QLatin1StringView("Betrokkenen")));
}

} // namespace

bool looksLikeAvgRegister(const QByteArray &bytes)
{
    const QByteArray text = withoutBom(bytes).trimmed();
    if (!text.startsWith('[') && !text.startsWith('{'))
        return false;
    // The keys of a record, near the start; a Ropa JSON file says "ropa-project".
    const QByteArray head = text.left(64 * 1024);
    const bool keys =
        head.contains("\"Naam\"") &&
        (head.contains("\"Doelen\"") || head.contains("\"Verantwoordelijken\"") || head.contains("\"Betrokkenen\""));
    return keys && !head.contains("\"ropa-project\"");
}

AvgRegisterRead readAvgRegister(const QByteArray &bytes, const AvgRegisterLimits &limits)
{
    AvgRegisterRead read;
    ImportPlan &plan = read.plan;
    if (bytes.size() > limits.maxFileBytes) {
        plan.error = Tr::tr("the file is larger than %n MB, more than a register export holds", nullptr,
                            int(limits.maxFileBytes / (1024 * 1024)));
        return read;
    }
    const QByteArray text = withoutBom(bytes);
    if (nestingDepth(text, limits.maxDepth) > limits.maxDepth) {
        plan.error = Tr::tr("the JSON nests arrays and objects more than %n deep; a register export does not", nullptr,
                            limits.maxDepth);
        return read;
    }
    if (const QString problem = json::strictProblem(text); !problem.isEmpty()) {
        plan.error = problem;
        return read;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const json::TextPosition at = json::textPosition(text, parseError.offset);
        plan.error =
            Tr::tr("not valid JSON (line %1, column %2: %3)").arg(at.line).arg(at.column).arg(parseError.errorString());
        return read;
    }
    QJsonArray records;
    if (doc.isArray())
        records = doc.array();
    else if (doc.isObject() && hasRegisterKeys(doc.object()))
        records.append(doc.object());
    else {
        plan.error = Tr::tr("not an export of the AVG register: expected an array of records with “Naam” and "
                            "“Doelen”");
        return read;
    }
    if (records.isEmpty()) {
        plan.error = Tr::tr("the file holds no record");
        return read;
    }
    if (records.size() > limits.maxRecords) {
        plan.error = Tr::tr("the file holds more than %n records", nullptr, limits.maxRecords);
        return read;
    }
    AvgRecordReader reader(plan);
    int number = 0;
    for (const QJsonValue &v : std::as_const(records)) {
        ++number;
        if (!v.isObject() || !hasRegisterKeys(v.toObject())) {
            plan.notes.append(
                Tr::tr("record %1: not a record of the register (no “Naam” and “Doelen”); skipped").arg(number));
            continue;
        }
        switch (reader.read(v.toObject(), number)) {
        case AvgRecordKind::Controller: ++read.controllerRecords; break;
        case AvgRecordKind::Processor: ++read.processorRecords; break;
        case AvgRecordKind::Police: ++read.policeRecords; break;
        }
    }
    reader.finish();
    if (read.policeRecords > 0)
        plan.notes.append(Tr::tr("%n police-data record(s) (Wet politiegegevens): Ropa's record has no field for "
                                 "the Wpg, so each activity says so in its notes",
                                 nullptr, read.policeRecords));
    if (plan.activities.isEmpty() && plan.error.isEmpty())
        plan.error = Tr::tr("no record of the file could be read as an activity");
    return read;
}

AvgRegisterRead readAvgRegisterFile(const QString &path, const AvgRegisterLimits &limits)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        AvgRegisterRead read;
        read.plan.error = Tr::tr("cannot open the file: %1").arg(f.errorString());
        return read;
    }
    return readAvgRegister(f.read(limits.maxFileBytes + 1), limits);
}

bool isAvgRegisterFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && looksLikeAvgRegister(f.read(64 * 1024));
}

namespace {

// Gives the activity what `as` says `value` of `field` reads as; whether it resolved.
bool resolveIn(ActivityDraft &a, Field field, const QString &value, const QString &as)
{
    switch (field) {
    case Field::Recipients: {
        const QString line = avgRecipientLine(value);
        if (as.trimmed().isEmpty() || !a.details.notesLines.contains(line))
            return false;
        a.details.notesLines.removeAll(line);
        if (!a.recipients.contains(as.trimmed()))
            a.recipients.append(as.trimmed());
        return true;
    }
    case Field::LawfulBasis: {
        const std::optional<LawfulBasis> basis = resolveLawfulBasis(as);
        if (basis && !a.lawfulBasis)
            a.lawfulBasis = basis;
        return basis.has_value();
    }
    case Field::Retention: {
        const QString duration = resolveRetention(as).duration;
        for (DataItemDraft &item : a.details.dataItems) {
            if (item.retentionText == value && !duration.isEmpty())
                item.retentionDuration = duration;
        }
        return !duration.isEmpty();
    }
    case Field::ThirdCountries: {
        const ResolvedCountries c = resolveCountries(as);
        for (const QString &code : c.codes) {
            if (!a.countries.contains(code))
                a.countries.append(code);
        }
        return !c.codes.isEmpty() && c.unresolved.isEmpty();
    }
    default: return false;
    }
}

} // namespace

ImportPlan withValues(const ImportPlan &plan, const QList<ValueMapping> &values)
{
    ImportPlan result = plan;
    for (const ValueMapping &v : values) {
        const auto u = std::find_if(result.unresolved.begin(), result.unresolved.end(),
                                    [&](const UnresolvedValue &x) { return x.field == v.field && x.value == v.value; });
        if (u == result.unresolved.end())
            continue;
        bool resolved = false;
        for (ActivityDraft &a : result.activities) {
            if (u->rows.contains(a.row))
                resolved = resolveIn(a, v.field, v.value, v.as) || resolved;
        }
        if (resolved)
            result.unresolved.erase(u);
    }
    return result;
}

QString describeAvgRegister(const AvgRegisterRead &read)
{
    QStringList parts;
    if (read.controllerRecords > 0)
        parts.append(Tr::tr("%n controller record(s)", nullptr, read.controllerRecords));
    if (read.processorRecords > 0)
        parts.append(Tr::tr("%n processor record(s)", nullptr, read.processorRecords));
    if (read.policeRecords > 0)
        parts.append(Tr::tr("%n police-data record(s)", nullptr, read.policeRecords));
    return Tr::tr("AVG register JSON, %1").arg(parts.join(QStringLiteral(", ")));
}

} // namespace ropa::importer

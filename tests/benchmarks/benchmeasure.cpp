#include "benchmeasure.h"

#include "domain/validation.h"

#include <QFile>

#include <cstdio>

namespace ropa::bench {

Memory readMemory()
{
    Memory m;
    std::FILE *f = std::fopen("/proc/self/status", "r");
    if (!f)
        return m;
    char line[256];
    while (std::fgets(line, sizeof line, f)) {
        long long value = 0;
        if (std::sscanf(line, "VmHWM: %lld kB", &value) == 1)
            m.peakKb = value;
        else if (std::sscanf(line, "VmRSS: %lld kB", &value) == 1)
            m.rssKb = value;
    }
    std::fclose(f);
    return m;
}

double mb(qint64 kb)
{
    return kb < 0 ? -1.0 : static_cast<double>(kb) / 1024.0;
}

double cpuMsNow(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return static_cast<double>(ts.tv_sec) * 1.0e3 + static_cast<double>(ts.tv_nsec) / 1.0e6;
}

double medianOf(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromLatin1(f.readAll()).section(u' ', 0, 2);
}

Phase makePhase(const QString &name, double targetMs)
{
    Phase p;
    p.name = name;
    p.targetMs = targetMs;
    return p;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

void progress(const QString &message)
{
    err() << "ropa-bench: " << message << Qt::endl;
}

QString firstDifference(const ProjectData &a, const ProjectData &b)
{
    if (a.info != b.info)
        return QStringLiteral("the project info differs");
    QString out;
    forEachEntityType([&](auto tag) {
        using T = typename decltype(tag)::type;
        if (!out.isEmpty())
            return;
        const EntityKind kind = kindOf<T>();
        const auto &ta = a.table<T>();
        const auto &tb = b.table<T>();
        if (ta.size() != tb.size()) {
            out = QStringLiteral("%1: %2 entities written, %3 read")
                      .arg(entityKindKey(kind))
                      .arg(ta.size())
                      .arg(tb.size());
            return;
        }
        for (auto ia = ta.begin(), ib = tb.begin(); ia != ta.end(); ++ia, ++ib) {
            if (ia->first != ib->first || !(ia->second == ib->second)) {
                out = describeEntity(kind, ia->first, nameOf(AnyEntity(ia->second))) + QStringLiteral(" differs");
                return;
            }
        }
    });
    return out.isEmpty() ? QStringLiteral("the projects differ") : out;
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("model name")) {
            const qsizetype colon = line.indexOf(':');
            return QString::fromUtf8(line.mid(colon + 1).trimmed());
        }
    }
    return {};
}

qint64 memTotalKb()
{
    std::FILE *f = std::fopen("/proc/meminfo", "r");
    if (!f)
        return -1;
    char line[256];
    qint64 total = -1;
    while (std::fgets(line, sizeof line, f)) {
        long long value = 0;
        if (std::sscanf(line, "MemTotal: %lld kB", &value) == 1)
            total = value;
    }
    std::fclose(f);
    return total;
}

QString num(double value, int decimals)
{
    return value < 0 ? QStringLiteral("-") : QString::number(value, 'f', decimals);
}

QString pad(const QString &text, int width)
{
    return width < 0 ? text.leftJustified(-width) : text.rightJustified(width);
}

} // namespace ropa::bench

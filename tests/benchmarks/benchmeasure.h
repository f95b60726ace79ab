#pragma once

// How ropa-bench measures and prints: wall and CPU time of a run, the memory of the process,
// a phase of several runs with its median, and the machine it ran on.

#include "domain/projectdata.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <ctime>

namespace ropa::bench {

struct Memory
{
    qint64 rssKb = -1;  // VmRSS
    qint64 peakKb = -1; // VmHWM
};

Memory readMemory();
// Kilobytes in MB; -1 for unknown.
double mb(qint64 kb);
double cpuMsNow(clockid_t clock = CLOCK_PROCESS_CPUTIME_ID);

// Wall time (QElapsedTimer) and the CPU time of the process (every thread) in the same run.
// On a busy machine the wall time grows and the CPU time does not; the time spent waiting
// for the disk (fsync) is in the wall time only.
struct Lap
{
    double wallMs = 0;
    double cpuMs = 0;
    double threadCpuMs = 0; // of the thread that runs the phase (its critical path's CPU, load aside)
};

class Stopwatch
{
public:
    void start()
    {
        m_cpuStart = cpuMsNow();
        m_threadCpuStart = cpuMsNow(CLOCK_THREAD_CPUTIME_ID);
        m_wall.start();
    }
    Lap lap() const
    {
        return Lap{static_cast<double>(m_wall.nsecsElapsed()) / 1.0e6, cpuMsNow() - m_cpuStart,
                   cpuMsNow(CLOCK_THREAD_CPUTIME_ID) - m_threadCpuStart};
    }

private:
    QElapsedTimer m_wall;
    double m_cpuStart = 0;
    double m_threadCpuStart = 0;
};

double medianOf(QList<double> values);
QString loadAverage();

struct Phase
{
    QString name;
    QList<double> ms;          // wall time, one per run
    QList<double> cpuMs;       // CPU time of the process, one per run
    QList<double> threadCpuMs; // CPU time of the thread that ran it, one per run
    Memory after;              // after the last run
    double targetMs = -1;      // -1: no target

    void add(const Lap &lap)
    {
        ms.append(lap.wallMs);
        cpuMs.append(lap.cpuMs);
        threadCpuMs.append(lap.threadCpuMs);
    }
    double median() const { return medianOf(ms); }
    double min() const { return ms.isEmpty() ? -1 : *std::min_element(ms.begin(), ms.end()); }
    double cpuMedian() const { return medianOf(cpuMs); }
    double threadCpuMedian() const { return medianOf(threadCpuMs); }
};

Phase makePhase(const QString &name, double targetMs = -1);

// Standard error; progress() prints a line there, prefixed with "ropa-bench: ".
QTextStream &err();
void progress(const QString &message);

// Names the first entity that differs, for a round trip that does not give the project back.
QString firstDifference(const ProjectData &a, const ProjectData &b);

QString cpuModel();
qint64 memTotalKb();

// A figure with that many decimals, "-" for none; text padded to a column (negative: left).
QString num(double value, int decimals = 1);
QString pad(const QString &text, int width);

} // namespace ropa::bench

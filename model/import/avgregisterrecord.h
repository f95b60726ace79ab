#pragma once

// One record of the Dutch government register's JSON (avgregisterreader.h) as an activity
// draft: its keys read with their types checked (a value of the wrong type is left out and
// said in the plan's notes), its values resolved (lawful bases, countries, retention) or
// listed as unresolved under the record's number. Internal to the reader and the writer,
// which share the names of the register's terms.

#include "import/importplan.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace ropa::importer {

enum class AvgRecordKind { Controller, Processor, Police };

// The record's kind from its keys: a police-data record has Betrokkenen as an object or the
// Wpg's BijzondereGegevens or Ontvanger; a processor record has Categorien or
// VerdelingVerantwoordelijkheidSubverwerkers.
AvgRecordKind avgRecordKind(const QJsonObject &record);

// The register's special-category flags of a group of data subjects, in the order of the
// format, with the kind each is (criminal data, Art. 10, is the last and has none).
struct AvgSpecialFlag
{
    const char *key;
    std::optional<SpecialCategory> kind;
};
extern const AvgSpecialFlag avgSpecialFlags[9];
// The name Ropa gives the data category of a flag ("Health"), translated.
QString avgSpecialName(const AvgSpecialFlag &flag);
// The source that is the data subject itself (IsBronBetrokkene), translated.
QString avgSubjectSourceName();
// The note line that keeps a recipient the register gives only as prose.
QString avgRecipientLine(const QString &prose);
// The note line that keeps how joint controllers divide their responsibility.
QString avgDivisionLine(const QString &text);
// The note line of a police-data record.
QString avgPoliceLine();
// The DPIA screening's outcome when the register says two or more WP248 criteria are met.
QString avgTwoCriteriaOutcome();

class AvgRecordReader
{
public:
    explicit AvgRecordReader(ImportPlan &plan)
        : m_plan(plan)
    {
    }
    // Adds the record's activity to the plan (or a note why it has none); its kind.
    AvgRecordKind read(const QJsonObject &record, int number);
    // Moves the unresolved values, in the order first met, into the plan.
    void finish();

private:
    QString text(const QJsonObject &o, const char *key);
    std::optional<bool> flag(const QJsonObject &o, const char *key);
    QJsonArray list(const QJsonObject &o, const char *key);
    QJsonObject object(const QJsonObject &o, const char *key);
    std::optional<QDate> date(const QJsonObject &o, const char *key);
    QStringList texts(const QJsonObject &o, const char *key, const char *inner);
    void wrongType(const char *key, const QString &expected);
    void unresolved(Field field, const QString &value);
    PartyDraft party(const QJsonObject &o);

    void readCommon(const QJsonObject &r, ActivityDraft &a);
    void readParties(const QJsonObject &r, ActivityDraft &a, AvgRecordKind kind);
    void readPurposes(const QJsonObject &r, ActivityDraft &a);
    void readSecurity(const QJsonObject &r, ActivityDraft &a);
    void readTransfers(const QJsonObject &r, ActivityDraft &a);
    void readScreening(const QJsonObject &r, ActivityDraft &a);
    void readSubjects(const QJsonObject &r, ActivityDraft &a);
    void readSpecialFlags(const QJsonObject &o, ActivityDraft &a);
    void readPolice(const QJsonObject &r, ActivityDraft &a);

    ImportPlan &m_plan;
    int m_number = 0;
    QString m_name;
    QHash<QString, UnresolvedValue> m_unresolved;
    QStringList m_unresolvedOrder;
};

} // namespace ropa::importer

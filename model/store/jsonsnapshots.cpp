#include "jsonsnapshots.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace ropa::json {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::json)
};

class SnapshotReader
{
public:
    SnapshotReader(ProjectData &data, QStringList &problems)
        : m_data(data)
        , m_problems(problems)
    {
    }

    void read(const QJsonValue &value)
    {
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isArray()) {
            m_problems.append(Tr::tr("Key “subprocessor_lists”: expected a list"));
            return;
        }
        const QJsonArray items = value.toArray();
        QSet<Id> seen;
        for (qsizetype k = 0; k < items.size() && m_problems.size() < 50; ++k) {
            m_where = QStringLiteral("subprocessor_lists[%1]").arg(k);
            if (!items[k].isObject()) {
                m_problems.append(Tr::tr("%1: expected an object").arg(m_where));
                continue;
            }
            SubprocessorSnapshot s = snapshot(items[k].toObject());
            if (!s.id.isNull() && seen.contains(s.id))
                problem(QStringLiteral("id"), Tr::tr("another list has the same id"));
            seen.insert(s.id);
            m_data.subprocessorSnapshots.append(std::move(s));
        }
    }

private:
    SubprocessorSnapshot snapshot(const QJsonObject &o)
    {
        checkKeys(o, {u"id", u"vendor", u"source", u"list_updated", u"read", u"notice_received", u"document", u"format",
                      u"rows"});
        SubprocessorSnapshot s;
        s.id = id(o, "id", true);
        s.vendor = id(o, "vendor", true);
        s.source = text(o, "source");
        s.listUpdated = date(o, "list_updated");
        s.read = date(o, "read").value_or(QDate());
        if (!s.read.isValid())
            problem(QStringLiteral("read"), Tr::tr("is required"));
        s.noticeReceived = date(o, "notice_received");
        s.document = id(o, "document", false);
        s.format = text(o, "format");
        const QJsonValue rows = o.value(QLatin1StringView("rows"));
        if (!rows.isArray()) {
            problem(QStringLiteral("rows"), Tr::tr("expected a list"));
            return s;
        }
        const QString outer = m_where;
        const QJsonArray list = rows.toArray();
        for (qsizetype k = 0; k < list.size(); ++k) {
            m_where = QStringLiteral("%1, rows[%2]").arg(outer).arg(k);
            if (!list[k].isObject()) {
                m_problems.append(Tr::tr("%1: expected an object").arg(m_where));
                continue;
            }
            s.rows.append(row(list[k].toObject()));
        }
        m_where = outer;
        return s;
    }

    SnapshotRow row(const QJsonObject &o)
    {
        checkKeys(o, {u"name", u"purpose", u"location", u"corporate_location", u"data_shared", u"safeguards", u"link",
                      u"table", u"line", u"countries", u"party"});
        SnapshotRow r;
        r.name = text(o, "name");
        r.purpose = text(o, "purpose");
        r.location = text(o, "location");
        r.corporateLocation = text(o, "corporate_location");
        r.dataShared = text(o, "data_shared");
        r.safeguards = text(o, "safeguards");
        r.link = text(o, "link");
        r.table = text(o, "table");
        const QJsonValue line = o.value(QLatin1StringView("line"));
        if (line.isDouble() && line.toDouble() == line.toInt() && line.toInt() >= 0)
            r.line = line.toInt();
        else if (!line.isUndefined())
            problem(QStringLiteral("line"), Tr::tr("expected a line number"));
        const QJsonValue countries = o.value(QLatin1StringView("countries"));
        if (countries.isArray()) {
            for (const QJsonValue &c : countries.toArray()) {
                if (c.isString())
                    r.countries.append(c.toString());
                else
                    problem(QStringLiteral("countries"), Tr::tr("expected a list of country codes"));
            }
        } else if (!countries.isUndefined()) {
            problem(QStringLiteral("countries"), Tr::tr("expected a list of country codes"));
        }
        r.party = id(o, "party", false);
        return r;
    }

    void problem(const QString &key, const QString &message)
    {
        m_problems.append(Tr::tr("%1, key “%2”: %3").arg(m_where, key, message));
    }

    void checkKeys(const QJsonObject &o, std::initializer_list<QStringView> allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (std::find(allowed.begin(), allowed.end(), QStringView(it.key())) == allowed.end())
                problem(it.key(), Tr::tr("unknown key (check its spelling against the format)"));
        }
    }

    QString text(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString())
            problem(QString::fromLatin1(key), Tr::tr("expected a text"));
        return v.toString();
    }

    std::optional<QDate> date(const QJsonObject &o, const char *key)
    {
        const QString s = text(o, key);
        if (s.isEmpty())
            return std::nullopt;
        static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!re.match(s).hasMatch() || !d.isValid()) {
            problem(QString::fromLatin1(key), Tr::tr("“%1” is not a date in the form YYYY-MM-DD").arg(s.left(40)));
            return std::nullopt;
        }
        return d;
    }

    Id id(const QJsonObject &o, const char *key, bool required)
    {
        const QString s = text(o, key);
        if (s.isEmpty()) {
            if (required)
                problem(QString::fromLatin1(key), Tr::tr("is required"));
            return {};
        }
        const Id parsed = idFromString(s);
        if (parsed.isNull())
            problem(QString::fromLatin1(key), Tr::tr("“%1” is not an id").arg(s.left(40)));
        return parsed;
    }

    ProjectData &m_data;
    QStringList &m_problems;
    QString m_where;
};

} // namespace

void readSnapshots(const QJsonValue &value, ProjectData &data, QStringList &problems)
{
    SnapshotReader(data, problems).read(value);
}

} // namespace ropa::json

#include "store/snapshotstore.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <sqlite3.h>

namespace ropa::store::snapshotstore {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::store)
};

QString dateText(const std::optional<QDate> &d)
{
    return d && d->isValid() ? d->toString(Qt::ISODate) : QString();
}

bool run(sql::Database &db, sql::Statement &st, QString *error)
{
    if (st.execute())
        return true;
    *error = Tr::tr("SQLite reports: %1").arg(db.errorText());
    return false;
}

class Reader
{
public:
    Reader(sql::Database &db, ProjectData *data, QString *error, contentdigest::RowFeed *feed)
        : m_db(db)
        , m_data(data)
        , m_error(error)
        , m_feed(feed)
    {
    }

    bool read() { return readNotices() && readLists() && readRows(); }

private:
    bool prepare(sql::Statement &st, const char *sql, const char *table)
    {
        m_table = QString::fromLatin1(table);
        if (st.prepare(m_db, sql)) {
            if (m_feed)
                m_feed->begin(m_db, m_table, st);
            return true;
        }
        *m_error = Tr::tr("SQLite reports: %1").arg(m_db.errorText());
        return false;
    }

    bool invalid(int row, const char *key, const QString &what)
    {
        *m_error = Tr::tr("Table “%1”, row %2, “%3”: %4. The project was not opened.")
                       .arg(m_table)
                       .arg(row)
                       .arg(QString::fromLatin1(key), what);
        return false;
    }

    // The next row, fed to the digest before any column is read.
    int step(sql::Statement &st)
    {
        const int rc = st.step();
        if (rc == SQLITE_ROW && m_feed)
            m_feed->add(st);
        return rc;
    }

    bool finish(int rc)
    {
        if (rc == SQLITE_DONE)
            return true;
        *m_error = Tr::tr("SQLite reports: %1").arg(m_db.errorText());
        return false;
    }

    bool id(const sql::Statement &st, int column, int row, const char *key, Id *out, bool required)
    {
        if (st.isNull(column)) {
            *out = Id();
            return !required || invalid(row, key, Tr::tr("the id is missing"));
        }
        *out = idFromString(st.columnText(column));
        return !out->isNull() || invalid(row, key, Tr::tr("not an id"));
    }

    bool date(const sql::Statement &st, int column, int row, const char *key, std::optional<QDate> *out)
    {
        if (st.isNull(column)) {
            *out = std::nullopt;
            return true;
        }
        static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString s = st.columnText(column);
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!re.match(s).hasMatch() || !d.isValid())
            return invalid(row, key, Tr::tr("“%1” is not a date").arg(s.left(40)));
        *out = d;
        return true;
    }

    bool readNotices()
    {
        sql::Statement st;
        if (!prepare(st, "SELECT party, period_days, received FROM party_subprocessor_notice ORDER BY party",
                     "party_subprocessor_notice"))
            return false;
        int rc, row = 0;
        while ((rc = step(st)) == SQLITE_ROW) {
            ++row;
            Id party;
            std::optional<QDate> received;
            if (!id(st, 0, row, "party", &party, true) || !date(st, 2, row, "received", &received))
                return false;
            auto it = m_data->parties.find(party);
            if (it == m_data->parties.end())
                return invalid(row, "party", Tr::tr("no party has this id"));
            Party p = it->second;
            if (!st.isNull(1))
                p.noticePeriodDays = int(st.columnInt(1));
            p.changeNoticeReceived = received;
            m_data->put(p);
        }
        return finish(rc);
    }

    bool readLists()
    {
        sql::Statement st;
        if (!prepare(st,
                     "SELECT id, vendor, source, list_updated, read_on, notice_received, document, format, pos "
                     "FROM subprocessor_lists ORDER BY pos",
                     "subprocessor_lists"))
            return false;
        int rc, row = 0;
        while ((rc = step(st)) == SQLITE_ROW) {
            ++row;
            SubprocessorSnapshot s;
            std::optional<QDate> read;
            if (!id(st, 0, row, "id", &s.id, true) || !id(st, 1, row, "vendor", &s.vendor, true) ||
                !date(st, 3, row, "list_updated", &s.listUpdated) || !date(st, 4, row, "read_on", &read) ||
                !date(st, 5, row, "notice_received", &s.noticeReceived) ||
                !id(st, 6, row, "document", &s.document, false))
                return false;
            if (!read)
                return invalid(row, "read_on", Tr::tr("the date is missing"));
            s.read = *read;
            s.source = st.columnText(2);
            s.format = st.columnText(7);
            m_index.insert(s.id, m_data->subprocessorSnapshots.size());
            m_data->subprocessorSnapshots.append(std::move(s));
        }
        return finish(rc);
    }

    bool readRows()
    {
        sql::Statement st;
        if (!prepare(st,
                     "SELECT list, name, purpose, location, corporate_location, data_shared, safeguards, link, "
                     "table_title, line, countries, party, pos FROM subprocessor_list_rows ORDER BY list, pos",
                     "subprocessor_list_rows"))
            return false;
        int rc, row = 0;
        while ((rc = step(st)) == SQLITE_ROW) {
            ++row;
            Id list;
            SnapshotRow r;
            if (!id(st, 0, row, "list", &list, true) || !id(st, 11, row, "party", &r.party, false))
                return false;
            const auto it = m_index.constFind(list);
            if (it == m_index.cend())
                return invalid(row, "list", Tr::tr("no subprocessor list has this id"));
            r.name = st.columnText(1);
            r.purpose = st.columnText(2);
            r.location = st.columnText(3);
            r.corporateLocation = st.columnText(4);
            r.dataShared = st.columnText(5);
            r.safeguards = st.columnText(6);
            r.link = st.columnText(7);
            r.table = st.columnText(8);
            r.line = int(st.columnInt(9));
            const QString countries = st.columnText(10);
            if (!countries.isEmpty())
                r.countries = countries.split(u',');
            m_data->subprocessorSnapshots[*it].rows.append(std::move(r));
        }
        return finish(rc);
    }

    sql::Database &m_db;
    ProjectData *m_data;
    QString *m_error;
    contentdigest::RowFeed *m_feed;
    QString m_table;
    QHash<Id, qsizetype> m_index;
};

} // namespace

bool write(sql::Database &db, const ProjectData &data, QString *error)
{
    for (const auto &[id, p] : data.parties) {
        if (!p.noticePeriodDays && !p.changeNoticeReceived)
            continue;
        sql::Statement st(db,
                          "INSERT INTO party_subprocessor_notice (party, period_days, received) VALUES (?1, ?2, ?3)");
        st.bindText(1, idToString(p.id));
        if (p.noticePeriodDays)
            st.bindInt(2, *p.noticePeriodDays);
        else
            st.bindNull(2);
        st.bindNullableText(3, dateText(p.changeNoticeReceived));
        if (!run(db, st, error))
            return false;
    }
    sql::Statement list(db, "INSERT INTO subprocessor_lists (id, pos, vendor, source, list_updated, read_on, "
                            "notice_received, document, format) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    sql::Statement row(db, "INSERT INTO subprocessor_list_rows (list, pos, name, purpose, location, "
                           "corporate_location, data_shared, safeguards, link, table_title, line, countries, party) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    for (qsizetype i = 0; i < data.subprocessorSnapshots.size(); ++i) {
        const SubprocessorSnapshot &s = data.subprocessorSnapshots[i];
        const QString listId = idToString(s.id);
        list.bindText(1, listId);
        list.bindInt(2, i);
        list.bindText(3, idToString(s.vendor));
        list.bindText(4, s.source);
        list.bindNullableText(5, dateText(s.listUpdated));
        list.bindText(6, dateText(s.read));
        list.bindNullableText(7, dateText(s.noticeReceived));
        list.bindNullableText(8, idToString(s.document));
        list.bindText(9, s.format);
        if (!run(db, list, error))
            return false;
        for (qsizetype k = 0; k < s.rows.size(); ++k) {
            const SnapshotRow &r = s.rows[k];
            row.bindText(1, listId);
            row.bindInt(2, k);
            row.bindText(3, r.name);
            row.bindText(4, r.purpose);
            row.bindText(5, r.location);
            row.bindText(6, r.corporateLocation);
            row.bindText(7, r.dataShared);
            row.bindText(8, r.safeguards);
            row.bindText(9, r.link);
            row.bindText(10, r.table);
            row.bindInt(11, r.line);
            row.bindText(12, r.countries.join(u','));
            row.bindNullableText(13, idToString(r.party));
            if (!run(db, row, error))
                return false;
        }
    }
    return true;
}

bool read(sql::Database &db, ProjectData *data, QString *error, contentdigest::RowFeed *feed)
{
    return Reader(db, data, error, feed).read();
}

} // namespace ropa::store::snapshotstore

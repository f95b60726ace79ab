#pragma once

// Rows collected in memory and inserted into one table by a single statement,
//   INSERT INTO t (a, b, c) SELECT c0, c1, c2 FROM ropa_rows(?1)
// where ropa_rows is a table-valued function (an eponymous virtual table, registered on the
// writer's own connection only) that hands SQLite the batch's cells. One statement for many
// rows saves SQLite's per-statement work (step, reset, bindings, statement journal, halt),
// which was most of the cost of a save: the rows themselves are the same.
//
// Used only by model/store's writer, on the in-memory database it builds.

#include <QByteArray>
#include <QString>
#include <QUuid>

#include <cstring>
#include <vector>

namespace ropa::store::sql {

class Database;

class RowBatch
{
public:
    // The most columns a batch can have (the activities table has 37).
    static constexpr int MaxColumns = 40;

    explicit RowBatch(int columns);

    int columns() const { return m_columns; }
    // Complete rows; cells are added left to right, `columns()` per row.
    qsizetype rowCount() const { return qsizetype(m_cells.size()) / m_columns; }
    bool isEmpty() const { return m_cells.empty(); }
    void clear();

    void addNull() { m_cells.push_back(Cell{}); }
    void addInt(qint64 value)
    {
        Cell c;
        c.type = Cell::Int;
        c.value = value;
        m_cells.push_back(c);
    }
    // A null QString is added as '' (as Statement::bindText binds it).
    void addText(const QString &text);
    // ASCII bytes (an enum name, a formatted date), copied into the arena.
    void addAscii(const char *text, qsizetype size);
    void addAscii(const char *text) { addAscii(text, qsizetype(std::strlen(text))); }
    // Empty is added as NULL (as Statement::bindNullableText).
    void addNullableText(const QString &text)
    {
        if (text.isEmpty())
            addNull();
        else
            addText(text);
    }
    // An id as its canonical text (8-4-4-4-12, lower case); the null id is NULL.
    void addId(const QUuid &id);
    // A required id: the null id is added as '' (as the writer's bindRequired does).
    void addRequiredId(const QUuid &id);

    // For the virtual table: the cell at (row, column) as SQLite wants it.
    struct Cell
    {
        enum Type : quint8 { Null, Int, Text, EmptyText };
        Type type = Null;
        quint32 size = 0; // Text: bytes in the arena
        qint64 value = 0; // Int; Text: offset in the arena
    };
    const Cell &cell(qsizetype row, int column) const { return m_cells[size_t(row * m_columns + column)]; }
    const char *arena() const { return m_arena.constData(); }

private:
    int m_columns;
    std::vector<Cell> m_cells;
    QByteArray m_arena;
};

// Registers ropa_rows on `db` (once per connection). False with SQLite's message on failure.
bool registerRowSource(Database &db, QString *error);

// INSERT INTO `table` (`columnList`) SELECT c0, ..., c<n-1> FROM ropa_rows(?1) for the batch.
// `columnList` names batch.columns() columns. False with SQLite's message on failure.
bool insertBatch(Database &db, const char *table, const char *columnList, const RowBatch &batch, QString *error);

// Writes the canonical text of an id (36 characters, no terminator) to `out`.
void formatId(const QUuid &id, char *out);

} // namespace ropa::store::sql

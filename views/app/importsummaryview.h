#pragma once

// File → Import…: what the import would do, before the user confirms: the activities added,
// already there, and given what they lacked; the entities of each kind added and matched by
// name; the values Ropa could not resolve, each with the rows it occurs in (kept as written,
// never guessed, unless the user says once what one reads as); and the rows skipped or placed elsewhere, with why.

#include "import/importapply.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace ropa {

class ImportSummaryView : public QWidget
{
    Q_OBJECT

public:
    enum CountColumns { KindColumn, AddedColumn, MatchedColumn };
    enum UnresolvedColumns { FieldColumn, ValueColumn, RowsColumn, ReadAsColumn };

    explicit ImportSummaryView(QWidget *parent = nullptr);

    // changesNothing: the project already holds everything the result has. values: what the
    // user said values read as (listed with the unresolved ones, to change or take back).
    void setOutcome(const importer::ImportPlan &plan, const importer::ImportResult &result, bool changesNothing,
                    const QList<importer::ValueMapping> &values);
    void clear();

    QLabel *summary() const { return m_summary; }
    QTreeWidget *counts() const { return m_counts; }
    QTreeWidget *unresolved() const { return m_unresolved; }
    QLabel *notes() const { return m_notes; }

Q_SIGNALS:
    // The user typed what a value reads as, for all its occurrences; empty: as written again.
    void valueMapped(importer::Field field, const QString &value, const QString &as);

private:
    bool m_filling = false;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_counts = nullptr;
    QLabel *m_unresolvedTitle = nullptr;
    QTreeWidget *m_unresolved = nullptr;
    QLabel *m_notes = nullptr;
};

} // namespace ropa

#pragma once

// The data items of an activity (Activity::dataItems: a data category of a group of data
// subjects, with its sources, purpose, retention and whether it must be provided; the Dutch
// register's "Gegevens", the CNIL's retention per category) as a table with Add and Remove,
// and the fields of the selected item under it (DataItemForm). Adding, removing and each
// change of a choice are undo steps of their own; typing in a text merges.

#include "activitysection.h"

class QPushButton;
class QTableWidget;

namespace ropa {

class DataItemForm;
class HintLabel;

class DataItemsTable : public ActivitySection
{
    Q_OBJECT

public:
    explicit DataItemsTable(QWidget *parent = nullptr);
    void load(const Activity &activity, const ProjectData &data, bool force) override;
    bool hasContent(const Activity &activity) const override;

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    DataItemForm *itemForm() const { return m_form; }

private:
    void fillRows(const ProjectData &data);
    void showSelected(bool force);
    void addItem();
    void removeItem();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    HintLabel *m_hint;
    DataItemForm *m_form;
    Activity m_activity;                 // as last loaded
    const ProjectData *m_data = nullptr; // the project's, valid while it is shown
    int m_selected = -1;
    bool m_loading = false;
};

} // namespace ropa

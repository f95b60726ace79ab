#pragma once

// The fields of one data item of an activity (DataItem: a data category of a group of data
// subjects, where it comes from, why it is collected, how long it is kept, whether the
// subject must provide it and what happens if not), under the table of data items.

#include "commands/mergeid.h"
#include "domain/entities.h"

#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace ropa {

struct ProjectData;
class ChoiceCombo;
class TextField;

class DataItemForm : public QWidget
{
    Q_OBJECT

public:
    explicit DataItemForm(QWidget *parent = nullptr);

    // Shows the item; the activity's categories and groups of subjects are offered (and the
    // item's own, should it name one the activity does not list). force: another item.
    void setItem(const DataItem &item, const Activity &activity, const ProjectData &data, bool force);

    ChoiceCombo *categoryCombo() const { return m_category; }
    ChoiceCombo *subjectCombo() const { return m_subject; }
    QListWidget *sourcesList() const { return m_sources; }

Q_SIGNALS:
    // The item as the user changed it; step: whether it merges with the edit before it.
    void edited(const ropa::DataItem &item, ropa::EditStep step);

private:
    void fillChoices(const Activity &activity, const ProjectData &data);
    void onSourceChanged(QListWidgetItem *item);
    void commit(EditStep step);

    DataItem m_item;
    ChoiceCombo *m_category;
    ChoiceCombo *m_subject;
    QListWidget *m_sources;
    TextField *m_purpose;
    TextField *m_retention;
    TextField *m_retentionText;
    ChoiceCombo *m_obligation;
    TextField *m_consequence;
    bool m_loading = false;
};

} // namespace ropa

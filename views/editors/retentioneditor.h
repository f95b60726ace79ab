#pragma once

// The retention rules of an activity (Art. 30(1)(f)): for some of its data categories, a
// duration (a number and a unit giving ISO 8601 P<n>D/W/M/Y, or any ISO 8601 duration
// typed), a trigger event, a legal reference and the text as written in the source.
//
// A rule needs a duration, a trigger or the text as written (the format requires it). A
// new rule is therefore kept in the editor, not in the project, until it has one; a field
// emptied so that a rule would have none, and a duration that is not ISO 8601, are not
// committed and the hint under the rule says why.

#include "commands/mergeid.h"
#include "domain/entities.h"

#include <QWidget>

class QListWidget;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace ropa {

class ChoiceCombo;
class HintLabel;
class Project;
class TextAreaField;
class TextField;

class RetentionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RetentionEditor(Project *project, QWidget *parent = nullptr);

    // The activity's rules and its data categories (offered to the rules).
    void setValue(const QList<RetentionRule> &rules, const IdList &activityCategories, bool force);

    struct RowWidgets
    {
        QWidget *frame = nullptr;
        QListWidget *categories = nullptr;
        QSpinBox *amount = nullptr;
        ChoiceCombo *unit = nullptr;
        TextField *duration = nullptr;
        TextField *trigger = nullptr;
        TextField *legalReference = nullptr;
        TextAreaField *text = nullptr;
        HintLabel *hint = nullptr;
        QPushButton *remove = nullptr;
    };
    int rowCount() const { return int(m_rows.size()); }
    const RowWidgets &row(int index) const { return m_rows.at(index); }
    QPushButton *addButton() const { return m_add; }
    // True while a new rule waits for a duration, a trigger or a text.
    bool hasPendingRule() const { return m_pending; }

Q_SIGNALS:
    void edited(const QList<ropa::RetentionRule> &rules, ropa::MergeId mergeId);

private:
    enum Unit { NoUnit, Days, Weeks, Months, Years, OtherUnit };

    QList<RetentionRule> committed() const;
    void rebuildRows();
    void loadRow(int index, bool force);
    void fillCategories(int index);
    void showUnit(int index, const QString &duration);
    void ruleEdited(int index, MergeId mergeId);
    void amountEdited(int index);
    void addRule();
    void removeRule(int index);

    Project *m_project;
    QVBoxLayout *m_rowsLayout;
    QList<RowWidgets> m_rows;
    QPushButton *m_add;
    QList<RetentionRule> m_rules; // what the editor shows: the committed rules, then a pending one
    IdList m_activityCategories;
    bool m_pending = false;
    bool m_loading = false;
    bool m_namesDirty = false; // a data category was renamed, added or removed
};

} // namespace ropa

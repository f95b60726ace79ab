#pragma once

// Find (Ctrl+F): type part of a name, see every entity of every kind that matches, press
// Enter to jump to it.

#include "domain/entities.h"

#include <QDialog>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace ropa {

class EntitySearchModel;
class Project;

class FindDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FindDialog(QWidget *parent = nullptr);

    void setProject(const Project *project);
    QLineEdit *searchField() const { return m_search; }
    QTableView *results() const { return m_results; }
    // The entities that match the text now, best first.
    QList<Id> matches() const;

Q_SIGNALS:
    void entityChosen(const QUuid &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose();

    EntitySearchModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_results = nullptr;
};

} // namespace ropa

#pragma once

// Find (Ctrl+F): type part of a name, see every entity of every kind that matches, press
// Enter to jump to it.

#include "domain/entities.h"

#include <QDeadlineTimer>
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
    // Makes the names and their order a slice at a time (the main window calls it while the
    // user is idle after opening a project); true once the first search needs nothing more.
    bool prepare(QDeadlineTimer deadline);

Q_SIGNALS:
    void entityChosen(const QUuid &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void choose();
    void onListChanged();
    void refreshIfStale() const;

    EntitySearchModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_results = nullptr;
    // The list changed while the dialog was hidden: ranked and sorted again when shown.
    mutable bool m_stale = true;
};

} // namespace ropa

#pragma once

// The data categories as a tree (each under its parent), sorted as people expect. A filter
// match keeps its ancestors visible; dragging a category onto another makes it its child
// (an undo step).

#include "domain/entities.h"

#include <QTreeView>

class QSortFilterProxyModel;

namespace ropa {

class CategoryTreeModel;
class Project;

class CategoryTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit CategoryTreeView(QWidget *parent = nullptr);

    void setProject(Project *project);
    // Filters the tree (when the text differs from the one it has); matches inside collapsed
    // branches are shown.
    void applyFilter(const QString &text);
    // Selects and shows the category; false when it is not in the (filtered) tree.
    bool selectCategory(const Id &id);
    // Selects the first category whose name reads `name` (any case).
    bool selectByName(const QString &name);
    Id currentCategory() const;
    // The first row, when nothing is current.
    void selectFirstIfNone();

Q_SIGNALS:
    void moveRefused(const QString &message);

private:
    CategoryTreeModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QString m_filter;
    bool m_filterApplied = false;
};

} // namespace ropa

#pragma once

// The list on the left of the main window: one entry per kind of entity (with its count),
// then, set apart by a rule, one per project-wide page (findings, dashboard, graph, ...).
// It is as wide as its longest entry and count need in the language of the interface.

#include "itemmodels/entitytablemodel.h"

#include <QListWidget>

#include <optional>

namespace ropa {

class Navigator : public QListWidget
{
    Q_OBJECT

public:
    // An entry carries its section (>= 0, or -1 for a page), its count, and its page's index.
    enum Roles { SectionRole = Qt::UserRole + 1, CountRole, PageRole };

    explicit Navigator(QWidget *parent = nullptr);

    // Adds a page's entry below the sections; `page` is what currentPage() returns for it.
    void addPage(int page, const QString &title);
    // The counts of each section in `data` (none: no project).
    void setCounts(const ProjectData *data);

    // The section chosen, or nothing when a page is.
    std::optional<Section> currentSection() const;
    // The page chosen (-1: a section).
    int currentPage() const;
    void showSection(Section section);
    bool showPage(int page);

    // Ctrl+1 … Ctrl+9: go to a section; Ctrl+0: to the navigator (for the View menu).
    QList<QAction *> sectionActions() const { return m_actions; }

    // Wide enough for every entry and its count (at least 230 px).
    int preferredWidth() const;

private:
    QList<QAction *> m_actions;
};

} // namespace ropa

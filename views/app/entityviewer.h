#pragma once

// A read-only window on one entity of a project that is not the open one (the other copy in
// File → Compare with…): the same detail page as the inventory's Overview, whose links to
// other entities move within that project. Nothing in it can be edited.

#include "domain/entities.h"

#include <QDialog>

#include <memory>

class QTextBrowser;

namespace ropa {

struct ProjectData;

class EntityViewer : public QDialog
{
    Q_OBJECT

public:
    // `data` is shared with the caller and kept alive as long as the viewer; `source` names
    // the copy in the title ("… in theirs.ropa").
    EntityViewer(std::shared_ptr<const ProjectData> data, const QString &source, QWidget *parent = nullptr);

    // Shows the entity; false when this copy has no such entity.
    bool showEntity(const Id &id);
    Id entity() const { return m_id; }
    QString text() const;

private:
    std::shared_ptr<const ProjectData> m_data;
    QString m_source;
    Id m_id;
    QTextBrowser *m_page;
};

} // namespace ropa

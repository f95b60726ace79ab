#pragma once

// A part of the activity editor with a form of its own (the record's identity, the data
// items, automated decisions, the DPIA). It shows some fields of the activity (load) and hands
// each change to the activity editor as a function on a copy of the activity, with the merge
// id that names the field; the editor pushes it as one undo command (KindEditor::modify). A
// section never writes the project.

#include "commands/mergeid.h"
#include "domain/entities.h"

#include <QWidget>

#include <functional>

class QFormLayout;

namespace ropa {

struct ProjectData;

using ActivityChange = std::function<void(Activity &)>;

class ActivitySection : public QWidget
{
    Q_OBJECT

public:
    explicit ActivitySection(QWidget *parent = nullptr);

    // Shows the activity's values; force: a new activity (every field replaced).
    virtual void load(const Activity &activity, const ProjectData &data, bool force) = 0;
    // Whether the activity states anything this section shows (it opens for it).
    virtual bool hasContent(const Activity &activity) const = 0;
    // Fills the lists to choose from again (entities were added, renamed or removed).
    virtual void fillChoices(const ProjectData &data) { Q_UNUSED(data); }

Q_SIGNALS:
    void changed(const ropa::ActivityChange &change, ropa::MergeId mergeId, ropa::EditStep step);
    void linkActivated(ropa::EntityKind kind, const QUuid &id);

protected:
    QFormLayout *form() const { return m_form; }
    // A labelled row, its label aligned with the first line of a taller field.
    void addRow(const QString &label, QWidget *field);
    // Emits changed() for one field.
    void change(const ActivityChange &f, MergeId mergeId, EditStep step = EditStep::Separate);

private:
    QFormLayout *m_form;
};

} // namespace ropa

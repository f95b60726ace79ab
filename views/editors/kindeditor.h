#pragma once

// The base of the per-kind editors (kindeditors.h lists them): a scrollable form for one entity of a
// Project. load(force) shows the entity's current values (force: a new entity, so every
// field is replaced; otherwise fields keep what the user is typing, see fields.h). Edits
// go through modify(), which copies the entity, changes the copy and hands it to
// edit::change(): an undo command, never a direct write.

#include "commands/edits.h"
#include "domain/project.h"
#include "entitychoices.h"
#include "fields.h"

#include <QDeadlineTimer>
#include <QWidget>

#include <array>
#include <functional>
#include <initializer_list>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace ropa {

class LinkPicker;

class KindEditor : public QWidget
{
    Q_OBJECT

public:
    KindEditor(Project *project, EntityKind kind, QWidget *parent = nullptr);

    EntityKind kind() const { return m_kind; }
    Id entityId() const { return m_id; }
    Project *project() const { return m_project; }

    // Shows that entity (all fields replaced).
    void setEntity(const Id &id);
    // Shows the entity's current values, keeping the fields the user is editing.
    void reload();
    // Fills what does not depend on the entity shown (lists of thousands of parties or
    // activities to choose from), so that showing the first entity costs no more than the
    // next; the main window calls it while the user is idle after opening a project.
    // A piece at a time: false when the deadline came before the rest (call again).
    virtual bool prepare(QDeadlineTimer deadline)
    {
        Q_UNUSED(deadline);
        return true;
    }

Q_SIGNALS:
    void linkActivated(ropa::EntityKind kind, const QUuid &id);

protected:
    virtual void load(bool force) = 0;

    template <typename T> const T *entity() const { return m_project->find<T>(m_id); }

    // Changes the shown entity through an undo command; false when nothing changed.
    // mergeId names the field (mergeid.h); step Separate keeps the edit a step of its own.
    template <typename T, typename F>
    bool modify(F &&change, MergeId mergeId = MergeId::None, EditStep step = EditStep::Merging)
    {
        const T *current = entity<T>();
        if (!current)
            return false;
        T copy = *current;
        change(copy);
        return edit::change(*m_project, AnyEntity(std::move(copy)), mergeId, step);
    }

    // Form building: headings and labelled rows, top to bottom.
    void addHeading(const QString &text);
    void addRow(const QString &label, QWidget *field);
    void addWideRow(QWidget *field);
    // Shows or hides a row (its label too) that does not apply to the entity shown.
    void setRowVisible(QWidget *field, bool visible);
    // A combo of referenced entities with a button that shows the selected one.
    QWidget *withGoTo(ChoiceCombo *combo, EntityKind kind);
    void setTitle(const QString &title);

    // KindEditor::prepare's pieces after the first (worked: it did something): each picker's
    // list, one per call once the deadline has come.
    static bool prepareChoices(bool worked, std::initializer_list<LinkPicker *> pickers, QDeadlineTimer deadline);

    // True (once) when entities of that kind were added, changed or removed since the
    // last call: lists of them in combos need filling again.
    bool takeDirty(EntityKind kind);

    // Fills combo with the entities of a kind (those accepted by keep), by name, after an
    // optional "none" choice; keeps the selection when it can.
    template <typename T>
    void fillEntities(ChoiceCombo *combo, const QString &noneText, const std::function<bool(const T &)> &keep = {});

private:
    Project *m_project;
    EntityKind m_kind;
    Id m_id;
    QLabel *m_title;
    QLabel *m_kindLabel;
    QFormLayout *m_form;
    std::array<bool, EntityKindCount> m_dirty{};
};

template <typename T>
void KindEditor::fillEntities(ChoiceCombo *combo, const QString &noneText, const std::function<bool(const T &)> &keep)
{
    fillEntityChoices<T>(combo, m_project->data(), noneText, keep);
}

} // namespace ropa

#pragma once

// Every question the main window asks the user, behind one seam: the default implementation
// shows message boxes and file dialogs; tests install one that answers from a script and
// records what was asked (KeePassXC does the same), so no test ever waits on a modal dialog.

#include "commands/newentity.h"

#include <QString>

#include <optional>

class QWidget;

namespace ropa {

class Dialogs
{
public:
    enum class SaveChanges { Save, Discard, Cancel };
    enum class LockedChoice { ReadOnly, Copy, Cancel };
    enum class ChangedOnDiskChoice { SaveAs, Overwrite, Cancel };
    enum class RecoveryChoice { Restore, Discard, Later };

    virtual ~Dialogs();

    // "Save the changes to <name> before closing?"
    virtual SaveChanges askSaveChanges(QWidget *parent, const QString &name);
    // The project is open elsewhere; holder is "Anna on dpo-laptop since ...".
    virtual LockedChoice askLocked(QWidget *parent, const QString &fileName, const QString &holder);
    // Save refused because the file changed on disk; message is the store's.
    virtual ChangedOnDiskChoice askChangedOnDisk(QWidget *parent, const QString &message);
    // A removal that takes other entities with it.
    virtual bool confirmDelete(QWidget *parent, const QString &text, const QString &details);
    virtual RecoveryChoice askRestore(QWidget *parent, const QString &text, const QString &details);
    virtual void showError(QWidget *parent, const QString &text, const QString &details);
    // File › New: the project's name, the own organisation and its DPO; empty when cancelled.
    virtual std::optional<edit::NewProjectDetails> askNewProject(QWidget *parent);
    // Empty when the user cancels.
    virtual QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    virtual QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                 const QString &filter);
    // A text the user writes (several lines), starting from `text`; nullopt when cancelled.
    virtual std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                           const QString &text);
};

} // namespace ropa

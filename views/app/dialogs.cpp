#include "dialogs.h"

#include "app/newprojectdialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace ropa {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ropa::Dialogs)
};

} // namespace

Dialogs::~Dialogs() = default;

Dialogs::SaveChanges Dialogs::askSaveChanges(QWidget *parent, const QString &name)
{
    QMessageBox box(QMessageBox::Warning, Tr::tr("Unsaved changes"),
                    Tr::tr("Save the changes to %1 before closing?").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(Tr::tr("Your changes will be lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return SaveChanges::Save;
    case QMessageBox::Discard: return SaveChanges::Discard;
    default: return SaveChanges::Cancel;
    }
}

Dialogs::LockedChoice Dialogs::askLocked(QWidget *parent, const QString &fileName, const QString &holder)
{
    QMessageBox box(QMessageBox::Information, Tr::tr("Project in use"),
                    holder.isEmpty() ? Tr::tr("%1 is open in another Ropa.").arg(fileName)
                                     : Tr::tr("%1 is open by %2.").arg(fileName, holder),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(Tr::tr("You can open it read-only, or open a copy that you save under another "
                                  "name. Changes the other user saves will not appear in either."));
    QPushButton *readOnly = box.addButton(Tr::tr("Open &read-only"), QMessageBox::AcceptRole);
    QPushButton *copy = box.addButton(Tr::tr("Open a &copy"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(readOnly);
    box.exec();
    if (box.clickedButton() == readOnly)
        return LockedChoice::ReadOnly;
    if (box.clickedButton() == copy)
        return LockedChoice::Copy;
    return LockedChoice::Cancel;
}

Dialogs::ChangedOnDiskChoice Dialogs::askChangedOnDisk(QWidget *parent, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, Tr::tr("File changed on disk"), message, QMessageBox::NoButton, parent);
    box.setInformativeText(Tr::tr("Save your version under another name to keep both, or overwrite the file "
                                  "and lose the other changes."));
    QPushButton *saveAs = box.addButton(Tr::tr("Save &As…"), QMessageBox::AcceptRole);
    QPushButton *overwrite = box.addButton(Tr::tr("&Overwrite"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(saveAs);
    box.exec();
    if (box.clickedButton() == saveAs)
        return ChangedOnDiskChoice::SaveAs;
    if (box.clickedButton() == overwrite)
        return ChangedOnDiskChoice::Overwrite;
    return ChangedOnDiskChoice::Cancel;
}

bool Dialogs::confirmDelete(QWidget *parent, const QString &text, const QString &details)
{
    QMessageBox box(QMessageBox::Question, Tr::tr("Remove"), text, QMessageBox::NoButton, parent);
    box.setInformativeText(details);
    QPushButton *remove = box.addButton(Tr::tr("&Remove"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

Dialogs::RecoveryChoice Dialogs::askRestore(QWidget *parent, const QString &text, const QString &details)
{
    QMessageBox box(QMessageBox::Question, Tr::tr("Restore unsaved changes"), text, QMessageBox::NoButton, parent);
    box.setInformativeText(details);
    QPushButton *restore = box.addButton(Tr::tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(Tr::tr("&Discard"), QMessageBox::DestructiveRole);
    box.addButton(Tr::tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() == restore)
        return RecoveryChoice::Restore;
    if (box.clickedButton() == discard)
        return RecoveryChoice::Discard;
    return RecoveryChoice::Later;
}

void Dialogs::showError(QWidget *parent, const QString &text, const QString &details)
{
    QMessageBox box(QMessageBox::Warning, Tr::tr("Ropa"), text, QMessageBox::Ok, parent);
    if (!details.isEmpty())
        box.setInformativeText(details);
    box.exec();
}

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

std::optional<QString> Dialogs::askText(QWidget *parent, const QString &title, const QString &label,
                                        const QString &text)
{
    bool ok = false;
    const QString answer = QInputDialog::getMultiLineText(parent, title, label, text, &ok);
    return ok ? std::optional<QString>(answer) : std::nullopt;
}

std::optional<edit::NewProjectDetails> Dialogs::askNewProject(QWidget *parent)
{
    NewProjectDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.details();
}

} // namespace ropa

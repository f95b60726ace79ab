#pragma once

// A Dialogs seam for tests: answers from a script, records every question.

#include "app/dialogs.h"

#include <QStringList>

class ScriptedDialogs : public ropa::Dialogs
{
public:
    SaveChanges saveChanges = SaveChanges::Cancel;
    LockedChoice locked = LockedChoice::Cancel;
    ChangedOnDiskChoice changedOnDisk = ChangedOnDiskChoice::Cancel;
    bool deleteAnswer = true;
    RecoveryChoice recovery = RecoveryChoice::Later;
    QString openPath;
    QString savePath;
    // File › New: what the user types (nullopt: Cancel).
    std::optional<ropa::edit::NewProjectDetails> newProject =
        ropa::edit::NewProjectDetails{QStringLiteral("Untitled project"), QStringLiteral("My organisation"), {}, {}};

    // A text the user writes (nullopt: Cancel); empty: they keep the text offered.
    std::optional<QString> text = QString();

    QStringList asked;     // every question, as "kind: text"
    QString lastSuggested; // the name Save As suggested

    SaveChanges askSaveChanges(QWidget *, const QString &name) override
    {
        asked.append(QStringLiteral("save-changes: ") + name);
        return saveChanges;
    }
    LockedChoice askLocked(QWidget *, const QString &fileName, const QString &holder) override
    {
        asked.append(QStringLiteral("locked: ") + fileName + QStringLiteral(" | ") + holder);
        return locked;
    }
    ChangedOnDiskChoice askChangedOnDisk(QWidget *, const QString &message) override
    {
        asked.append(QStringLiteral("changed-on-disk: ") + message);
        return changedOnDisk;
    }
    bool confirmDelete(QWidget *, const QString &text, const QString &details) override
    {
        asked.append(QStringLiteral("delete: ") + text + QStringLiteral(" | ") + details);
        return deleteAnswer;
    }
    RecoveryChoice askRestore(QWidget *, const QString &text, const QString &) override
    {
        asked.append(QStringLiteral("restore: ") + text);
        return recovery;
    }
    void showError(QWidget *, const QString &text, const QString &details) override
    {
        asked.append(QStringLiteral("error: ") + text + QStringLiteral(" | ") + details);
    }
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        asked.append(QStringLiteral("open-file"));
        return openPath;
    }
    QString saveFileName(QWidget *, const QString &, const QString &suggested, const QString &) override
    {
        asked.append(QStringLiteral("save-file: ") + suggested);
        lastSuggested = suggested;
        return savePath;
    }
    std::optional<QString> askText(QWidget *, const QString &, const QString &label, const QString &offered) override
    {
        asked.append(QStringLiteral("text: ") + label);
        if (text && text->isEmpty())
            return offered;
        return text;
    }
    std::optional<ropa::edit::NewProjectDetails> askNewProject(QWidget *) override
    {
        asked.append(QStringLiteral("new-project"));
        return newProject;
    }
    bool wasAsked(const QString &prefix) const
    {
        for (const QString &q : asked) {
            if (q.startsWith(prefix))
                return true;
        }
        return false;
    }
    QString question(const QString &prefix) const
    {
        for (const QString &q : asked) {
            if (q.startsWith(prefix))
                return q;
        }
        return {};
    }
};

// Autosave and recovery with the real program: start `ropa` as a child process with a tiny
// autosave interval, make an edit, kill it (SIGKILL), and check that the recovery copy holds
// the edit and that the next start restores it over the original file.

#include "commands/edits.h"
#include "common/scripteddialogs.h"
#include "mainwindow.h"
#include "session/recovery.h"
#include "store/jsonformat.h"
#include "store/projectstore.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ropa;

class TestRecovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_project;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        return env;
    }
    QString recoveryDir() const { return m_home.filePath(QStringLiteral("data/Ropa/Ropa/recovery")); }
    QStringList recoveryCopies() const
    {
        return QDir(recoveryDir()).entryList({QStringLiteral("*.ropa")}, QDir::Files);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(QFile::exists(QStringLiteral(ROPA_GUI_PATH)));
        // The same folders in this process, for RecoveryWriter and MainWindow below.
        QCoreApplication::setOrganizationName(QStringLiteral("Ropa"));
        QCoreApplication::setApplicationName(QStringLiteral("Ropa"));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
        m_project = m_home.filePath(QStringLiteral("inventory.ropa"));
        const json::ReadResult example = json::readProjectFile(MainWindow::examplePath());
        QVERIFY(example.data);
        QVERIFY(!store::saveProject(*example.data, m_project).error);
    }

    void killedProcessIsRecovered()
    {
        const QString original = store::openProject(m_project).data->info.name;

        // 1. Start, edit, wait for the recovery copy, kill.
        QProcess ropa;
        ropa.setProcessEnvironment(environment());
        ropa.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        ropa.start(QStringLiteral(ROPA_GUI_PATH),
                   {QStringLiteral("--autosave-interval-ms"), QStringLiteral("100"), QStringLiteral("--test-edit"),
                    QStringLiteral("rename-project=Edited before the crash"), m_project});
        QVERIFY(ropa.waitForStarted());
        QElapsedTimer timer;
        timer.start();
        QString copy;
        while (timer.elapsed() < 30000 && copy.isEmpty()) {
            QTest::qWait(100);
            const QStringList copies = recoveryCopies();
            if (copies.isEmpty() ||
                !QFile::exists(recoveryDir() + u'/' + QFileInfo(copies.constFirst()).completeBaseName() +
                               QStringLiteral(".json")))
                continue;
            copy = recoveryDir() + u'/' + copies.constFirst();
        }
        QVERIFY2(!copy.isEmpty(), "no recovery copy was written");
        QCOMPARE(ropa.state(), QProcess::Running);
        ropa.kill(); // SIGKILL: no clean-up at all
        QVERIFY(ropa.waitForFinished());
        QCOMPARE(ropa.exitStatus(), QProcess::CrashExit);

        // The copy holds the edit; the original does not.
        const store::OpenResult recovered = store::openProject(copy);
        QVERIFY2(recovered.data, qPrintable(recovered.error.message));
        QCOMPARE(recovered.data->info.name, QStringLiteral("Edited before the crash"));
        QCOMPARE(store::openProject(m_project).data->info.name, original);
        const QList<RecoveryFile> pending = pendingRecoveries();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.constFirst().originalPath, m_project);

        // 2. The next start restores it over the original, as one undoable step.
        QProcess again;
        again.setProcessEnvironment(environment());
        again.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const QString statePath = m_home.filePath(QStringLiteral("state.json"));
        again.start(QStringLiteral(ROPA_GUI_PATH),
                    {QStringLiteral("--restore-recovery"), QStringLiteral("--test-state"), statePath});
        QVERIFY(again.waitForFinished(60000));
        QCOMPARE(again.exitCode(), 0);
        QFile stateFile(statePath);
        QVERIFY(stateFile.open(QIODevice::ReadOnly));
        const QJsonObject state = QJsonDocument::fromJson(stateFile.readAll()).object();
        QCOMPARE(state.value(u"name").toString(), QStringLiteral("Edited before the crash"));
        QCOMPARE(state.value(u"modified").toBool(), true);
        QCOMPARE(state.value(u"savePath").toString(), m_project);
        QVERIFY(state.value(u"undoText").toString().contains(QStringLiteral("Restore")));
        // That session ended cleanly (discarding): no copy is left.
        QVERIFY(recoveryCopies().isEmpty());
    }

    void startOffersTheCopy()
    {
        // The offer goes through the dialog seam.
        {
            MainWindow first;
            first.setErrorDialogsEnabled(false);
            first.setAutosaveInterval(0);
            QVERIFY(first.openFile(m_project));
            ProjectInfo info = first.project()->info();
            info.name = QStringLiteral("Offered");
            QVERIFY(edit::setInfo(*first.project(), info));
            first.writeRecoveryCopy();
            QVERIFY(QFile::exists(first.recoveryCopyPath()));
            // Leaves without finishSession(), like a crash: the copy stays.
        }
        QCOMPARE(pendingRecoveries().size(), 1);

        MainWindow later;
        auto dialogs = std::make_unique<ScriptedDialogs>();
        ScriptedDialogs *d = dialogs.get();
        later.setDialogs(std::move(dialogs));
        d->recovery = Dialogs::RecoveryChoice::Later;
        QVERIFY(!later.offerRecovery());
        QVERIFY(d->question(QStringLiteral("restore: ")).contains(QStringLiteral("inventory.ropa")));
        QCOMPARE(pendingRecoveries().size(), 1);
        d->recovery = Dialogs::RecoveryChoice::Restore;
        QVERIFY(later.offerRecovery());
        QCOMPARE(later.project()->info().name, QStringLiteral("Offered"));
        QVERIFY(later.isWindowModified());
        later.undoAction()->trigger();
        QCOMPARE(later.project()->info().name, store::openProject(m_project).data->info.name);
        later.finishSession();
        QVERIFY(pendingRecoveries().isEmpty());
    }
};

QTEST_MAIN(TestRecovery)
#include "test_recovery.moc"

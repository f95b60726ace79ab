// The desktop program in Dutch and German: the real `ropa` binary, started offscreen with the
// language chosen in Settings (ui/language, as Edit › Preferences stores it), shows its menus
// in that language; it also renders a screenshot of the window with a project open.

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGuiLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        return env;
    }

    // The language as the settings dialog stores it, in the sandbox's settings file.
    void chooseLanguage(const QString &language)
    {
        QSettings settings(m_home.filePath(u"config/Ropa/Ropa.conf"_s), QSettings::IniFormat);
        settings.setValue(u"ui/language"_s, language);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }

    // Runs ropa with args; returns its exit code (or -1).
    int runRopa(const QStringList &args)
    {
        QProcess ropa;
        ropa.setProcessEnvironment(environment());
        ropa.setProcessChannelMode(QProcess::ForwardedChannels);
        ropa.start(QStringLiteral(ROPA_GUI_PATH), args);
        if (!ropa.waitForFinished(120000))
            return -1;
        return ropa.exitStatus() == QProcess::NormalExit ? ropa.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void menus_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("menus");
        QTest::newRow("nl") << u"nl"_s << QStringList{u"&Bestand"_s, u"B&ewerken"_s, u"Beel&d"_s, u"&Help"_s};
        QTest::newRow("de") << u"de"_s << QStringList{u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s, u"&Hilfe"_s};
        QTest::newRow("en") << u"en"_s << QStringList{u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Help"_s};
    }

    void menus()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, menus);
        chooseLanguage(language);
        const QString statePath = m_home.filePath(u"state-%1.json"_s.arg(language));
        QCOMPARE(runRopa({u"--test-state"_s, statePath}), 0);
        QFile file(statePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
        QStringList shown;
        for (const QJsonValue &v : state.value(u"menus").toArray())
            shown.append(v.toString());
        QCOMPARE(shown, menus);
    }

    // The window with the demo project, in Dutch: renders (look at it: ROPA_KEEP_SCREENSHOT=DIR).
    void screenshotInDutch()
    {
        chooseLanguage(u"nl"_s);
        const QString shot = m_home.filePath(u"ropa-nl.png"_s);
        QCOMPARE(runRopa({u"--screenshot"_s, shot, u"--page"_s, u"records"_s,
                          QStringLiteral(ROPA_SOURCE_DIR "/resources/examples/demo-contact-centre.json")}),
                 0);
        const QImage image(shot);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 400 && image.height() > 300);
        const QByteArray keep = qgetenv("ROPA_KEEP_SCREENSHOT");
        if (!keep.isEmpty()) {
            QFile::remove(QString::fromLocal8Bit(keep) + u"/ropa-nl.png"_s);
            QVERIFY(QFile::copy(shot, QString::fromLocal8Bit(keep) + u"/ropa-nl.png"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestGuiLanguage)
#include "test_gui_language.moc"

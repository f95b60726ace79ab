// Exports: each format parses, and hostile names stay inert text in every one of them.

#include "graph/graphexport.h"
#include "graphbuilder.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace ropa;
using namespace ropa::graph;
using ropa::test::GraphBuilder;

namespace {

const QString Hostile = QStringLiteral("Evil \"Corp\" \\N\\G\\L\\ <script>alert(1)</script> ]]> &amp; \x01\x1b\x7f\u0085 line\nbreak");

GraphBuilder hostileGraph()
{
    GraphBuilder b;
    b.data().info.name = QStringLiteral("Project \\T \"x\" <b>bold</b> \x02");
    b.own(QStringLiteral("Own"))
        .party(Hostile, QStringLiteral("US"), false)
        .party(QStringLiteral("Sub ]]> \\"), QStringLiteral("IN"), std::nullopt, PartyKind::Organisation, false)
        .category(QStringLiteral("Cat \"<x>\" \\L"));
    b.transfer(QStringLiteral("Own"), Hostile, Mechanism::Scc, {QStringLiteral("Cat \"<x>\" \\L")})
        .transfer(Hostile, QStringLiteral("Sub ]]> \\"), Mechanism::PrivacyShield);
    return b;
}

bool hasControl(const QByteArray &bytes)
{
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && u != '\n' && u != '\r' && u != '\t')
            return true;
        if (u == 0x7F)
            return true;
    }
    return false;
}

struct Xml
{
    QString error;
    QStringList elements;
    QString text;
};

Xml readXml(const QByteArray &bytes)
{
    Xml x;
    QXmlStreamReader r(bytes);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement())
            x.elements.append(r.name().toString());
        if (r.isCharacters())
            x.text += r.text();
    }
    if (r.hasError())
        x.error = r.errorString();
    return x;
}

} // namespace

class TestGraphExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleaning()
    {
        QCOMPARE(cleanText(QStringLiteral("a\x01" "b\nc\x7f" "d")), QStringLiteral("ab cd"));
        QCOMPARE(dotEscape(QStringLiteral("\\N \"q\"")), QStringLiteral("\\\\N \\\"q\\\""));
        QCOMPARE(xmlEscape(QStringLiteral("<a href=\"x\">&]]>")), QStringLiteral("&lt;a href=&quot;x&quot;&gt;&amp;]]&gt;"));
    }

    void dot()
    {
        const GraphBuilder b = hostileGraph();
        TransferGraph g(b.data());
        QString error;
        const QByteArray bytes = exportPicture(g, makePicture(g, {}), Format::Dot, &error);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!hasControl(bytes));
        const QString text = QString::fromUtf8(bytes);
        // Every quoted string: a backslash only escapes \, " or our own line break n.
        int quoted = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] != u'"')
                continue;
            ++quoted;
            for (++i; i < text.size() && text[i] != u'"'; ++i) {
                if (text[i] == u'\\') {
                    ++i;
                    QVERIFY2(i < text.size() && (text[i] == u'\\' || text[i] == u'"' || text[i] == u'n'),
                             qPrintable(text.mid(i - 10, 20)));
                }
            }
            QVERIFY(i < text.size());
        }
        QVERIFY(quoted > 10);
        QVERIFY(text.contains(QStringLiteral("Evil \\\"Corp\\\" \\\\N\\\\G\\\\L\\\\ <script>")));

        const QString dotTool = QStandardPaths::findExecutable(QStringLiteral("dot"));
        if (dotTool.isEmpty())
            QSKIP("Graphviz dot is not installed: the DOT syntax check needs it");
        QProcess p;
        p.start(dotTool, {QStringLiteral("-Tsvg")});
        p.write(bytes);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const Xml x = readXml(p.readAllStandardOutput());
        QVERIFY2(x.error.isEmpty(), qPrintable(x.error));
        QVERIFY(!x.elements.contains(QStringLiteral("script")));
        QVERIFY(x.text.contains(QStringLiteral("\\N\\G\\L")));
    }

    void svg()
    {
        const GraphBuilder b = hostileGraph();
        TransferGraph g(b.data());
        QString error;
        const Picture pic = makePicture(g, {});
        const QByteArray bytes = exportPicture(g, pic, Format::Svg, &error);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!hasControl(bytes));
        const Xml x = readXml(bytes);
        QVERIFY2(x.error.isEmpty(), qPrintable(x.error));
        QVERIFY(!x.elements.contains(QStringLiteral("script")));
        QVERIFY(!x.elements.contains(QStringLiteral("b")));
        QVERIFY(x.text.contains(cleanText(pic.title)));
        QVERIFY(x.text.contains(QStringLiteral("Evil")));
    }

    void graphml()
    {
        const GraphBuilder b = hostileGraph();
        TransferGraph g(b.data());
        QString error;
        const QByteArray bytes = exportPicture(g, makePicture(g, {}), Format::GraphMl, &error);
        QVERIFY2(!bytes.isEmpty(), qPrintable(error));
        QVERIFY(!hasControl(bytes));
        QXmlStreamReader r(bytes);
        QStringList names;
        int nodes = 0, edges = 0;
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.name() == QLatin1StringView("node"))
                ++nodes;
            if (r.isStartElement() && r.name() == QLatin1StringView("edge"))
                ++edges;
            if (r.isStartElement() && r.name() == QLatin1StringView("data") &&
                r.attributes().value(QStringLiteral("key")) == QLatin1StringView("d0"))
                names.append(r.readElementText());
        }
        QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
        QCOMPARE(nodes, 3);
        QCOMPARE(edges, 2);
        QVERIFY(names.contains(cleanText(Hostile)));
        QVERIFY(names.contains(QStringLiteral("Sub ]]> \\")));
    }

    void pngAndPdf()
    {
        const GraphBuilder b = hostileGraph();
        TransferGraph g(b.data());
        QString error;
        const Picture pic = makePicture(g, {});
        const QByteArray png = exportPicture(g, pic, Format::Png, &error);
        QImage image;
        QVERIFY(image.loadFromData(png, "PNG"));
        QVERIFY(image.width() > 600 && image.height() > 200);
        const QByteArray pdf = exportPicture(g, pic, Format::Pdf, &error);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    }

    void categoryPicture()
    {
        const GraphBuilder b = hostileGraph();
        TransferGraph g(b.data());
        const Picture pic = makePicture(g, g.findCategory(QStringLiteral("cat \"<x>\" \\l")));
        QVERIFY(!pic.category.isNull());
        // The second transfer lists nothing, so it is assumed to carry the category too.
        QCOMPARE(pic.layout.nodes.size(), 3);
        QCOMPARE(pic.layout.edges.size(), 2);
        QVERIFY(pic.title.contains(QStringLiteral("Cat")));
    }
};

QTEST_MAIN(TestGraphExport)
#include "test_graphexport.moc"

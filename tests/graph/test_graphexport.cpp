// Exports: each format parses, and hostile names stay inert text in every one of them.

#include "graph/graphexport.h"
#include "graph/graphpainter.h"
#include "graphbuilder.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace ropa;
using namespace ropa::graph;
using ropa::test::GraphBuilder;

namespace {

const QString Hostile =
    QStringLiteral("Evil \"Corp\" \\N\\G\\L\\ <script>alert(1)</script> ]]> &amp; \x01\x1b\x7f\u0085 line\nbreak");

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

const QString LongName = QStringLiteral("Amazon Web Services, Inc. and its affiliated data centre operators");

// A processor with a long name, and a subprocessor without a country of its own whose
// transfers go to many countries (its box lists them all).
GraphBuilder longNameGraph()
{
    GraphBuilder b;
    b.own(QStringLiteral("Tandartspraktijk Zonnehoek Noord-Holland B.V."))
        .party(LongName, QStringLiteral("US"), false)
        .party(QStringLiteral("Support"), QString());
    b.transfer(QStringLiteral("Tandartspraktijk Zonnehoek Noord-Holland B.V."), LongName, Mechanism::Scc)
        .transfer(LongName, QStringLiteral("Support"), Mechanism::Scc, {},
                  QStringLiteral("IN PH ZA BR MX JP AU CA SG KR CN AR CL CO EG KE").split(u' '));
    return b;
}

// The texts of an SVG's <text> elements, in the order they are drawn.
QStringList svgTexts(const QByteArray &svg)
{
    QStringList texts;
    QXmlStreamReader r(svg);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1StringView("text"))
            texts.append(r.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
    }
    return texts;
}

} // namespace

class TestGraphExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleaning()
    {
        QCOMPARE(cleanText(QStringLiteral("a\x01"
                                          "b\nc\x7f"
                                          "d")),
                 QStringLiteral("ab cd"));
        QCOMPARE(dotEscape(QStringLiteral("\\N \"q\"")), QStringLiteral("\\\\N \\\"q\\\""));
        QCOMPARE(xmlEscape(QStringLiteral("<a href=\"x\">&]]>")),
                 QStringLiteral("&lt;a href=&quot;x&quot;&gt;&amp;]]&gt;"));
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

    // Issue #23, item 7: a long name shows whole (over several lines) and a long country
    // list stays inside its box, which the layout makes tall enough.
    void longNamesShowWhole()
    {
        const GraphBuilder b = longNameGraph();
        const TransferGraph g(b.data());
        const Picture pic = makePicture(g, {});
        QVERIFY(!hasOverlaps(pic.layout));
        const int aws = g.nodeOf(GraphBuilder::idFor(QStringLiteral("party"), LongName));
        const int support = g.nodeOf(GraphBuilder::idFor(QStringLiteral("party"), QStringLiteral("Support")));
        const QString countries = nodeCountryText(g, support);
        QVERIFY(countries.contains(QStringLiteral("IN, PH, ZA, BR, MX, JP, AU, CA, SG, KR, CN, AR, CL, CO, EG, KE")));

        // The SVG has every word of the name and of the country list, in order.
        QString error;
        const QStringList texts = svgTexts(exportPicture(g, pic, Format::Svg, &error));
        const QString drawn = texts.join(u' ');
        QVERIFY2(drawn.contains(LongName), qPrintable(drawn));
        QVERIFY2(drawn.contains(countries), qPrintable(drawn));
        QVERIFY(drawn.contains(QStringLiteral("Tandartspraktijk Zonnehoek Noord-Holland B.V.")));
        QVERIFY(!drawn.contains(QChar(0x2026))); // nothing elided

        for (const int node : {aws, support}) {
            const NodeBox *box = pic.layout.boxOf(node);
            QVERIFY(box);
            const NodeLabel label = nodeLabel(g, node, box->rect.width());
            QVERIFY(label.name.size() + label.country.size() > 2); // it takes more lines than a short one
            QVERIFY(box->rect.height() > LayoutOptions().nodeHeight);
            QVERIFY(box->rect.height() >= labelHeight(label));
            // Painted alone on a transparent image: nothing of it outside its box (the
            // border's pen is half outside), and text in its lower half.
            const QRectF rect(QPointF(40, 40), box->rect.size());
            QImage image(int(rect.right()) + 120, int(rect.bottom()) + 120, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter p(&image);
            paintNode(p, rect, label, false);
            p.end();
            const QRect inside = rect.toAlignedRect().adjusted(-2, -2, 2, 2);
            int outside = 0, dark = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (c.alpha() > 0 && !inside.contains(x, y))
                        ++outside;
                    if (y > rect.center().y() && c.alpha() > 200 && c.lightness() < 120 &&
                        inside.adjusted(4, 4, -4, -4).contains(x, y))
                        ++dark;
                }
            }
            QCOMPARE(outside, 0);
            QVERIFY(dark > 20);
        }
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

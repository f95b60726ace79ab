// rendericon: renders an SVG icon to a square PNG, for the hicolor theme's fixed sizes.
//   rendericon IN.svg OUT.png SIZE
// A build tool (never installed): the PNGs come from the committed SVGs, so they cannot drift.

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: rendericon IN.svg OUT.png SIZE\n");
        return 2;
    }
    // No application object: the icons are paths only (no text, so no fonts to find).
    bool ok = false;
    const int size = QByteArray(argv[3]).toInt(&ok);
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!ok || size <= 0 || !svg.isValid()) {
        std::fprintf(stderr, "rendericon: cannot render %s at size %s\n", argv[1], argv[3]);
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    if (!image.save(QString::fromLocal8Bit(argv[2]), "PNG")) {
        std::fprintf(stderr, "rendericon: cannot write %s\n", argv[2]);
        return 1;
    }
    return 0;
}

// Renders the scalable application icon into the hicolor PNG sizes at build
// time, so the PNGs can never drift from the SVG and no binaries are committed.
//   meshnat_render_icon IN.svg OUTDIR NAME SIZE...   ->  OUTDIR/SIZExSIZE/NAME.png
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // run with QT_QPA_PLATFORM=offscreen
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: meshnat_render_icon IN.svg OUTDIR NAME SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(args.at(0));
    if (!svg.isValid()) {
        std::fprintf(stderr, "meshnat_render_icon: cannot read %s\n", qPrintable(args.at(0)));
        return 1;
    }
    for (const QString &sizeText : args.mid(3)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size <= 0 || size > 1024) {
            std::fprintf(stderr, "meshnat_render_icon: bad size %s\n", qPrintable(sizeText));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2").arg(args.at(1)).arg(size);
        const QString out = QStringLiteral("%1/%2.png").arg(dir, args.at(2));
        if (!QDir().mkpath(dir) || !image.save(out, "PNG")) {
            std::fprintf(stderr, "meshnat_render_icon: cannot write %s\n", qPrintable(out));
            return 1;
        }
    }
    return 0;
}

#include "ReportFigure.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

int ReportFigure::addPicture(const QPicture &picture, const QSizeF &size)
{
    m_figures.append({picture, size});
    return int(m_figures.size() - 1);
}

QSizeF ReportFigure::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    const Figure &f = m_figures.value(format.intProperty(PictureIndex));
    if (f.size.isEmpty())
        return {};
    // As wide as the text, never taller than most of a page.
    const qreal width = doc->pageSize().width() - 2 * doc->documentMargin() - 4;
    const qreal maxHeight = doc->pageSize().height() * 0.8;
    qreal scale = width / f.size.width();
    if (f.size.height() * scale > maxHeight)
        scale = maxHeight / f.size.height();
    return f.size * scale;
}

void ReportFigure::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                              const QTextFormat &format)
{
    const Figure &f = m_figures.value(format.intProperty(PictureIndex));
    if (f.size.isEmpty())
        return;
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(rect.width() / f.size.width(), rect.height() / f.size.height());
    painter->drawPicture(0, 0, f.picture);
    painter->restore();
}

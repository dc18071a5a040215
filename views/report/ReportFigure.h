#pragma once

#include <QObject>
#include <QPicture>
#include <QTextObjectInterface>

// A vector figure inside the report's QTextDocument: the diagram or the
// timeline recorded as a QPicture, scaled to the text width when the PDF is
// laid out, so lines stay lines and labels stay text.
class ReportFigure : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    enum { ObjectType = QTextFormat::UserObject + 1 };
    enum Property { PictureIndex = QTextFormat::UserProperty + 1 };

    explicit ReportFigure(QObject *parent = nullptr) : QObject(parent) {}
    // Returns the index to store in the character format.
    int addPicture(const QPicture &picture, const QSizeF &size);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument,
                         const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc,
                    int posInDocument, const QTextFormat &format) override;

private:
    struct Figure
    {
        QPicture picture;
        QSizeF size;
    };
    QList<Figure> m_figures;
};

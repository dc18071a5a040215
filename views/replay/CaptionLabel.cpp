#include "CaptionLabel.h"

#include <QResizeEvent>

CaptionLabel::CaptionLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMargin(4);
}

void CaptionLabel::setCaption(const QString &text)
{
    m_caption = text;
    setToolTip(text);
    updateElided();
}

QSize CaptionLabel::minimumSizeHint() const
{
    return QSize(120, QLabel::minimumSizeHint().height());
}

QSize CaptionLabel::sizeHint() const
{
    return QSize(600, QLabel::sizeHint().height());
}

void CaptionLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateElided();
}

void CaptionLabel::updateElided()
{
    setText(fontMetrics().elidedText(m_caption, Qt::ElideRight, std::max(0, width() - 2 * margin())));
}

#pragma once

#include <QLabel>

// One line narrating the event at the replay cursor. Elides to the width it
// gets and keeps the whole sentence in the tooltip, so the toolbar never wraps.
class CaptionLabel : public QLabel
{
    Q_OBJECT
public:
    explicit CaptionLabel(QWidget *parent = nullptr);

    void setCaption(const QString &text);
    QString caption() const { return m_caption; }
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateElided();

    QString m_caption;
};

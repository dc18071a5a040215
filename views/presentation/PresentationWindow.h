#pragma once

#include <QList>
#include <QWidget>

class NatTableView;
class Project;
class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QListWidget;
class QSplitter;
class SimulationSession;

// Presentation mode for walking a customer through the failure: full screen,
// large type, the Service Mesh graph beside the NAT table, the narrated
// caption of the current step, and bookmarks of the key steps. A presenter
// remote's PageDown/PageUp step forward and back.
class PresentationWindow : public QWidget
{
    Q_OBJECT
public:
    // A bookmark as resolved against the current result; step -1: it no longer
    // applies (listed, greyed out, cannot be jumped to).
    struct Bookmark
    {
        int step = -1;
        QString label;
    };

    PresentationWindow(Project *project, SimulationSession *session, QGraphicsScene *scene,
                       QWidget *parent = nullptr);

    void setBookmarks(const QList<Bookmark> &bookmarks);
    const QList<Bookmark> &bookmarks() const { return m_bookmarks; }
    QString caption() const;
    void nextBookmark();
    void previousBookmark();

Q_SIGNALS:
    // The user toggled a bookmark at the current step (the app makes it an undoable edit).
    void bookmarkToggled(int step, const QString &label);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void update();
    void selectCurrentBookmark();
    void seekBookmark(int index);
    void fitGraph();
    void retranslate();
    QString defaultLabel() const;

    Project *m_project;
    SimulationSession *m_session;
    QLabel *m_caption;
    QLabel *m_position;
    QLabel *m_help;
    QGraphicsView *m_graph;
    NatTableView *m_table;
    QListWidget *m_bookmarkList;
    QSplitter *m_split;
    QList<Bookmark> m_bookmarks;
};

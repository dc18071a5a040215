#pragma once

#include <QList>
#include <QWidget>

class MeshGraphScene;
class NatTableView;
class Project;
class QGraphicsScene;
class QGraphicsView;
class QBoxLayout;
class QLabel;
class QListWidget;
class QSplitter;
class SimulationSession;

// Presentation mode for walking a customer through the failure, sized for a
// projector (1280×720 up): full screen, type that scales with the screen, the
// Service Mesh graph filling its half beside the NAT table's key columns, the
// narrated caption of the current step, chapters (the key moments) and
// bookmarks. A presenter remote's PageDown/PageUp step forward and back.
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
    // The key moments' steps, in replay order, as listed under "Chapters".
    const QList<int> &chapters() const { return m_chapters; }
    QString caption() const;
    // The diagram's own scene: the project drawn with larger text (see
    // MeshGraphScene::setTextScale), so names and addresses read from the
    // back of the room; null when given a plain scene.
    MeshGraphScene *diagramScene() const { return m_diagram; }
    // Node text height on screen, in pixels.
    qreal nodeTextPixels() const;
    void nextBookmark();
    void previousBookmark();
    void nextChapter();
    void previousChapter();

Q_SIGNALS:
    // The user toggled a bookmark at the current step (the app makes it an undoable edit).
    void bookmarkToggled(int step, const QString &label);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void selectCurrentBookmark();
    void seekBookmark(int index);
    void arrange();
    void fitGraph();
    void fitTable();
    void scaleFonts();
    void loadChapters();
    void selectCurrentChapter();
    void retranslate();
    QString defaultLabel() const;

    Project *m_project;
    SimulationSession *m_session;
    QLabel *m_caption;
    QLabel *m_position;
    QLabel *m_help;
    MeshGraphScene *m_diagram = nullptr;
    QGraphicsView *m_graph;
    NatTableView *m_table;
    QLabel *m_chaptersTitle;
    QListWidget *m_chapterList;
    QListWidget *m_bookmarkList;
    QSplitter *m_split;
    QBoxLayout *m_sideLayout;
    QList<Bookmark> m_bookmarks;
    QList<int> m_chapters;
};

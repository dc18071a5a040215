#pragma once

#include <QObject>
#include <QString>

#include <memory>

class Document;
struct SimulationResult;

// The last replay position of each project file, kept across sessions in
// QSettings: reopening a file returns to where the user left its replay
// (issue #13). Kept by simulated time and event kind, so an edited file whose
// events moved still lands on the same moment; a file never replayed opens at
// its story (the caller's fallback).
class ReplayPositionMemory : public QObject
{
    Q_OBJECT
public:
    explicit ReplayPositionMemory(std::shared_ptr<Document> document, QObject *parent = nullptr);
    ~ReplayPositionMemory() override;

    // The step where `fileName`'s replay was left, in `result`; -2 when unknown.
    static int recall(const QString &fileName, const SimulationResult &result);
    static void remember(const QString &fileName, const SimulationResult &result, int step);

    // Writes the pending position now (also done after a pause and on exit).
    void flush();

private:
    void stepMoved(int step);

    std::weak_ptr<Document> m_document;
    QString m_file;  // the file the pending position belongs to
    std::shared_ptr<const SimulationResult> m_result;
    int m_step = -2;
    class QTimer *m_timer;
};

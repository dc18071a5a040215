#include "ObservedTableLoader.h"

#include "MappedFile.h"
#include "RouterDataRegistry.h"

ObservedTableLoader::Result ObservedTableLoader::readFile(const QString &fileName,
                                                          const Progress &progress, bool encode,
                                                          const QString &formatKey)
{
    Result result;
    MappedFile file(fileName);
    if (!file.open(&result.error))
        return result;
    std::unique_ptr<RouterDataReader> reader = RouterDataRegistry::instance().choose(
        formatKey, file.head(RouterDataRegistry::SniffBytes), &result.error);
    if (!reader)
        return result;
    result.format = reader->key();
    const qint64 total = qMax<qint64>(0, file.size());
    const auto report = [&](Phase phase, qint64 done, qint64 of) {
        if (progress && !progress(phase, done, of))
            result.cancelled = true;
        return !result.cancelled;
    };
    ObservedTranslations data;
    reader->begin(&data);
    qint64 done = 0;
    bool stopped = false;
    const bool read = file.forEachPiece(
        [&](QByteArrayView piece) {
            for (qsizetype at = 0; at < piece.size(); at += Step) {
                const QByteArrayView step = piece.sliced(at, qMin<qsizetype>(Step, piece.size() - at));
                if (!reader->feed(step)) {
                    stopped = true;
                    return false;
                }
                done += step.size();
                if (!report(Reading, done, total))
                    return false;
            }
            return true;
        },
        &result.error);
    if (!read || result.cancelled)
        return result;
    if (!reader->end() || stopped) {
        // Too many rows: what was read stays, with the reason as an error (as
        // RouterDataReader::parseData reports it).
        ImportIssue issue;
        issue.severity = ImportIssue::Error;
        issue.line = data.lines;
        issue.message = reader->errorString();
        data.issues.append(issue);
    }
    if (!report(Analysing, 0, 0))
        return result;
    result.table = StoredObservedTable(ObservedTable(std::move(data)));
    if (result.cancelled || !report(Analysing, 1, 1))
        return result;
    if (encode && !result.table.prepareEncoding([&](qsizetype rows, qsizetype of) {
            return report(Compressing, rows, of);
        }))
        result.cancelled = true;
    return result;
}

QString ObservedTableLoader::phaseText(Phase phase)
{
    switch (phase) {
    case Reading:
        return tr("Reading the translation table…");
    case Analysing:
        return tr("Looking for UDP 4500 collisions…");
    case Compressing:
        return tr("Compressing the table for the project…");
    }
    return QString();
}

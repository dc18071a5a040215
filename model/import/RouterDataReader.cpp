#include "RouterDataReader.h"

#include "MappedFile.h"

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

void RouterDataReader::begin(ObservedTranslations *out)
{
    m_out = out;
    m_out->format = format();
    m_error.clear();
    m_splitter = LineSplitter(MaxLineLength);
    reset();
}

void RouterDataReader::expectInput(qint64 bytes)
{
    // The shortest row ("udp 1.1.1.1 1.1.1.1 1.1.1.1 1.1.1.1\n") is 36 bytes.
    constexpr qint64 MaxReserved = 4000000;
    const qint64 rows = qMin(bytes / 36 + 1, MaxReserved);
    if (rows <= m_out->rows.capacity())
        return;
    m_out->rows.reserve(rows);
#ifdef Q_OS_LINUX
    // Large pages for the row table: 1 fault per 2 MB instead of per 4 KB.
    const quintptr begin = quintptr(m_out->rows.data());
    const quintptr end = begin + quintptr(rows) * sizeof(ObservedRow);
    constexpr quintptr Huge = 2 << 20;
    const quintptr from = (begin + Huge - 1) & ~(Huge - 1);
    if (end > from + Huge)
        madvise(reinterpret_cast<void *>(from), (end - from) & ~(Huge - 1), MADV_HUGEPAGE);
#endif
}

bool RouterDataReader::takeLine(QByteArrayView line)
{
    ++m_out->lines;
    if (stopped())
        return false;
    return line.isEmpty() || addLine(line);
}

void RouterDataReader::takeOverlong()
{
    ++m_out->lines;
    report(ImportIssue::Error, QByteArrayView(),
           tr("line longer than %1 characters; skipped").arg(MaxLineLength));
}

bool RouterDataReader::feed(QByteArrayView piece)
{
    if (stopped())
        return false;
    const auto onLine = [this](QByteArrayView line) { return takeLine(line); };
    const auto onOverlong = [this] { takeOverlong(); };
    if (!takesRows)
        return m_splitter.feed(piece, onLine, onOverlong);
    return m_splitter.feed(
        piece, [this](const char *p, const char *end) { return takeRows(p, end); }, onLine,
        onOverlong);
}

bool RouterDataReader::end()
{
    if (!stopped())
        m_splitter.finish([this](QByteArrayView line) { return takeLine(line); });
    finished();
    return !stopped();
}

void RouterDataReader::report(ImportIssue::Severity severity, QByteArrayView text,
                              const QString &message)
{
    m_out->issues.append(ImportIssue::fromLine(severity, m_out->lines, text, message));
}

bool RouterDataReader::stoppedResult(const QString &sourceName, QString *error) const
{
    if (!stopped())
        return true;
    *error = tr("%1:%2: %3").arg(sourceName).arg(m_out->lines).arg(m_error);
    return false;
}

bool RouterDataReader::parseFile(const QString &fileName, ObservedTranslations *out,
                                 QString *error)
{
    MappedFile file(fileName);
    if (!file.open(error))
        return false;
    begin(out);
    expectInput(file.size());
    if (!file.forEachPiece([this](QByteArrayView piece) { return feed(piece); }, error))
        return false;
    end();
    return stoppedResult(fileName, error);
}

bool RouterDataReader::parseDevice(QIODevice *device, const QString &sourceName,
                                   ObservedTranslations *out, QString *error)
{
    begin(out);
    if (!MappedFile::forEachBlock(device, [this](QByteArrayView piece) { return feed(piece); })) {
        *error = tr("%1: cannot read: %2").arg(sourceName, device->errorString());
        return false;
    }
    end();
    return stoppedResult(sourceName, error);
}

void RouterDataReader::parseData(QByteArrayView data, ObservedTranslations *out)
{
    begin(out);
    feed(data);
    if (!end()) {
        ImportIssue issue;
        issue.severity = ImportIssue::Error;
        issue.line = out->lines;
        issue.message = m_error;
        out->issues.append(issue);
    }
}

#include "MappedFile.h"

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

MappedFile::MappedFile(const QString &fileName)
    : m_name(fileName)
{
}

MappedFile::~MappedFile()
{
    if (m_map)
        m_file.unmap(m_map);
}

bool MappedFile::open(QString *error)
{
    const bool ok = m_name == QLatin1String("-")
                         ? m_file.open(stdin, QIODevice::ReadOnly)
                         : (m_file.setFileName(m_name), m_file.open(QIODevice::ReadOnly));
    if (!ok) {
        *error = tr("%1: cannot open: %2").arg(m_name, m_file.errorString());
        return false;
    }
    if (!m_file.isSequential()) {
        m_size = m_file.size();
        if (m_size > 0)
            m_map = m_file.map(0, m_size);
#ifdef Q_OS_UNIX
        if (m_map)
            madvise(m_map, size_t(m_size), MADV_SEQUENTIAL);
#endif
    }
    return true;
}

QByteArrayView MappedFile::head(qint64 bytes)
{
    if (m_map)
        return QByteArrayView(reinterpret_cast<const char *>(m_map), qMin(bytes, m_size));
    if (m_head.isEmpty())
        m_head = m_file.peek(bytes);
    return m_head;
}

bool MappedFile::forEachPiece(const std::function<bool(QByteArrayView)> &piece, QString *error)
{
    if (!m_map) {
        if (!forEachBlock(&m_file, piece)) {
            *error = tr("%1: cannot read: %2").arg(m_name, m_file.errorString());
            return false;
        }
        return true;
    }
    const char *data = reinterpret_cast<const char *>(m_map);
#ifdef Q_OS_UNIX
    const qint64 page = qMax<qint64>(sysconf(_SC_PAGESIZE), 4096);
#endif
    for (qint64 offset = 0; offset < m_size; offset += Window) {
        const qint64 length = qMin(Window, m_size - offset);
        const bool go = piece(QByteArrayView(data + offset, length));
#ifdef Q_OS_UNIX
        // What was read is not needed again (a line cut by the window's end was
        // copied): drop those pages from this process, so the mapping does not
        // count a whole capture towards its memory. They stay in the page cache.
        const qint64 done = (offset + length) / page * page;
        const qint64 from = offset / page * page;
        if (done > from)
            madvise(m_map + from, size_t(done - from), MADV_DONTNEED);
#endif
        if (!go)
            break;
    }
    return true;
}

bool MappedFile::forEachBlock(QIODevice *device,
                              const std::function<bool(QByteArrayView)> &piece)
{
    QByteArray block(Block, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device->read(block.data(), Block);
        if (n < 0)
            return false;
        if (n == 0)
            return true;
        if (!piece(QByteArrayView(block.constData(), n)))
            return true;
    }
}

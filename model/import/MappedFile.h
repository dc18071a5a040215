#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <functional>

// The input of a router-data reader as a sequence of pieces, without reading it
// all into memory: a regular file is memory-mapped and handed on in windows
// whose pages are released behind the reader (so a 1 GB capture costs a few MB
// of memory), anything else (a pipe, a FIFO, stdin as "-") is read in 1 MB
// blocks. head() gives the first bytes for sniffing the format.
class MappedFile
{
    Q_DECLARE_TR_FUNCTIONS(MappedFile)
public:
    static constexpr qint64 Window = 8 << 20;
    static constexpr qint64 Block = 1 << 20;

    explicit MappedFile(const QString &fileName);
    ~MappedFile();
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    // False with a message naming the file when it cannot be opened.
    bool open(QString *error);
    bool isMapped() const { return m_map != nullptr; }
    qint64 size() const { return m_size; } // -1 for a stream
    // Up to `bytes` from the start, without consuming them.
    QByteArrayView head(qint64 bytes = 4096);
    // Calls piece() for consecutive pieces to the end, or until it returns
    // false. Returns false (with a message naming the file) on a read error.
    bool forEachPiece(const std::function<bool(QByteArrayView)> &piece, QString *error);

    // The same for any open device (a QBuffer, a socket): 1 MB blocks.
    static bool forEachBlock(QIODevice *device, const std::function<bool(QByteArrayView)> &piece);

private:
    QString m_name;
    QFile m_file;
    uchar *m_map = nullptr;
    qint64 m_size = -1;
    QByteArray m_head;
};

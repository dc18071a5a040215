#include "PrintableOutput.h"

#include <QByteArray>

PrintableOutput::PrintableOutput(FILE *stream)
    : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 PrintableOutput::writeData(const char *data, qint64 size)
{
    QByteArray out;
    out.reserve(size);
    for (qint64 i = 0; i < size; ++i) {
        const uchar b = uchar(data[i]);
        if (m_pendingC2) {
            m_pendingC2 = false;
            if (b >= 0x80 && b <= 0x9f) { // U+0080..U+009F: C1 controls
                out += "\\u{00" + QByteArray::number(b, 16) + '}';
                continue;
            }
            out += char(0xc2);
        }
        if (b == 0xc2) {
            m_pendingC2 = true;
        } else if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7f) {
            out += "\\x" + QByteArray::number(b, 16).rightJustified(2, '0');
        } else {
            out += char(b);
        }
    }
    if (!out.isEmpty() && std::fwrite(out.constData(), 1, size_t(out.size()), m_stream)
                              != size_t(out.size()))
        return -1;
    std::fflush(m_stream);
    return size;
}

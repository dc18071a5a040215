#include "PyLiteral.h"

QVariant PyLiteral::parse(const QString &text, QString *error)
{
    QString body = text;
    const qsizetype eq = body.indexOf(QLatin1Char('='));
    const qsizetype brace = body.indexOf(QLatin1Char('{'));
    if (eq >= 0 && (brace < 0 || eq < brace))
        body = body.mid(eq + 1);
    PyLiteral p(body);
    const QVariant v = p.value();
    p.skip();
    if (p.m_error.isEmpty() && p.m_i < p.m_s.size())
        p.fail(QStringLiteral("trailing text"));
    if (!p.m_error.isEmpty()) {
        *error = p.m_error;
        return QVariant();
    }
    return v;
}

bool PyLiteral::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("offset %1: %2").arg(m_i).arg(message);
    return false;
}

void PyLiteral::skip()
{
    while (m_i < m_s.size()) {
        if (m_s.at(m_i).isSpace()) {
            ++m_i;
        } else if (m_s.at(m_i) == QLatin1Char('#')) {
            while (m_i < m_s.size() && m_s.at(m_i) != QLatin1Char('\n'))
                ++m_i;
        } else {
            break;
        }
    }
}

QVariant PyLiteral::value()
{
    skip();
    if (m_i >= m_s.size()) {
        fail(QStringLiteral("unexpected end"));
        return QVariant();
    }
    const QChar c = m_s.at(m_i);
    if (c == QLatin1Char('{')) {
        ++m_i;
        QVariantMap map;
        for (;;) {
            skip();
            if (m_i < m_s.size() && m_s.at(m_i) == QLatin1Char('}')) {
                ++m_i;
                return map;
            }
            const QVariant key = value();
            skip();
            if (!m_error.isEmpty() || m_i >= m_s.size() || m_s.at(m_i) != QLatin1Char(':')) {
                fail(QStringLiteral("expected ':'"));
                return QVariant();
            }
            ++m_i;
            map.insert(key.toString(), value());
            skip();
            if (m_i < m_s.size() && m_s.at(m_i) == QLatin1Char(','))
                ++m_i;
            else if (m_i >= m_s.size() || m_s.at(m_i) != QLatin1Char('}')) {
                fail(QStringLiteral("expected ',' or '}'"));
                return QVariant();
            }
        }
    }
    if (c == QLatin1Char('[') || c == QLatin1Char('(')) {
        const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : QLatin1Char(')');
        ++m_i;
        QVariantList list;
        for (;;) {
            skip();
            if (m_i < m_s.size() && m_s.at(m_i) == close) {
                ++m_i;
                return list;
            }
            list.append(value());
            if (!m_error.isEmpty())
                return QVariant();
            skip();
            if (m_i < m_s.size() && m_s.at(m_i) == QLatin1Char(','))
                ++m_i;
            else if (m_i >= m_s.size() || m_s.at(m_i) != close) {
                fail(QStringLiteral("expected ',' or closing bracket"));
                return QVariant();
            }
        }
    }
    if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
        ++m_i;
        QString s;
        while (m_i < m_s.size() && m_s.at(m_i) != c) {
            if (m_s.at(m_i) == QLatin1Char('\\') && m_i + 1 < m_s.size())
                ++m_i;
            s += m_s.at(m_i++);
        }
        if (m_i >= m_s.size()) {
            fail(QStringLiteral("unterminated string"));
            return QVariant();
        }
        ++m_i;
        return s;
    }
    const qsizetype start = m_i;
    while (m_i < m_s.size()
           && (m_s.at(m_i).isLetterOrNumber() || m_s.at(m_i) == QLatin1Char('-')
               || m_s.at(m_i) == QLatin1Char('_') || m_s.at(m_i) == QLatin1Char('.')))
        ++m_i;
    const QString word = m_s.mid(start, m_i - start);
    if (word == QLatin1String("True") || word == QLatin1String("False"))
        return word == QLatin1String("True");
    if (word == QLatin1String("None"))
        return QVariant::fromValue(nullptr);
    bool ok = false;
    const qlonglong n = word.toLongLong(&ok);
    if (ok)
        return n;
    const double d = word.toDouble(&ok);
    if (ok)
        return d;
    fail(QStringLiteral("unexpected \"%1\"").arg(word.left(20)));
    return QVariant();
}

#pragma once

#include <QVariant>

// Reads the Python dict literals genieparser stores its expected parses in
// (`expected_output = {...}`): dicts, lists, tuples, ints, strings in either
// quote, True/False/None, trailing commas, comments. Enough for the fixtures;
// returns an invalid QVariant and sets error on anything else.
class PyLiteral
{
public:
    static QVariant parse(const QString &text, QString *error);

private:
    explicit PyLiteral(const QString &text) : m_s(text) {}
    QVariant value();
    void skip();
    bool fail(const QString &message);

    QString m_s;
    qsizetype m_i = 0;
    QString m_error;
};

#pragma once
// Rows for PostgreSQL's COPY ... FROM STDIN in its text format (PgCopy
// sends them): UTF-8, fields split by a tab, rows ended by a newline, NULL
// as \N. escape() is the one place a value becomes COPY text: a backslash,
// tab, newline or carriage return in it is written as \\, \t, \n or \r, so
// no value can end its field or row early (tst_pgcopyrows).

#include <QByteArray>
#include <QString>

class PgCopyRows
{
public:
    // value's UTF-8 with COPY's escapes, appended to out.
    static void escape(QByteArray &out, const QString &value);
    static void escape(QByteArray &out, const QByteArray &utf8);

    void add(const QString &text)
    {
        separate();
        escape(m_data, text);
    }
    // A text already in UTF-8.
    void addUtf8(const QByteArray &text)
    {
        separate();
        escape(m_data, text);
    }
    void add(qint64 value)
    {
        separate();
        m_data.append(QByteArray::number(value));
    }
    // An empty text as NULL.
    void addOrNull(const QString &text) { text.isEmpty() ? addNull() : add(text); }
    void addNull()
    {
        separate();
        m_data.append("\\N", 2);
    }
    void endRow()
    {
        m_data.append('\n');
        m_fields = 0;
        ++m_rows;
    }

    int rows() const { return m_rows; }
    const QByteArray &data() const { return m_data; }
    // Forgets the text of the rows so far (PgCopy sent it); rows() still counts them.
    void clearData() { m_data.truncate(0); }

private:
    void separate()
    {
        if (m_fields++)
            m_data.append('\t');
    }

    QByteArray m_data;
    int m_rows = 0;
    int m_fields = 0;
};

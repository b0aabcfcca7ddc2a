#pragma once
// Version 3 of a shared library's tables (PgSchema runs it under its
// advisory lock), for speed with the same rows and answers:
// - `search` is an ordinary tsvector column that every writer of papers
//   fills with searchVector() of the folded text; the folded text itself
//   is no longer stored (a third of a paper row), and the wide texts are
//   compressed with lz4 where the server has it;
// - the link tables (authors, affiliations, profiles of a paper) have no
//   foreign keys (they quadrupled an import's link inserts: a key check and
//   a row lock per link); removing papers or profiles still removes their
//   links, by a trigger per statement;
// - indexes a filtered page, a count and the facet counts read without
//   visiting the rows (year and category carried in the sort indexes), and
//   the .bib indexes hold only papers from .bib entries;
// - the search index merges new papers' words 32 MB at a time.

#include <QString>

class QSqlDatabase;

class PgSchemaV3
{
public:
    static bool apply(QSqlDatabase &db, QString *error);

    // The search vector of a folded text (TextFold::searchText) given as an
    // SQL expression (a column, or a subquery's value): its words as
    // lexemes; a text with a word too long for a lexeme (2047 bytes: 512
    // characters of up to 4 bytes) goes through the parser, which drops it.
    static QString searchVector(const QString &text);
    // The same vector written by the client as tsvector's text (a COPY
    // field, UTF-8) in the server's own form: each word once, in the
    // server's order (bytes, a prefix first), quoted, so the server neither
    // sorts nor merges. True with *vector set when searchVector() would
    // take the words as they are; false for a text it sends through the parser.
    static bool searchVectorText(const QString &text, QByteArray *vector);
};

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Round.h"
#include "storage/Database.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

/// Print-ready documents of a round (专家评分表, 评分汇总表, 排名表, 论证意见, 公示名单 ...) as plain data:
/// core builds a Document from the round database, the UI lays it out on pages (PDF, printer, preview).
namespace rb::report {

/// The kinds of document.
enum class Kind { ScoringSheet, Opinions, Summary, Ranking, Minutes, Notice, Statistics, Weights };

/// "scoring-sheet", "opinions", "summary", "ranking", "minutes", "notice", "statistics", "weights" (the CLI's --kind
/// values).
QString key(Kind kind);
std::optional<Kind> kindFromKey(const QString& key);
QStringList kindKeys();
/// The document's Chinese title, e.g. 专家评分表.
QString title(Kind kind);

enum class Align { Left, Center, Right };

/// A heading; level 1 is the document's title line, centred.
struct Heading {
    int level = 1;
    QString text;
};

/// Running text; it may continue on the next page between lines.
struct Paragraph {
    QString text;
    bool bold = false;
};

/// Label/value pairs in a ruled box, one pair (columns = 2) or two pairs (columns = 4) per row.
struct Fields {
    int columns = 4;
    QList<QPair<QString, QString>> pairs;
};

struct Column {
    QString header;
    double width = 1; ///< relative to the other columns
    Align align = Align::Left;
};

/// A ruled table. It breaks between rows across pages, repeating the header row.
struct Table {
    QList<Column> columns;
    QList<QStringList> rows; ///< one cell per column
    QStringList total;       ///< a bold last row, or empty
};

/// Signature lines ("专家签字：______  日期：______").
struct Signatures {
    QStringList labels;
};

/// A chart drawn as vectors: one bar per label (a histogram's bars touch).
struct Chart {
    enum class Type { Bar, Histogram };
    Type type = Type::Bar;
    QString title;
    QStringList labels;
    QList<double> values;
    int decimals = 0; ///< of the value printed above each bar
};

/// The next block starts on a new page.
struct PageBreak {};

using Block = std::variant<Heading, Paragraph, Fields, Table, Signatures, Chart, PageBreak>;

struct Document {
    QString title;      ///< e.g. 排名表 (in every page header)
    QString roundTitle; ///< the round's title (in every page header)
    QString date;       ///< yyyy-MM-dd, the day it was made
    bool landscape = false;
    QList<Block> blocks;
};

/// What to print.
struct Request {
    Kind kind = Kind::Ranking;
    QString application;        ///< an application code: only its sheets, summary or cases; empty = all
    QString expert;             ///< an expert code: only their sheets or opinions; empty = all
    int meeting = 0;            ///< minutes of the N-th meeting of the round in date order (from 1); 0 = all
    bool blank = false;         ///< scoring sheets without scores, for paper panels
    bool expertsByCode = false; ///< experts shown by code only (copies for applicants)
};

/// Builds the document \a request asks for from \a round. An unknown application, expert or meeting is a usage
/// error; nothing is written anywhere.
Result<Document> build(db::Database& db, const Round& round, const Request& request);

} // namespace rb::report

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "io/Table.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace rb::import {

/// A column an import understands: its English key and the headers that mean it.
struct Field {
    QString key;         ///< English column name, e.g. "credit_code"
    QString chinese;     ///< the Chinese header, e.g. "统一社会信用代码"
    QStringList aliases; ///< further accepted headers
    bool required = false;
    /// Several columns may hold it (手机 and 电子邮箱 for a contact): their values are joined with "；".
    bool joined = false;
};

/// The key a header is matched by: NFKC, case-folded, without spaces or line breaks, "*" marks, colons and
/// bracketed remarks ("（必填）", "(单位：万元)").
QString headerKey(const QString& header);

/// Which table column holds which field. Headers match as headerKey() makes them.
class ColumnMap {
public:
    /// Maps the header of \a table; missing required columns and duplicated columns are issues.
    static Result<ColumnMap> resolve(const io::Table& table, const QList<Field>& fields,
                                     const QStringList& silentlyIgnored = {});
    /// Finds the header the way people lay tables out, then resolve()s it: the header is the first of the first
    /// ten non-blank rows that holds every required column (rows above it, a title or an 附件 line, are moved to
    /// Table::above); trailing rows that only hold a note (填表说明, 注, 备注, 说明 …) are moved to
    /// Table::trailing. notes() says what was skipped.
    static Result<ColumnMap> locate(io::Table& table, const QList<Field>& fields,
                                    const QStringList& silentlyIgnored = {});

    [[nodiscard]] bool has(const QString& key) const { return m_index.contains(key); }
    [[nodiscard]] int column(const QString& key) const { return m_index.value(key, -1); }
    /// The cleaned cell of \a key in \a row (empty when the column is absent); the non-empty cells of every column
    /// of a joined field, joined with "；".
    [[nodiscard]] QString value(const io::TableRow& row, const QString& key) const;
    /// Headers that matched no field (they are ignored).
    [[nodiscard]] const QStringList& ignored() const { return m_ignored; }
    /// What locate() skipped: the header's row, rows above it, note rows after the data.
    [[nodiscard]] const QStringList& notes() const { return m_notes; }
    /// "credit_code (统一社会信用代码)" for messages.
    [[nodiscard]] QString label(const QString& key) const;

private:
    QHash<QString, int> m_index;
    QHash<QString, QList<int>> m_more; ///< further columns of joined fields
    QHash<QString, QString> m_labels;
    QStringList m_ignored;
    QStringList m_notes;
};

} // namespace rb::import

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
};

/// Which table column holds which field. Headers match case-insensitively, ignoring spaces,
/// full-width forms and a trailing "*" (a common "required" mark).
class ColumnMap {
public:
    /// Maps the header of \a table; missing required columns and duplicated columns are issues.
    static Result<ColumnMap> resolve(const io::Table& table, const QList<Field>& fields);

    [[nodiscard]] bool has(const QString& key) const { return m_index.contains(key); }
    [[nodiscard]] int column(const QString& key) const { return m_index.value(key, -1); }
    /// The cleaned cell of \a key in \a row (empty when the column is absent).
    [[nodiscard]] QString value(const io::TableRow& row, const QString& key) const;
    /// Headers that matched no field (they are ignored).
    [[nodiscard]] const QStringList& ignored() const { return m_ignored; }
    /// "credit_code (统一社会信用代码)" for messages.
    [[nodiscard]] QString label(const QString& key) const;

private:
    QHash<QString, int> m_index;
    QHash<QString, QString> m_labels;
    QStringList m_ignored;
};

} // namespace rb::import

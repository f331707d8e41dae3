// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rb::settings {

enum class Type { Choice, Integer, Number, Boolean, Fraction, Bands, List };

/// A round setting the program knows: its key, type, default and allowed values.
struct Definition {
    QString key;
    Type type = Type::Integer;
    QString defaultValue;  ///< canonical text; empty = "none"
    bool optional = false; ///< may be set to "none"
    QStringList choices;   ///< for Type::Choice
    double minimum = 0;
    double maximum = 0;
    const char* descriptionSource = ""; ///< untranslated description

    [[nodiscard]] QString description() const;
    [[nodiscard]] QString typeName() const; ///< "integer 1–99", "one of mean|median", ...
};

/// Every fixed setting, in display order (quotas per region are a pattern, see find()).
const QList<Definition>& definitions();

/// The definition for \a key, including the pattern "quota.<region>" for any known region
/// (the key is returned with the region's canonical name). Nothing when the key is unknown.
std::optional<Definition> find(const QString& key);

/// Checks \a value against the definition and returns its canonical text
/// (e.g. "yes" -> "true", "0.75" stays, "3/4" stays, "none" -> empty for optional keys).
Result<QString> normalise(const Definition& definition, const QString& value);

/// The number a Fraction or Number setting stands for ("3/4" -> 0.75).
std::optional<double> toNumber(const QString& canonical);

} // namespace rb::settings

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Region.h"
#include "io/Table.h"

namespace rb::templates {

/// A built-in criteria template (our proposal: no official weights exist).
struct TemplateInfo {
    QString name;        ///< "scenario", "factory", "zone", "reeval"
    QString title;       ///< in the current language
    QString description; ///< in the current language; says it is a proposal
};

QList<TemplateInfo> builtIn();
/// The built-in template of a category.
QString defaultFor(Category category);

/// The criteria of a template as an import table: a built-in name, or a file
/// (.json in the built-in format, or a criteria .csv/.xlsx).
Result<io::Table> load(const QString& nameOrPath);

/// Parses a template in the JSON format of the built-in ones.
Result<io::Table> parseJson(const QByteArray& json, const QString& fileName);

} // namespace rb::templates

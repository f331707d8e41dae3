// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Region.h"
#include "import/Columns.h"

namespace rb::import {

/// The kinds of table ReviewBench reads, each with its columns.
enum class Sheet { Applications, Experts, Criteria, Conflicts, Scores, Calendar, Committee };

/// The columns of a kind of table, with every header people write for them: the one place where header aliases
/// live (the README lists them). Headers match after removing spaces, line breaks, "*" and bracketed remarks, so
/// "*申报单位名称", "统一社会\n信用代码" and "项目名称（必填）" need no alias of their own.
QList<Field> fieldsOf(Sheet sheet, Category category = Category::Factory);

/// Headers of columns a kind of table may carry that mean nothing to the import and are skipped silently
/// (序号, and for experts what expert databases add: 职称, 手机, 电子邮箱, 研究方向 …; 身份证号 is never read).
QStringList silentlyIgnored(Sheet sheet);

} // namespace rb::import

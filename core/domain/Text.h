// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace rb::text {

/// A key for comparing organisation names: NFKC (full-width to half-width, "（" to "("),
/// without any whitespace, case-folded. "示例 科技（深圳）有限公司" == "示例科技(深圳)有限公司".
QString nameKey(const QString& name);

/// A stricter key for recusal: nameKey() with every kind of bracket (（）［］【】〔〕) as "(" ")" and
/// 有限责任公司 written as 有限公司, so that a roster's spelling cannot hide an applicant from its own staff.
QString organisationKey(const QString& name);

/// Trims and turns NFKC-equivalent spaces (U+3000, NBSP) into nothing at the ends.
QString clean(const QString& value);

/// Terminal and spreadsheet width: East Asian wide characters count two.
int displayWidth(const QString& text);
/// True for East Asian wide and full-width characters.
bool isWide(char32_t c);

/// Splits a list written as "a;b", "a；b" or "a、b" into trimmed, non-empty parts.
QStringList splitList(const QString& value);

} // namespace rb::text

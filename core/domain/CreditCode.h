// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rb::creditcode {

/// The 31 characters a unified social credit code (GB 32100-2015) may contain, in value order.
inline constexpr char kAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/// Upper-cases and removes spaces, so "91330100 ma2aaaaa1e" can be checked.
QString normalise(const QString& code);

/// The check character (18th) for the first 17 characters, or '\0' if they are not valid.
char checkCharacter(const QString& first17);

/// Empty when \a code (already normalised) is valid, else the reason in words.
QString validate(const QString& code);

} // namespace rb::creditcode

// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to ui/report: makes the text of a PDF written by QPdfWriter come out right when copied or searched.
#pragma once

#include <QByteArray>

class QFont;

namespace rb::ui::reports {

/// Qt writes each embedded font's ToUnicode map by asking, for every code point from 0 up, which glyph it uses,
/// keeping the first code point per glyph. In CJK fonts a Kangxi radical (U+2F00–U+2FDF) or a CJK radical
/// (U+2E80–U+2EFF) shares its glyph with the ideograph (示 and ⽰), so the radical wins and text copied from the
/// PDF, or searched in it, holds radicals instead of the characters printed. This rewrites those entries of
/// the ToUnicode maps in \a pdf to the ideograph with the same glyph in \a font, in place: each entry keeps its
/// length, so the file's offsets stay valid.
void fixToUnicode(QByteArray& pdf, const QFont& font);

} // namespace rb::ui::reports

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/PackageBuilder.h"
#include "report/Document.h"

namespace rb::report {

/// 评审包访问码通知: one page per package just issued (skipped ones have no code), addressed to its expert, with
/// the package's file name, its access code, the fingerprint of the round key that sealed it and how to return
/// the file. The codes exist only in \a issued: print (or save) the letters before closing the dialog.
Document accessLetters(const Round& round, const QList<package::IssuedPackage>& issued, const QString& date);

} // namespace rb::report

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Criteria.h"

namespace rb::criteriaedits {

/// A code not yet used for a new child of \a parentCode: "3" at the top, "2.4" under "2".
QString nextCode(const QList<Criterion>& items, const QString& parentCode);

/// \a items (tree order) with \a criterion inserted as the last child of its parent, or right
/// after the sibling \a afterCode when given.
QList<Criterion> insert(const QList<Criterion>& items, const Criterion& criterion, const QString& afterCode = {});

/// \a items without \a code and everything below it.
QList<Criterion> remove(const QList<Criterion>& items, const QString& code);

/// Moves \a code (with its sub-criteria) \a delta places among its siblings; unchanged at the ends.
QList<Criterion> move(const QList<Criterion>& items, const QString& code, int delta);

/// Replaces the criterion with \a code by \a changed; children follow a changed code.
QList<Criterion> update(const QList<Criterion>& items, const QString& code, const Criterion& changed);

} // namespace rb::criteriaedits

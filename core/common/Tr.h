// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace rb {

/// Translation context of the core library: Tr::tr("...") in any rb:: namespace.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(rb::Core)
};

} // namespace rb

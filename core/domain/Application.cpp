// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Application.h"

namespace rb {

QString Application::applicantNames() const
{
    QStringList names;
    for (const Applicant& a : applicants)
        names << a.name;
    return names.join(QLatin1Char(';'));
}

QString Application::creditCodes() const
{
    QStringList codes;
    bool any = false;
    for (const Applicant& a : applicants) {
        codes << a.creditCode;
        any = any || !a.creditCode.isEmpty();
    }
    return any ? codes.join(QLatin1Char(';')) : QString();
}

} // namespace rb

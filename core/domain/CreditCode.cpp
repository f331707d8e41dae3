// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/CreditCode.h"
#include "common/Tr.h"

#include <QCoreApplication>

#include <cstring>

namespace rb::creditcode {

namespace {

int valueOf(QChar c)
{
    if (c.unicode() > 127)
        return -1;
    const char* found = std::strchr(kAlphabet, c.toLatin1());
    return found && *found ? int(found - kAlphabet) : -1;
}

} // namespace

QString normalise(const QString& code)
{
    QString out;
    out.reserve(code.size());
    for (QChar c : code) {
        if (c.isSpace())
            continue;
        // Full-width forms typed by Chinese input methods.
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF5A)
            c = QChar(c.unicode() - 0xFEE0);
        out += c.toUpper();
    }
    return out;
}

char checkCharacter(const QString& first17)
{
    if (first17.size() != 17)
        return '\0';
    // Weights are 3^i mod 31 (GB 32100-2015, clause 5.2).
    int weight = 1;
    int sum = 0;
    for (QChar c : first17) {
        const int v = valueOf(c);
        if (v < 0)
            return '\0';
        sum += v * weight;
        weight = weight * 3 % 31;
    }
    const int check = (31 - sum % 31) % 31;
    return kAlphabet[check];
}

QString validate(const QString& code)
{
    if (code.isEmpty())
        return Tr::tr("the code is empty");
    if (code.size() != 18)
        return Tr::tr("a unified social credit code has 18 characters, this one has %1").arg(code.size());
    for (int i = 0; i < code.size(); ++i) {
        if (valueOf(code.at(i)) < 0)
            return Tr::tr("character %1 ('%2') is not allowed (allowed: digits and A–Y except I, O, S, V, Z)")
                .arg(i + 1)
                .arg(code.at(i));
    }
    const char expected = checkCharacter(code.left(17));
    if (code.at(17) != QLatin1Char(expected))
        return Tr::tr("the check character (the 18th) should be '%1', not '%2': the code is mistyped")
            .arg(QLatin1Char(expected))
            .arg(code.at(17));
    return {};
}

} // namespace rb::creditcode

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rb::ui {

/// The user's preferences, kept with QSettings (the registry on Windows, an .ini file elsewhere).
class Preferences {
public:
    /// "zh_CN", "en" or "system" (Chinese unless the system locale is English).
    [[nodiscard]] QString language() const;
    void setLanguage(const QString& language);
    /// The language actually used: the choice, or the one the system locale implies.
    [[nodiscard]] QString effectiveLanguage() const;

    /// The name written in the audit log; the login name unless set.
    [[nodiscard]] QString userName() const;
    void setUserName(const QString& name);
    /// Whether the user ever gave their name (the first start asks for it).
    [[nodiscard]] bool hasUserName() const;
    /// "secretariat" or "expert", as the user said at the first start.
    [[nodiscard]] QString role() const;
    void setRole(const QString& role);

    [[nodiscard]] QStringList recentFiles() const;
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);

    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    static constexpr int kMaxRecentFiles = 8;
};

} // namespace rb::ui

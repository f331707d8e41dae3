// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Preferences.h"

#include "cli/Cli.h"

#include <QFileInfo>
#include <QLocale>
#include <QSettings>

namespace rb::ui {

QString Preferences::language() const
{
    return QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
}

void Preferences::setLanguage(const QString& language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

QString Preferences::effectiveLanguage() const
{
    const QString chosen = language();
    if (chosen == QLatin1String("zh_CN") || chosen == QLatin1String("en"))
        return chosen;
    // Chinese is the default; English only when the system speaks English.
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

QString Preferences::userName() const
{
    const QString name = QSettings().value(QStringLiteral("user/name")).toString();
    return name.isEmpty() ? cli::defaultUserName() : name;
}

void Preferences::setUserName(const QString& name)
{
    QSettings().setValue(QStringLiteral("user/name"), name.trimmed());
}

bool Preferences::hasUserName() const
{
    return !QSettings().value(QStringLiteral("user/name")).toString().trimmed().isEmpty();
}

QString Preferences::role() const
{
    return QSettings().value(QStringLiteral("user/role"), QStringLiteral("secretariat")).toString();
}

void Preferences::setRole(const QString& role)
{
    QSettings().setValue(QStringLiteral("user/role"), role);
}

QStringList Preferences::recentFiles() const
{
    QStringList files = QSettings().value(QStringLiteral("files/recent")).toStringList();
    files.erase(std::remove_if(files.begin(), files.end(), [](const QString& f) { return !QFileInfo::exists(f); }),
                files.end());
    return files;
}

void Preferences::addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = QSettings().value(QStringLiteral("files/recent")).toStringList();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(QStringLiteral("files/recent"), files);
}

void Preferences::removeRecentFile(const QString& path)
{
    QStringList files = QSettings().value(QStringLiteral("files/recent")).toStringList();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(QStringLiteral("files/recent"), files);
}

QByteArray Preferences::windowGeometry() const
{
    return QSettings().value(QStringLiteral("ui/geometry")).toByteArray();
}

void Preferences::setWindowGeometry(const QByteArray& geometry)
{
    QSettings().setValue(QStringLiteral("ui/geometry"), geometry);
}

} // namespace rb::ui

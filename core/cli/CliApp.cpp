// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApp.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

namespace rb::cli {

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool installTranslation(const QString& language)
{
    auto* app = QCoreApplication::instance();
    // Remove what an earlier call installed, so switching languages works at run time.
    const QList<QTranslator*> old =
        app->findChildren<QTranslator*>(QStringLiteral("rb_translator"), Qt::FindDirectChildrenOnly);
    for (QTranslator* t : old) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale(language == QLatin1String("en") ? QStringLiteral("en_US") : language));
    // English needs its file too: the source strings are English, but plurals come from it.
    auto* own = new QTranslator(app);
    own->setObjectName(QStringLiteral("rb_translator"));
    const bool loaded = own->load(QStringLiteral(":/i18n/reviewbench_%1.qm").arg(language));
    if (loaded)
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto* qt = new QTranslator(app);
    qt->setObjectName(QStringLiteral("rb_translator"));
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return loaded;
}

int runCliApp(int argc, char* argv[], const Registry& registry, const AppFactory& makeGuiApp)
{
    const Command* command = argc > 1 ? registry.find(QString::fromLocal8Bit(argv[1])) : nullptr;
    std::unique_ptr<QCoreApplication> application;
    if (command && command->needsGui && makeGuiApp) {
        // Drawing needs a GUI application object but no screen: without a display, draw offscreen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = makeGuiApp(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("ReviewBench"));
    QCoreApplication::setApplicationName(QStringLiteral("ReviewBench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RB_VERSION));
    const QString chosen = qEnvironmentVariable("REVIEWBENCH_LANG");
    installTranslation(chosen.isEmpty() ? systemLanguage() : chosen);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Io io{out, err};
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const int code = registry.run(args, io);
    out.flush();
    err.flush();
    return code;
}

} // namespace rb::cli

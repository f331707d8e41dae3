// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/GuiApp.h"

#include "app/AppController.h"
#include "common/Icons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFont>
#include <QFontDatabase>

namespace rb::ui {

void setUpApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ReviewBench"));
    QCoreApplication::setApplicationName(QStringLiteral("ReviewBench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RB_VERSION));
    QApplication::setWindowIcon(icons::application());
#ifndef Q_OS_WIN
    // Windows brings Microsoft YaHei; elsewhere prefer Noto Sans CJK so Chinese and Latin match.
    if (QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC"))) {
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        font.setPointSizeF(QApplication::font().pointSizeF());
        QApplication::setFont(font);
    }
#endif
}

int runGuiApp(int argc, char* argv[])
{
    QApplication app(argc, argv);
    setUpApplication();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ReviewBench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A review file (.rbdb) to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);
    AppController controller;
    controller.start(parser.positionalArguments().value(0));
    return QApplication::exec();
}

} // namespace rb::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/GuiApp.h"

#include "app/AppController.h"
#include "common/Icons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFont>
#include <QFontDatabase>
#include <QMainWindow>
#include <QTextStream>
#include <QTimer>

namespace rb::ui {

void setUpApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ReviewBench"));
    QCoreApplication::setApplicationName(QStringLiteral("ReviewBench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RB_VERSION));
    // Desktop shells match the windows to the installed desktop entry (and its icon) by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.reviewbench.ReviewBench"));
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
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("A review file (.rbdb) or review package (.rbpkg) to open."),
                                 QStringLiteral("[file]"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Open the file, save a picture of the window to <png> and quit (for documentation and "
                       "install checks)."),
        QStringLiteral("png"));
    parser.addOption(screenshot);
    parser.process(app);
    AppController controller;
    controller.start(parser.positionalArguments().value(0));
    if (parser.isSet(screenshot)) {
        // Give the pages a moment to load what they count in the background, then take the picture.
        const QString target = parser.value(screenshot);
        QTimer::singleShot(1500, &app, [&controller, target] {
            QWidget* window = controller.topWindow();
            const bool saved = window && window->grab().save(target, "PNG");
            if (!saved)
                QTextStream(stderr) << "reviewbench: cannot write the picture " << target << Qt::endl;
            QCoreApplication::exit(saved ? 0 : 3);
        });
    }
    return QApplication::exec();
}

} // namespace rb::ui

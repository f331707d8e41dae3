// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/AccessCodesDialog.h"

#include "common/Icons.h"
#include "common/Messages.h"
#include "report/AccessLetters.h"
#include "report/ReportPrinter.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rb::ui {

namespace {
AccessCodesDialog::Hook& hook()
{
    static AccessCodesDialog::Hook h;
    return h;
}
} // namespace

void AccessCodesDialog::setHook(Hook h)
{
    hook() = std::move(h);
}

void AccessCodesDialog::show(QWidget* parent, const Round& round, const QList<package::IssuedPackage>& issued,
                             const QString& folder)
{
    AccessCodesDialog dialog(parent, round, issued, folder);
    if (hook())
        hook()(dialog);
    else
        dialog.exec();
}

AccessCodesDialog::AccessCodesDialog(QWidget* parent, const Round& round, const QList<package::IssuedPackage>& issued,
                                     const QString& folder)
    : QDialog(parent), m_round(round), m_folder(folder)
{
    setObjectName(QStringLiteral("accessCodesDialog"));
    setWindowTitle(tr("Access codes of the new packages"));
    setWindowIcon(icons::application());
    for (const package::IssuedPackage& p : issued) {
        if (!p.skipped)
            m_issued << p;
    }
    auto* intro = new QLabel(
        tr("%n package(s) written to %1. Each opens only with its access code. The codes are shown here once and "
           "are not stored anywhere: print the letters (or save them) now, and send each expert their code by "
           "another channel than the package — a letter, a phone call or a text message, never the same e-mail.",
           nullptr, int(m_issued.size()))
            .arg(QDir::toNativeSeparators(folder)),
        this);
    intro->setWordWrap(true);
    auto* fingerprint = new QLabel(tr("Fingerprint of the round's secretariat key (printed on every letter): <b>%1</b>")
                                       .arg(m_issued.isEmpty() ? QString() : m_issued.first().roundFingerprint),
                                   this);
    fingerprint->setObjectName(QStringLiteral("accessCodesFingerprint"));
    auto* table = new QTableWidget(int(m_issued.size()), 4, this);
    table->setObjectName(QStringLiteral("accessCodesTable"));
    table->setHorizontalHeaderLabels({tr("Expert"), tr("Name"), tr("Package"), tr("Access code")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QFont mono = table->font();
    mono.setFamily(QStringLiteral("monospace"));
    for (int r = 0; r < m_issued.size(); ++r) {
        const package::IssuedPackage& p = m_issued[r];
        const QStringList cells = {p.expertCode, p.expertName, QFileInfo(p.path).fileName(), p.accessCode};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 3)
                item->setFont(mono);
            table->setItem(r, c, item);
        }
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* print = buttons->addButton(tr("Print letters…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("accessCodesPrint"));
    QPushButton* pdf = buttons->addButton(tr("Save letters as PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("accessCodesPdf"));
    QPushButton* csv = buttons->addButton(tr("Save codes as CSV…"), QDialogButtonBox::ActionRole);
    csv->setObjectName(QStringLiteral("accessCodesCsv"));
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccessCodesDialog::reject);
    connect(print, &QPushButton::clicked, this, [this] {
        reports::previewAndPrint(this, letters());
        m_kept = true;
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        reports::saveAsPdf(this, letters(), QDir(m_folder).filePath(QString::fromUtf8("评审包访问码通知.pdf")),
                           [this](const QString&) { m_kept = true; });
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save access codes"),
                                                          QDir(m_folder).filePath(QStringLiteral("access-codes.csv")),
                                                          tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (Status s = saveCodes(path); !s)
            messages::warn(this, tr("Save access codes"), s.error().toString());
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(fingerprint);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(760, 480);
}

report::Document AccessCodesDialog::letters() const
{
    return report::accessLetters(m_round, m_issued, QDate::currentDate().toString(Qt::ISODate));
}

Status AccessCodesDialog::saveCodes(const QString& path)
{
    Status s = package::writeAccessCodes(path, m_issued);
    m_kept = m_kept || s.ok();
    return s;
}

void AccessCodesDialog::reject()
{
    if (!m_kept && !m_issued.isEmpty()
        && !messages::confirm(this, tr("Close"),
                              tr("The access codes have not been printed or saved. Once this window is closed they "
                                 "are gone, and the packages would have to be re-issued. Close anyway?")))
        return;
    QDialog::reject();
}

} // namespace rb::ui

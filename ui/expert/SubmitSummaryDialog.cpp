// SPDX-License-Identifier: GPL-3.0-or-later
#include "expert/SubmitSummaryDialog.h"

#include "deliberation/Labels.h"
#include "package/Package.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rb::ui {

namespace {
SubmitSummaryDialog::Hook& hook()
{
    static SubmitSummaryDialog::Hook h;
    return h;
}

QTableWidgetItem* cellItem(const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(align);
    return item;
}
} // namespace

SubmitSummaryDialog::SubmitSummaryDialog(package::Package& package, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("submitSummary"));
    setWindowTitle(tr("Check before sealing"));
    resize(820, 560);
    auto* intro = new QLabel(tr("This is what you submit. Once sealed, the package can no longer be changed; check "
                                "each total and recommendation."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("submitSummaryTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Application"), tr("Total"), tr("Recommendation"), tr("State")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    const QList<package::Item>& items = package.items();
    m_table->setRowCount(int(items.size()));
    for (int r = 0; r < items.size(); ++r) {
        const package::Item& item = items[r];
        Result<double> total = package.total(item.uid);
        Result<package::Opinion> opinion = package.opinion(item.uid);
        const bool handedBack = opinion && opinion->handedBack;
        m_table->setItem(r, 0, cellItem(item.code));
        m_table->setItem(r, 1, cellItem(item.title));
        m_table->setItem(r, 2,
                         cellItem(handedBack ? QStringLiteral("—") : QString::number(total ? *total : 0, 'f', 1),
                                  Qt::AlignRight | Qt::AlignVCenter));
        m_table->setItem(r, 3,
                         cellItem(opinion && !opinion->recommendation.isEmpty()
                                      ? labels::screen(labels::Kind::Recommendation, opinion->recommendation)
                                      : QString()));
        m_table->setItem(r, 4,
                         cellItem(handedBack ? tr("Handed back: %1").arg(opinion->handbackReason) : tr("Scored")));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
    m_table->resizeColumnToContents(3);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* seal = buttons->addButton(tr("Seal and submit"), QDialogButtonBox::AcceptRole);
    seal->setObjectName(QStringLiteral("submitSeal"));
    buttons->addButton(tr("Back to scoring"), QDialogButtonBox::RejectRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

int SubmitSummaryDialog::rowCount() const
{
    return m_table->rowCount();
}

QString SubmitSummaryDialog::cell(int row, int column) const
{
    const QTableWidgetItem* item = m_table->item(row, column);
    return item ? item->text() : QString();
}

bool SubmitSummaryDialog::ask(package::Package& package, QWidget* parent)
{
    SubmitSummaryDialog dialog(package, parent);
    if (hook())
        return hook()(dialog);
    return dialog.exec() == QDialog::Accepted;
}

void SubmitSummaryDialog::setHook(Hook h)
{
    hook() = std::move(h);
}

} // namespace rb::ui

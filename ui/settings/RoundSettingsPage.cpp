// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/RoundSettingsPage.h"

#include "action/ReviewActions.h"
#include "domain/Region.h"

#include "common/Messages.h"
#include "repo/AuthorityAliases.h"
#include "settings/SettingsForm.h"
#include "settings/SettingsLabels.h"

#include <QBrush>
#include <QComboBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>

#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rb::ui {

namespace {

/// Choices and booleans are edited with a drop-down, the rest as text.
class SettingDelegate : public QStyledItemDelegate {
public:
    SettingDelegate(RoundSettingsModel* model, QObject* parent) : QStyledItemDelegate(parent), m_model(model) {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const SettingValue* v = m_model->at(index.row());
        if (v && (v->definition.type == settings::Type::Choice || v->definition.type == settings::Type::Boolean)) {
            auto* combo = new QComboBox(parent);
            const QStringList choices = v->definition.type == settings::Type::Boolean
                                            ? QStringList{QStringLiteral("true"), QStringLiteral("false")}
                                            : v->definition.choices;
            for (const QString& c : choices)
                combo->addItem(c, c);
            return combo;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            model->setData(index, combo->currentData(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    RoundSettingsModel* m_model;
};

} // namespace

RoundSettingsModel::RoundSettingsModel(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    reload();
}

void RoundSettingsModel::reload()
{
    beginResetModel();
    Result<QList<SettingValue>> all = RoundSettings(m_workspace.db(), m_workspace.round().id).all();
    m_values = all ? *all : QList<SettingValue>();
    endResetModel();
}

const SettingValue* RoundSettingsModel::at(int row) const
{
    return row >= 0 && row < m_values.size() ? &m_values[row] : nullptr;
}

int RoundSettingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_values.size());
}

int RoundSettingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoundSettingsModel::data(const QModelIndex& index, int role) const
{
    const SettingValue* v = at(index.row());
    if (!v)
        return {};
    if (role == Qt::FontRole && index.column() == Value && !v->isDefault) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1\n%2").arg(v->definition.description(), v->definition.typeName());
    if (role == Qt::EditRole && index.column() == Value)
        return v->value;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Key: return settings::label(v->definition.key);
    case Value:
        if (v->value.isEmpty())
            return tr("none");
        if (v->definition.type == settings::Type::Boolean)
            return v->value == QLatin1String("true") ? tr("yes") : tr("no");
        return v->value;
    case Description: return v->definition.description();
    default: return {};
    }
}

bool RoundSettingsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const SettingValue* v = at(index.row());
    if (!v || role != Qt::EditRole || index.column() != Value)
        return false;
    const QString text = value.toString().trimmed();
    Result<QString> normalised = settings::normalise(v->definition, text);
    if (!normalised) {
        Q_EMIT m_workspace.commandFailed(normalised.error().message);
        return false;
    }
    if (*normalised == v->value && !v->isDefault)
        return false;
    // Setting a rule may void what it forbids (conflict.same_province voids such assignments): one action.
    Result<action::Done> done = m_workspace.perform(action::setSetting(m_workspace.round(), v->definition.key, text),
                                                    Workspace::Settings | Workspace::Review);
    if (!done) {
        Q_EMIT m_workspace.commandFailed(done.error().toString());
        return false;
    }
    return true;
}

Qt::ItemFlags RoundSettingsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Value)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RoundSettingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key: return tr("Setting");
    case Value: return tr("Value");
    case Description: return tr("Meaning");
    default: return {};
    }
}

RoundSettingsPage::RoundSettingsPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new RoundSettingsModel(workspace, this)),
      m_table(new QTableView(this)), m_form(new SettingsForm(workspace, this))
{
    setObjectName(QStringLiteral("roundSettingsPage"));
    // The quotas of single authorities: the settings quota.<authority> that have been set, edited in place.
    auto* quotas = new QSortFilterProxyModel(this);
    quotas->setSourceModel(m_model);
    quotas->setFilterKeyColumn(RoundSettingsModel::Key);
    quotas->setFilterRegularExpression(QRegularExpression(QStringLiteral("^quota\\.(?!default$)")));
    m_table->setObjectName(QStringLiteral("authorityQuotas"));
    m_table->setModel(quotas);
    m_table->setItemDelegateForColumn(RoundSettingsModel::Value, new SettingDelegate(m_model, this));
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->horizontalHeader()->setSectionResizeMode(RoundSettingsModel::Description, QHeaderView::Stretch);
    m_table->setMaximumHeight(160);
    auto* intro = new QLabel(tr("The rules of this round. A name in bold differs from the default; every change can "
                                "be undone (Edit ▸ Undo). The same settings are available as "
                                "'reviewbench-cli config'; hover over a name for its key there."),
                             this);
    intro->setWordWrap(true);
    auto* quota = new QPushButton(tr("Set a quota for an authority…"), this);
    quota->setObjectName(QStringLiteral("addQuota"));
    auto* quotaRow = new QHBoxLayout;
    quotaRow->addWidget(new QLabel(tr("Quotas of single authorities (they override the quota per authority):"), this),
                        1);
    quotaRow->addWidget(quota);
    // What the secretariat said recommenders stand for, when imports could not tell.
    m_aliases = new QTableWidget(0, 2, this);
    m_aliases->setObjectName(QStringLiteral("authorityAliases"));
    m_aliases->setHorizontalHeaderLabels({tr("Recommender as written"), tr("Recommending authority")});
    m_aliases->verticalHeader()->hide();
    m_aliases->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_aliases->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_aliases->horizontalHeader()->setStretchLastSection(true);
    m_aliases->setMaximumHeight(160);
    auto* forget = new QPushButton(tr("Forget the selected"), this);
    forget->setObjectName(QStringLiteral("forgetAlias"));
    auto* aliasesLabel = new QLabel(tr("Recommenders mapped to their authority when applications were imported (quotas "
                                       "count by authority):"),
                                    this);
    aliasesLabel->setWordWrap(true);
    auto* aliasRow = new QHBoxLayout;
    aliasRow->addWidget(m_aliases, 1);
    aliasRow->addWidget(forget, 0, Qt::AlignTop);
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_form);
    contentLayout->addLayout(quotaRow);
    contentLayout->addWidget(m_table);
    contentLayout->addWidget(aliasesLabel);
    contentLayout->addLayout(aliasRow);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("roundSettingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    connect(quota, &QPushButton::clicked, this, &RoundSettingsPage::addQuota);
    connect(forget, &QPushButton::clicked, this, [this] {
        const int row = m_aliases->currentRow();
        if (row < 0)
            return;
        Result<action::Done> done = m_workspace.perform(
            action::forgetAuthorityAlias(m_workspace.round(), m_aliases->item(row, 0)->data(Qt::UserRole).toString(),
                                         m_aliases->item(row, 0)->text()),
            Workspace::Settings);
        if (!done)
            messages::warn(this, tr("Recommenders"), done.error().toString());
    });
    auto refresh = [this] {
        m_model->reload();
        m_form->reload();
        m_table->resizeColumnToContents(RoundSettingsModel::Key);
        m_table->resizeColumnToContents(RoundSettingsModel::Value);
        Result<QList<AuthorityAlias>> aliases = AuthorityAliases(m_workspace.db(), m_workspace.round().id).list();
        m_aliases->setRowCount(aliases ? int(aliases->size()) : 0);
        for (int r = 0; aliases && r < aliases->size(); ++r) {
            auto* written = new QTableWidgetItem(aliases->at(r).recommender);
            written->setData(Qt::UserRole, aliases->at(r).key);
            m_aliases->setItem(r, 0, written);
            m_aliases->setItem(r, 1, new QTableWidgetItem(aliases->at(r).authority));
        }
        m_aliases->resizeColumnToContents(0);
    };
    connect(&m_workspace, &Workspace::roundChanged, this, refresh);
    connect(&m_workspace, &Workspace::dataChanged, this, [refresh](Workspace::DataKinds kinds) {
        if (kinds & Workspace::Settings)
            refresh();
    });
    refresh();
}

void RoundSettingsPage::addQuota()
{
    QStringList names;
    for (const Region& r : Region::all())
        names << r.name;
    bool ok = false;
    const QString region =
        QInputDialog::getItem(this, tr("Quota"), tr("Recommending authority:"), names, 0, false, &ok);
    if (!ok)
        return;
    const int quota =
        QInputDialog::getInt(this, tr("Quota"), tr("Most applications from %1:").arg(region), 30, 0, 100000, 1, &ok);
    if (!ok)
        return;
    const QString key = QStringLiteral("quota.") + region;
    if (Result<action::Done> done = m_workspace.perform(
            action::setSetting(m_workspace.round(), key, QString::number(quota)), Workspace::Settings);
        !done)
        messages::warn(this, tr("Quota"), done.error().toString());
}

} // namespace rb::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/PackageBuilder.h"
#include "report/Document.h"

#include <QDialog>

#include <functional>

namespace rb::ui {

/// Shows the access codes of the packages just written, once: the master never stores them. From here the
/// secretariat prints (or saves as PDF) one 评审包访问码通知 letter per expert, or saves the codes as CSV. Closing
/// without either asks first, since the codes are then gone (the packages would have to be re-issued).
class AccessCodesDialog : public QDialog {
    Q_OBJECT
public:
    static void show(QWidget* parent, const Round& round, const QList<package::IssuedPackage>& issued,
                     const QString& folder);

    /// Tests look at the dialog instead of a user: the hook gets it (built, not shown) and returns.
    using Hook = std::function<void(AccessCodesDialog&)>;
    static void setHook(Hook hook);

    [[nodiscard]] report::Document letters() const;
    /// Writes the codes as CSV (expert, name, package, code).
    Status saveCodes(const QString& path);

protected:
    void reject() override;

private:
    AccessCodesDialog(QWidget* parent, const Round& round, const QList<package::IssuedPackage>& issued,
                      const QString& folder);

    Round m_round;
    QList<package::IssuedPackage> m_issued;
    QString m_folder;
    bool m_kept = false; ///< printed, or saved as PDF or CSV
};

} // namespace rb::ui

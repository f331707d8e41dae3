// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/PackageRepository.h"

namespace rb::package {

Result<QList<ExpertPackages>> PackageRepository::byExpert()
{
    Result<db::Statement> st = m_db.prepare(
        "SELECT e.code, e.name, (SELECT count(*) FROM assignment s WHERE s.expert_id = e.id AND s.status NOT IN "
        "('void', 'handed_back')), coalesce(p.revision, 0), CASE WHEN p.conflict_reason IS NOT NULL THEN 'conflict' "
        "ELSE coalesce(p.status, '') END, coalesce(p.created_at, ''), "
        "coalesce(p.returned_at, '') FROM expert e LEFT JOIN package p ON p.expert_id = e.id AND p.revision = "
        "(SELECT max(revision) FROM package q WHERE q.expert_id = e.id) WHERE e.round_id = ?1 ORDER BY e.code");
    if (!st)
        return st.takeError();
    st->bind(1, m_round.id);
    QList<ExpertPackages> list;
    RB_TRY(st->forEach([&](const db::Statement& r) {
        list.append({r.text(0), r.text(1), int(r.integer(2)), int(r.integer(3)), r.text(4), r.text(5), r.text(6)});
    }));
    return list;
}

} // namespace rb::package

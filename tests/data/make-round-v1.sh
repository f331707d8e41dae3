#!/usr/bin/env bash
# Recreates round-v1.rbdb: a round database as schema version 1 wrote it, with a little data,
# for the migration test. The committed file is the reference; rerun only to rebuild it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$here/round-v1.rbdb
rm -f "$out"
{
  echo "PRAGMA application_id = 1380074562;"   # 0x52424442, "RBDB"
  echo "BEGIN;"
  cat "$here/../../core/storage/migrations/0001_foundation.sql"
  cat <<'SQL'
INSERT INTO round VALUES (1, '8f0b6a52-3f7e-4c55-9b61-1d7c2f1e0a01', '2024-SCN', 'scenario', 2024, '2024年度智能制造优秀场景', 'scenario', NULL, '2024-05-01T08:00:00Z', 'secretary');
INSERT INTO round_setting VALUES (1, 'aggregation.method', 'mean');
INSERT INTO applicant VALUES (1, '3c2d7e10-5a44-4f1b-8d0e-6b9f0c1a2b01', '示例精密机械有限公司', '示例精密机械有限公司', '91330100MA2AAAAA1E');
INSERT INTO application VALUES (1, 'a1e5c2d4-7b8f-4e3a-9c1d-2f3e4a5b6c01', 1, 'S01', '柔性产线快速换产', '浙江省', '装备制造', '浙江省', 1, 'recommended', '2024-05-01T08:00:00Z');
INSERT INTO application_applicant VALUES (1, 1, 0);
INSERT INTO criterion VALUES (1, 'c0000000-0000-4000-8000-000000000001', 1, '1', '先进性', NULL, 0, 'points', NULL, '', NULL);
INSERT INTO criterion VALUES (2, 'c0000000-0000-4000-8000-000000000002', 1, '1.1', '技术先进性', 1, 0, 'points', 100, '与行业水平对比', NULL);
INSERT INTO expert VALUES (1, 'e0000000-0000-4000-8000-000000000001', 1, 'X01', '专家甲', '示例大学', '示例大学', NULL, '北京市', '装备制造', '');
INSERT INTO audit_log VALUES (1, '2024-05-01T08:00:00Z', 'secretary', 1, 'create', 'round', '8f0b6a52-3f7e-4c55-9b61-1d7c2f1e0a01', '2024-SCN', '{}');
PRAGMA user_version = 1;
COMMIT;
SQL
} | sqlite3 "$out"
sqlite3 "$out" "PRAGMA journal_mode = DELETE;" >/dev/null
echo "wrote $out (schema version $(sqlite3 "$out" 'PRAGMA user_version'))"

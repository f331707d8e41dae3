#!/usr/bin/env bash
# Recreates round-v2.rbdb … round-v7.rbdb: round databases as schema versions 2 to 7 wrote them, each with the
# data of round-v1.rbdb and a little of what its version added (a committee and a meeting from v2, a returned
# package from v3, the round's key from v6), for the migration tests. The committed files are the reference;
# rerun only to rebuild them (needs the sqlite3 tool).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
migrations=$here/../../core/storage/migrations
for version in 2 3 4 5 6 7; do
  out=$here/round-v$version.rbdb
  rm -f "$out"
  cp "$here/round-v1.rbdb" "$out"
  {
    echo "BEGIN;"
    for step in $(seq 2 "$version"); do
      cat "$migrations"/000${step}_*.sql
      case $step in
        2) cat <<'SQL'
INSERT INTO committee_member (id, uid, round_id, name, organisation, role) VALUES
  (1, 'c1000000-0000-4000-8000-000000000001', 1, '主任甲', '示例大学', 'chair'),
  (2, 'c1000000-0000-4000-8000-000000000002', 1, '委员乙', '示例研究院', 'member');
INSERT INTO meeting (id, uid, round_id, title, held_on, place, chair_id, status, created_at) VALUES
  (1, 'm1000000-0000-4000-8000-000000000001', 1, '第一次论证会', '2024-06-01', '北京', 1, 'planned', '2024-05-20T08:00:00Z');
INSERT INTO meeting_attendance (meeting_id, member_id, present) VALUES (1, 1, 1), (1, 2, 1);
INSERT INTO calendar_day (day, kind, note) VALUES ('2024-10-01', 'holiday', '国庆节');
SQL
        ;;
        3) cat <<'SQL'
INSERT INTO assignment (id, uid, expert_id, application_id, status) VALUES
  (1, 'a1000000-0000-4000-8000-000000000001', 1, 1, 'assigned');
SQL
        ;;
        6) cat <<'SQL'
INSERT INTO round_key (round_id, public_key, secret_key, created_at) VALUES
  (1, zeroblob(32), zeroblob(64), '2024-05-01T08:00:00Z');
SQL
        ;;
      esac
    done
    echo "PRAGMA user_version = $version;"
    echo "COMMIT;"
  } | sqlite3 "$out"
  sqlite3 "$out" "PRAGMA journal_mode = DELETE;" >/dev/null
  echo "wrote $out (schema version $(sqlite3 "$out" 'PRAGMA user_version'))"
done

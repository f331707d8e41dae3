// SPDX-License-Identifier: GPL-3.0-or-later
#include "round/RoundKey.h"

#include "common/Clock.h"

namespace rb {

Result<crypto::KeyPair> RoundKey::ensure()
{
    Result<db::Statement> st = m_db.prepare("SELECT public_key, secret_key FROM round_key WHERE round_id = ?1");
    if (!st)
        return st.takeError();
    st->bind(1, m_roundId);
    Result<bool> found = st->step();
    if (!found)
        return found.takeError();
    if (*found) {
        crypto::KeyPair pair{st->blob(0), st->blob(1)};
        st->reset();
        return pair;
    }
    st->reset();
    crypto::KeyPair pair = crypto::newKeyPair();
    RB_TRY(m_db.exec("INSERT INTO round_key (round_id, public_key, secret_key, created_at) VALUES (?1, ?2, ?3, ?4)",
                     m_roundId, pair.publicKey, pair.secretKey, Clock::current().timestamp()));
    return pair;
}

Result<QByteArray> RoundKey::publicKey()
{
    Result<db::Statement> st = m_db.prepare("SELECT public_key FROM round_key WHERE round_id = ?1");
    if (!st)
        return st.takeError();
    st->bind(1, m_roundId);
    Result<bool> found = st->step();
    if (!found)
        return found.takeError();
    const QByteArray key = *found ? st->blob(0) : QByteArray();
    st->reset();
    return key;
}

} // namespace rb

/** What a database handle needs here: both of the API's drivers (its `Queryable`) and a bare `pg` client fit. */
export interface Sql {
  query(text: string, params?: unknown[]): Promise<unknown>;
}

/**
 * Adds `count` entries about a person to the access log in one statement, a staff reviewer's reads numbered
 * 核查第 1 号 to 核查第 count 号, a minute apart going back from now. They stand outside the hash chain (the log no
 * longer verifies), so use it only on a throwaway database: appending them one by one through the chain would take
 * longer than what the test or bench measures. The links are salted with the newest seq, so calling it again on the
 * same log writes no hash twice (the column is unique).
 */
export async function addAccessLogEntries(db: Sql, personId: number, count: number): Promise<void> {
  await db.query(
    `INSERT INTO access_log (at, actor_kind, actor_id, actor_role, actor_label, subject_person_id, action, purpose, fields, prev_hash, hash, mac_version)
     SELECT now() - (n || ' minutes')::interval, 'staff', 1, '部门审核员', '济南市市场监督管理局 审核员', $1, 'read',
            '核查第 ' || n || ' 号', ARRAY['信用记录'], sha256(('p' || salt || '-' || n)::bytea), sha256(('h' || salt || '-' || n)::bytea), 2
     FROM generate_series(1, $2::int) AS n, (SELECT coalesce(max(seq), 0) AS salt FROM access_log) AS newest`,
    [personId, count],
  );
}

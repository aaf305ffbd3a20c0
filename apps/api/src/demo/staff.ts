import { hashPassword } from '../auth/passwords';
import type { Queryable } from '../db/client';

/**
 * Demo reviewer accounts (示例), created with the demo data in development only. Each reviews the records
 * of one department, matching the fixed demo records' deciding authorities.
 */
export const DEMO_STAFF = {
  shizhong: {
    username: 'reviewer-shizhong',
    password: 'demo-shizhong-2026',
    displayName: '示例审核员（市中区）',
    department: '济南市市中区市场监督管理局',
  },
  lixia: {
    username: 'reviewer-lixia',
    password: 'demo-lixia-2026',
    displayName: '示例审核员（历下区）',
    department: '济南市历下区市场监督管理局',
  },
  chengguan: {
    username: 'reviewer-chengguan',
    password: 'demo-chengguan-2026',
    displayName: '示例审核员（城管）',
    department: '济南市城市管理局',
  },
} as const;

export async function seedDemoStaff(db: Queryable): Promise<void> {
  for (const s of Object.values(DEMO_STAFF)) {
    const { rows } = await db.query('SELECT 1 FROM staff_accounts WHERE username = $1', [s.username]);
    if (rows.length) continue;
    await db.query(
      `INSERT INTO staff_accounts (username, password_hash, display_name, department, roles) VALUES ($1, $2, $3, $4, ARRAY['reviewer'])
       ON CONFLICT (username) DO NOTHING`,
      [s.username, await hashPassword(s.password), s.displayName, s.department],
    );
  }
}

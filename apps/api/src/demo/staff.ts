import { hashPassword } from '../auth/passwords';
import type { Queryable } from '../db/client';
import { kyselyOver } from '../db/kysely';
import { staffRepository } from '../repositories/staff';

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
  const staff = staffRepository(kyselyOver(db));
  for (const s of Object.values(DEMO_STAFF)) {
    if (await staff.exists(s.username)) continue;
    const account = {
      username: s.username,
      passwordHash: await hashPassword(s.password),
      displayName: s.displayName,
      department: s.department,
    };
    await staff.create({ ...account, roles: ['reviewer'] }, { ifMissing: true });
  }
}

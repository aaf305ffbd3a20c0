import type { StaffRole } from '@xinyong/contract';
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

/**
 * Demo accounts of the staff console (示例), each with a second factor as production requires. The TOTP secrets are
 * published here on purpose: a developer adds one to an authenticator app (or computes the code with src/auth/totp.ts)
 * to log in. Development only, like the rest of the demo.
 */
export const DEMO_CONSOLE_STAFF = {
  chengguan: {
    username: 'console-chengguan',
    password: 'demo-console-cg-2026',
    totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
    displayName: '示例审核员（城管·工作台）',
    department: '济南市城市管理局',
    roles: ['reviewer'],
  },
  creditOffice: {
    username: 'console-credit-office',
    password: 'demo-console-xyb-2026',
    totpSecret: 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU',
    displayName: '示例信用办管理员',
    department: '济南市社会信用体系建设领导小组办公室',
    roles: ['credit_office'],
  },
  auditor: {
    username: 'console-auditor',
    password: 'demo-console-audit-2026',
    totpSecret: 'MFRGGZDFMZTWQ2LKMFRGGZDFMZTWQ2LK',
    displayName: '示例审计员',
    department: '济南市社会信用体系建设领导小组办公室',
    roles: ['auditor'],
  },
} as const satisfies Record<string, { roles: readonly StaffRole[]; totpSecret: string } & Record<string, unknown>>;

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
  for (const s of Object.values(DEMO_CONSOLE_STAFF)) {
    if (await staff.exists(s.username)) continue;
    const { password, roles, ...account } = s;
    await staff.create({ ...account, roles: [...roles], passwordHash: await hashPassword(password) }, { ifMissing: true });
  }
}

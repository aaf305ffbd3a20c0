/**
 * Creates a staff account with its second factor. The password is read from the STAFF_PASSWORD environment variable
 * (never an argument, which other users of the machine could see) and stored as an scrypt hash. A new TOTP secret is
 * made and printed once, as the otpauth:// address the person adds to an authenticator app (production logins need it).
 *   STAFF_PASSWORD=… pnpm --filter @xinyong/api staff:create -- --username reviewer-x --name 张审核 --department 济南市市场监督管理局 [--role reviewer|credit_office|auditor]
 */
import { parseArgs } from 'node:util';
import { STAFF_ROLES, type StaffRole } from '@xinyong/contract';
import { hashPassword } from '../auth/passwords';
import { newTotpSecret, otpauthUri } from '../auth/totp';
import { loadTotpKey } from '../auth/totp-key';
import { loadConfig } from '../config';
import { kyselyOver } from '../db/kysely';
import { migrate } from '../db/migrate';
import { openDatabase } from '../db/open';
import { staffRepository } from '../repositories/staff';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    username: { type: 'string' },
    name: { type: 'string' },
    department: { type: 'string' },
    role: { type: 'string', default: 'reviewer' },
  },
});
const password = process.env.STAFF_PASSWORD ?? '';
const role = values.role as StaffRole;
if (!values.username || !values.name || !values.department || password.length < 12 || !(role in STAFF_ROLES)) {
  console.error(
    '用法：STAFF_PASSWORD=<至少 12 位> staff:create -- --username 用户名 --name 姓名 --department 部门全称 [--role reviewer|credit_office|auditor]',
  );
  process.exit(2);
}
const totpSecret = newTotpSecret();
const config = loadConfig();
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrate(db);
  await staffRepository(kyselyOver(db), loadTotpKey(process.env, config.env === 'production')).create({
    username: values.username,
    passwordHash: await hashPassword(password),
    displayName: values.name,
    department: values.department,
    roles: [role],
    totpSecret,
  });
  console.log(`已创建${STAFF_ROLES[role]}账号 ${values.username}（${values.department}）`);
  console.log('请本人把下面的地址加入验证器应用（只显示这一次）：');
  console.log(otpauthUri(totpSecret, values.username));
} finally {
  await db.close();
}

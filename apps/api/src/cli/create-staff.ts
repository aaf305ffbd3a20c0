/**
 * Creates a department reviewer account. The password is read from the STAFF_PASSWORD environment variable
 * (never an argument, which other users of the machine could see) and stored as an scrypt hash.
 *   STAFF_PASSWORD=… pnpm --filter @xinyong/api staff:create -- --username reviewer-x --name 张审核 --department 济南市市场监督管理局
 */
import { parseArgs } from 'node:util';
import { hashPassword } from '../auth/passwords';
import { loadConfig } from '../config';
import { kyselyOver } from '../db/kysely';
import { migrate } from '../db/migrate';
import { openDatabase } from '../db/open';
import { staffRepository } from '../repositories/staff';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { username: { type: 'string' }, name: { type: 'string' }, department: { type: 'string' } },
});
const password = process.env.STAFF_PASSWORD ?? '';
if (!values.username || !values.name || !values.department || password.length < 12) {
  console.error('用法：STAFF_PASSWORD=<至少 12 位> staff:create -- --username 用户名 --name 姓名 --department 部门全称');
  process.exit(2);
}
const config = loadConfig();
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrate(db);
  await staffRepository(kyselyOver(db)).create({
    username: values.username,
    passwordHash: await hashPassword(password),
    displayName: values.name,
    department: values.department,
    roles: ['reviewer'],
  });
  console.log(`已创建审核账号 ${values.username}（${values.department}）`);
} finally {
  await db.close();
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What the import rules (.dependency-cruiser.cjs) cannot see: a route or an app plugin reaching the database through
 * the decorated instance instead of a repository. SQL lives in repositories/ (and the batch tools the rules name).
 */
const SRC = join(import.meta.dirname, '..', 'src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
const DATABASE_USE =
  /\.query(<[^>]*>)?\(|\b(db|tx)\.exec\(|\bapp\.db\b|\bselectFrom\(|\binsertInto\(|\bupdateTable\(|\bsql`|\bSELECT\s|\bINSERT\s+INTO\b|\bUPDATE\s+\w+\s+SET\b/;

describe('the data-access layer', () => {
  it('keeps SQL and database calls out of routes/', () => {
    const offenders = files(join(SRC, 'routes')).filter((f) => DATABASE_USE.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });

  it('lets only the unit of work open transactions among the plugins (the database plugin is handed the client)', () => {
    const offenders = files(join(SRC, 'plugins'))
      .filter((f) => DATABASE_USE.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(offenders).toEqual(['plugins/app/unit-of-work.ts']);
  });

  it('has no self-service folder of free SQL functions any more', () => {
    expect(readdirSync(SRC)).not.toContain('self-service');
  });
});

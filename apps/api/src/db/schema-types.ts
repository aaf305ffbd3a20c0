import { fileURLToPath } from 'node:url';
import type { Queryable } from './client';

export const SCHEMA_TYPES_FILE = fileURLToPath(new URL('./schema.ts', import.meta.url));

/**
 * Writes the row types of the migrated schema as TypeScript, read from information_schema: the one source of
 * every row type the repositories use (src/db/schema.ts is its output; `pnpm --filter @xinyong/api db:types`
 * writes it, and a test fails while the committed file differs from what the migrations produce).
 *
 * The value types are those both drivers hand back with the parsers set in pglite.ts and postgres.ts: civil dates
 * as 'YYYY-MM-DD' strings, int8 as number, numeric as string, timestamps as Date, bytea as Uint8Array.
 */
interface ColumnRow {
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
  is_nullable: 'YES' | 'NO';
  column_default: string | null;
  is_identity: 'YES' | 'NO';
}

/** [what a read returns, what an insert takes, what an update takes]. */
const SCALARS: Record<string, [string, string, string]> = {
  int2: ['number', 'number', 'number'],
  int4: ['number', 'number', 'number'],
  int8: ['number', 'number', 'number'],
  float4: ['number', 'number', 'number'],
  float8: ['number', 'number', 'number'],
  // numeric arrives as a string (no float rounding).
  numeric: ['string', 'number | string', 'number | string'],
  text: ['string', 'string', 'string'],
  varchar: ['string', 'string', 'string'],
  bpchar: ['string', 'string', 'string'],
  bool: ['boolean', 'boolean', 'boolean'],
  date: ['string', 'string', 'string'],
  timestamptz: ['Date', 'Date | string', 'Date | string'],
  timestamp: ['Date', 'Date | string', 'Date | string'],
  bytea: ['Uint8Array', 'Uint8Array', 'Uint8Array'],
  // Parsed on read, written as JSON text.
  json: ['unknown', 'string', 'string'],
  jsonb: ['unknown', 'string', 'string'],
};

function tsType(c: ColumnRow): string {
  const array = c.data_type === 'ARRAY';
  const udt = array ? c.udt_name.replace(/^_/, '') : c.udt_name;
  const scalar = SCALARS[udt];
  if (!scalar) throw new Error(`${c.table_name}.${c.column_name}: no TypeScript type for ${c.udt_name}`);
  const [select, insert, update] = scalar.map((t) => {
    const base = array ? `(${t})[]`.replace(/^\(([A-Za-z0-9]+)\)\[\]$/, '$1[]') : t;
    return c.is_nullable === 'YES' ? `${base} | null` : base;
  }) as [string, string, string];
  // A column with a default (or an identity) may be left out of an insert.
  const generated = c.column_default !== null || c.is_identity === 'YES';
  const insertType = generated ? `${insert} | undefined` : insert;
  return select === insertType && select === update ? select : `ColumnType<${select}, ${insertType}, ${update}>`;
}

const pascal = (name: string) => name.replace(/(^|_)([a-z0-9])/g, (_m, _s, ch: string) => ch.toUpperCase());

export async function schemaTypes(db: Queryable): Promise<string> {
  const { rows } = await db.query<ColumnRow>(
    `SELECT c.table_name, c.column_name, c.data_type, c.udt_name, c.is_nullable, c.column_default, c.is_identity
     FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
     ORDER BY c.table_name, c.ordinal_position`,
  );
  const tables = new Map<string, ColumnRow[]>();
  for (const r of rows) tables.set(r.table_name, [...(tables.get(r.table_name) ?? []), r]);
  const out = [
    '// Generated from the migrated schema by `pnpm --filter @xinyong/api db:types` (src/db/schema-types.ts). Do not edit:',
    '// change a migration and run the command again; test/db/schema.test.ts fails while this file is stale.',
    "import type { ColumnType } from 'kysely';",
    '',
  ];
  for (const [table, columns] of tables) {
    out.push(`export interface ${pascal(table)}Table {`);
    for (const c of columns) out.push(`  ${c.column_name}: ${tsType(c)};`);
    out.push('}', '');
  }
  out.push('export interface Database {');
  for (const table of tables.keys()) out.push(`  ${table}: ${pascal(table)}Table;`);
  out.push('}', '');
  return out.join('\n');
}

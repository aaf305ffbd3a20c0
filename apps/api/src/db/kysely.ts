import {
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
} from 'kysely';
import type { Queryable } from './client';
import type { Database } from './schema';

export type Db = Kysely<Database>;

/**
 * Kysely over the one database seam: queries are built and type-checked against the generated schema, then run
 * through Queryable.query, so PGlite and a PostgreSQL server (pool or transaction) both run them unchanged.
 * Transactions stay SqlClient.transaction's: a repository is handed the transaction's Queryable and builds its
 * Kysely over that.
 */
export function kyselyOver(q: Queryable): Db {
  return new Kysely<Database>({ dialect: queryableDialect(q) });
}

function queryableDialect(q: Queryable): Dialect {
  const connection: DatabaseConnection = {
    async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
      const { rows } = await q.query<R>(compiled.sql, compiled.parameters as unknown[]);
      return { rows };
    },
    // biome-ignore lint/correctness/useYield: streaming is not offered by the seam; the error says so
    async *streamQuery() {
      throw new Error('streaming queries are not supported over the SqlClient seam');
    },
  };
  const driver: Driver = {
    init: async () => {},
    acquireConnection: async () => connection,
    beginTransaction: async () => {
      throw new Error('open transactions with SqlClient.transaction and build the repositories over its Queryable');
    },
    commitTransaction: async () => {},
    rollbackTransaction: async () => {},
    releaseConnection: async () => {},
    destroy: async () => {},
  };
  return {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => driver,
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  };
}

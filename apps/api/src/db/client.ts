/**
 * The one database seam. Everything above it speaks PostgreSQL SQL with $n parameters, so the embedded
 * PGlite and a PostgreSQL server run the same queries and the same migrations.
 */
export interface Queryable {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** Runs a multi-statement script without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface SqlClient extends Queryable {
  readonly driver: 'pglite' | 'postgres';
  /** Runs fn in one transaction: all of it commits or none of it does. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /**
   * Calls onNotify for each NOTIFY on channel, sent by any process on the same database, until the returned stop is
   * called. On PostgreSQL this holds a connection of its own; onLost is called when it drops (and it reconnects).
   * Absent on the embedded database: only one process opens it, so there is no one else to hear from.
   */
  listen?(channel: string, onNotify: () => void, onLost: () => void): Promise<() => Promise<void>>;
}

/** Sent after stored display windows change (recompute command): every API process drops its cached public answers. */
export const WINDOWS_CHANGED = 'xinyong_windows_changed';

/**
 * Held while content catalogues are replaced at start-up: API processes starting together against one server
 * would otherwise both delete the old rows and both insert the new ones.
 */
export const CONTENT_LOAD_LOCK = 727277;

import type { CatalogItem, Measure } from '@xinyong/contract';
import { CONTENT_LOAD_LOCK, type Queryable } from '../db/client';

/** The punishment-measure ledger and the data catalogue: small lists replaced whole from content/. */
export function contentListsRepository(db: Queryable) {
  return {
    /** Replaces both lists; run in a transaction, so readers see the old or the new ones, never a mix. */
    async replaceAll(measures: Measure[], catalog: CatalogItem[]): Promise<void> {
      await db.query('SELECT pg_advisory_xact_lock($1)', [CONTENT_LOAD_LOCK]);
      await db.query('DELETE FROM measures');
      await db.query('DELETE FROM catalog_items');
      for (const m of measures) {
        await db.query('INSERT INTO measures (id, name, description, legal_basis, list_types, authority) VALUES ($1, $2, $3, $4, $5, $6)', [
          m.id,
          m.name,
          m.description,
          JSON.stringify(m.legalBasis),
          m.listTypes,
          m.authority,
        ]);
      }
      for (const c of catalog) {
        await db.query(
          'INSERT INTO catalog_items (id, name, source_department, disclosure, display_rule, basis) VALUES ($1, $2, $3, $4, $5, $6)',
          [c.id, c.name, c.sourceDepartment, c.disclosure, c.displayRule, JSON.stringify(c.basis)],
        );
      }
    },

    async measures(): Promise<Measure[]> {
      const { rows } = await db.query<Measure>(
        `SELECT id, name, description, legal_basis AS "legalBasis", list_types AS "listTypes", authority FROM measures ORDER BY name`,
      );
      return rows;
    },

    async catalog(): Promise<CatalogItem[]> {
      const { rows } = await db.query<CatalogItem>(
        `SELECT id, name, source_department AS "sourceDepartment", disclosure, display_rule AS "displayRule", basis
         FROM catalog_items ORDER BY array_position(ARRAY['公开', '依申请', '不公开'], disclosure), name`,
      );
      return rows;
    },
  };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportDomain } from '@xinyong/domain';
import { type Static, Type } from 'typebox';
import { LineCounter, parseDocument } from 'yaml';
import { ContentError, parseYamlFile } from './yaml-file';

// The wire schema for a public list of domains belongs in @xinyong/contract once a route serves it (phase 2);
// until then the file's shape is checked here.
const Id = Type.String({ pattern: '^[a-z][a-z0-9-]*$' });
const Text = Type.String({ minLength: 1 });
const ReportDomainSource = Type.Object({ id: Id, reference: Text, note: Type.Optional(Text) }, { additionalProperties: false });
const ReportDomainEntry = Type.Object(
  {
    id: Id,
    name: Text,
    departments: Type.Array(Text, { minItems: 1 }),
    authorityPatterns: Type.Array(Type.String({ minLength: 2 }), { minItems: 1 }),
    recordKinds: Type.Array(Type.Union([Type.Literal('penalty'), Type.Literal('serious_dishonesty')]), { minItems: 1 }),
    lists: Type.Optional(Type.Array(Text)),
    namedIn: Type.Array(Id),
    example: Type.Boolean(),
  },
  { additionalProperties: false },
);
const ReportDomainsFile = Type.Object(
  { sources: Type.Array(ReportDomainSource, { minItems: 1 }), domains: Type.Array(ReportDomainEntry, { minItems: 1 }) },
  { additionalProperties: false },
);
type ReportDomainsFile = Static<typeof ReportDomainsFile>;

export interface LoadedReportDomain extends ReportDomain {
  lists: string[];
  /** The documents that name this domain (ids into `sources`). */
  namedIn: string[];
  /** Departments and patterns written by this product, to be replaced by the credit office's own list. */
  example: boolean;
}

export interface ReportDomainsContent {
  sources: Static<typeof ReportDomainSource>[];
  domains: LoadedReportDomain[];
}

const FILE = 'report-domains.yaml';

/**
 * content/report-domains.yaml: the domains a 专项信用报告 is organised by. Beyond the schema: ids unique,
 * every namedIn names a listed source, and no authority pattern appears in two domains (a record must
 * have one home).
 */
export function loadReportDomains(contentDir: string): ReportDomainsContent {
  const path = join(contentDir, FILE);
  const parsed = parseYamlFile<ReportDomainsFile>(path, FILE, ReportDomainsFile);
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter });
  const lineOf = (...keys: (string | number)[]) => {
    const node = doc.getIn(keys, true) as { range?: [number, number, number] } | undefined;
    return lineCounter.linePos(node?.range?.[0] ?? 0).line;
  };

  const sourceIds = new Set<string>();
  parsed.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) throw new ContentError(FILE, lineOf('sources', i, 'id'), `来源 id “${s.id}”重复`);
    sourceIds.add(s.id);
  });
  const domainIds = new Set<string>();
  const patternOwner = new Map<string, string>();
  parsed.domains.forEach((d, i) => {
    if (d.id === 'other') throw new ContentError(FILE, lineOf('domains', i, 'id'), 'id “other”留给“其他领域”，请换一个 id');
    if (domainIds.has(d.id)) throw new ContentError(FILE, lineOf('domains', i, 'id'), `领域 id “${d.id}”重复`);
    domainIds.add(d.id);
    d.namedIn.forEach((ref, j) => {
      if (!sourceIds.has(ref)) throw new ContentError(FILE, lineOf('domains', i, 'namedIn', j), `namedIn 中的“${ref}”不在 sources 里`);
    });
    d.authorityPatterns.forEach((pattern, j) => {
      const owner = patternOwner.get(pattern);
      if (owner)
        throw new ContentError(
          FILE,
          lineOf('domains', i, 'authorityPatterns', j),
          `匹配文字“${pattern}”已用于领域“${owner}”，一条记录只能归入一个领域`,
        );
      patternOwner.set(pattern, d.id);
    });
  });
  return { sources: parsed.sources, domains: parsed.domains.map((d) => ({ ...d, lists: d.lists ?? [] })) };
}

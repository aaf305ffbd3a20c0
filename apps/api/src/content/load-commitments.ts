import { join } from 'node:path';
import { type CommitmentMatter, CommitmentText } from '@xinyong/contract';
import { Type } from 'typebox';
import { ContentError, parseYamlFile } from './yaml-file';

const Matter = Type.Object(
  { code: Type.String({ pattern: '^[a-z][a-z0-9-]{1,39}$' }), kind: Type.String({ minLength: 2 }), label: Type.String({ minLength: 2 }) },
  { additionalProperties: false },
);
const CommitmentFile = Type.Object(
  { versions: Type.Array(CommitmentText, { minItems: 1 }), matters: Type.Array(Matter, { minItems: 1 }) },
  { additionalProperties: false },
);

export interface CommitmentContent {
  texts: CommitmentText[];
  /** The closed list a commitment signed in the app is made for; what a business's public profile shows of it. */
  matters: CommitmentMatter[];
}

/** content/commitment.yaml: versions and matters are only ever appended, so a signed commitment keeps what it was signed under. */
export function loadCommitmentContent(contentDir: string): CommitmentContent {
  const parsed = parseYamlFile<{ versions: (CommitmentText & { effectiveFrom: string | Date })[]; matters: CommitmentMatter[] }>(
    join(contentDir, 'commitment.yaml'),
    'commitment.yaml',
    CommitmentFile,
  );
  const codes = new Set<string>();
  for (const m of parsed.matters) {
    if (codes.has(m.code)) throw new ContentError('commitment.yaml', 1, `承诺事项编号 ${m.code} 重复`);
    codes.add(m.code);
  }
  return { texts: parsed.versions, matters: parsed.matters };
}

import { join } from 'node:path';
import { CommitmentText } from '@xinyong/contract';
import { Type } from 'typebox';
import { parseYamlFile } from './yaml-file';

const CommitmentFile = Type.Object({ versions: Type.Array(CommitmentText, { minItems: 1 }) }, { additionalProperties: false });

/** content/commitment.yaml: versions are only ever appended, so a signed commitment keeps pointing at what was signed. */
export function loadCommitmentTexts(contentDir: string): CommitmentText[] {
  const parsed = parseYamlFile<{ versions: (CommitmentText & { effectiveFrom: string | Date })[] }>(
    join(contentDir, 'commitment.yaml'),
    'commitment.yaml',
    CommitmentFile,
  );
  return parsed.versions;
}

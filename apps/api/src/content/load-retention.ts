import { join } from 'node:path';
import { type Static, Type } from 'typebox';
import { parseYamlFile } from './yaml-file';

const RetentionFile = Type.Object(
  {
    idempotencyAnswersDays: Type.Integer({ minimum: 1, maximum: 365 }),
    endedSessionsDays: Type.Integer({ minimum: 1, maximum: 365 }),
    orphanedUploadsHours: Type.Integer({ minimum: 1, maximum: 24 * 30 }),
    issuedReportFilesDays: Type.Integer({ minimum: 1, maximum: 3650 }),
  },
  { additionalProperties: false },
);
export type RetentionPeriods = Static<typeof RetentionFile>;

/** content/retention.yaml: how long what has served its purpose is kept before the retention job deletes it. */
export function loadRetentionPeriods(contentDir: string): RetentionPeriods {
  return parseYamlFile<RetentionPeriods>(join(contentDir, 'retention.yaml'), 'retention.yaml', RetentionFile);
}

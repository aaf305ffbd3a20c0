import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRuleData, RuleDataError, renderFeeTextsModule, renderRulesModule } from './generate';

/** Validates content/rules/*.yaml and writes packages/domain/src/generated/rules.ts. */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const RULES_DIR = join(REPO_ROOT, 'content/rules');
export const GENERATED_FILE = join(REPO_ROOT, 'packages/domain/src/generated/rules.ts');
export const FEE_TEXTS_FILE = join(REPO_ROOT, 'packages/domain/src/generated/fee-texts.ts');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const data = loadRuleData(RULES_DIR, REPO_ROOT);
    writeFileSync(GENERATED_FILE, renderRulesModule(data));
    writeFileSync(FEE_TEXTS_FILE, renderFeeTextsModule(data));
    console.log(`规则数据已检查并写入 packages/domain/src/generated/rules.ts（版本 ${data.displayRulesHash}）。`);
  } catch (error) {
    if (error instanceof RuleDataError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

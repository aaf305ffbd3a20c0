import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BenefitContent } from '@xinyong/contract';
import { ContentError, parseYamlFile } from './yaml-file';

export { ContentError } from './yaml-file';

export interface LoadedBenefit extends BenefitContent {
  sourceFile: string;
}

/** content/benefits/<id>.yaml, one benefit a file; ids are unique and match their file names. */
export function loadBenefits(dir: string): LoadedBenefit[] {
  const seen = new Map<string, string>();
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((file) => {
      const benefit = parseYamlFile<BenefitContent>(join(dir, file), `benefits/${file}`, BenefitContent);
      const expected = file.replace(/\.ya?ml$/, '');
      if (benefit.id !== expected) throw new ContentError(`benefits/${file}`, 1, `id “${benefit.id}”应与文件名“${expected}”一致`);
      const earlier = seen.get(benefit.id);
      if (earlier) throw new ContentError(`benefits/${file}`, 1, `id “${benefit.id}”与 ${earlier} 重复`);
      seen.set(benefit.id, file);
      return { ...benefit, sourceFile: file };
    });
}

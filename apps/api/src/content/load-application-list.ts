import { join } from 'node:path';
import { ApplicationList } from '@xinyong/contract';
import { ContentError, parseYamlFile } from './yaml-file';

/** content/application-list.yaml: the uses of credit information a department may query for (应查尽查). */
export function loadApplicationList(contentDir: string): ApplicationList {
  const list = parseYamlFile<ApplicationList>(join(contentDir, 'application-list.yaml'), 'application-list.yaml', ApplicationList);
  const seen = new Set<string>();
  for (const item of list.items) {
    if (seen.has(item.id)) throw new ContentError('application-list.yaml', 0, `用途编号 ${item.id} 重复。`);
    seen.add(item.id);
  }
  return list;
}

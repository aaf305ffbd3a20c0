import { type EntitySummary, REGISTRATION_STATUS_LABELS } from '@xinyong/api-client';

// Words that many generated demo names share (shops, cooperatives, companies).
const COMMON_WORDS = ['商店', '合作社', '科技', '山东', '有限公司'];

export interface FoundEntity {
  code: string;
  name: string;
  /** The words the screens must show for its 登记状态. */
  label: string;
}

/**
 * A business of the demo set that still trades, or one that no longer does (注销 or 吊销). The generator decides
 * which ones are closed, so the test asks the API instead of naming one; closed ones rank last, hence the paging.
 */
export async function entityByStatus(origin: string, wanted: 'active' | 'closed'): Promise<FoundEntity> {
  for (const q of COMMON_WORDS) {
    for (let page = 1; page <= 10; page++) {
      const res = await fetch(`${origin}/api/v1/entities?q=${encodeURIComponent(q)}&page=${page}&pageSize=50`);
      if (res.status !== 200) break;
      const { items } = (await res.json()) as { items: EntitySummary[] };
      const hit = items.find((i) => (wanted === 'active') === (i.registrationStatus === 'active'));
      if (hit) return { code: hit.code, name: hit.name, label: REGISTRATION_STATUS_LABELS[hit.registrationStatus] };
      if (items.length < 50) break;
    }
  }
  throw new Error(`The demo set has no ${wanted} business under ${COMMON_WORDS.join('、')}: npm start seeds about 500, 1 in 9 closed.`);
}

/** The labels of the states that mean a business no longer trades. */
export const CLOSED_LABELS = [REGISTRATION_STATUS_LABELS.deregistered, REGISTRATION_STATUS_LABELS.revoked];

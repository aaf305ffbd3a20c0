import {
  addMonths,
  assessDisplay,
  type CivilDate,
  chinaDateAt,
  DISPLAY_PERIOD_RULE,
  entityTypeOf,
  fromDayNumber,
  type InformationClass,
  isMinorOn,
  listExit,
  listExitText,
  makeCreditCode,
  SHANDONG_CITIES,
  toDayNumber,
  USCC_ALPHABET,
  versionOn,
  yearOf,
} from '@xinyong/domain';
import type { Queryable, SqlClient } from '../db/client';
import { loadKeys, type PersonalDataCrypto, personalDataCrypto } from '../privacy/personal-data-crypto';
import {
  type CommitmentRow,
  type DishonestyRow,
  type EntityRow,
  insertCommitments,
  insertDishonestyEntries,
  insertEntities,
  insertLicences,
  insertObjectionsByKey,
  insertPenalties,
  insertPersons,
  insertRedListEntries,
  type LicenceRow,
  type ObjectionByKey,
  type PenaltyRow,
  penaltyRowFacts,
  penaltyWindow,
  personRowOf,
  type RedListRow,
} from '../repositories/record-writers';
import { DEMO_CITIZEN_LIST, type DEMO_CITIZENS } from './citizens';
import { type DEMO_ENTITIES, DEMO_ENTITY_LIST, fixedEntityRows, fixedRecords } from './fixed';
import {
  BRAND_FIRST,
  BRAND_SECOND,
  CITY_WEIGHTS,
  COMMITMENT_KINDS,
  COMMITMENT_MATTERS,
  COOPERATIVE_FIELDS,
  DEPT_ABBR,
  type DeptKind,
  DISHONESTY_LIST_TYPES,
  DISTRICTS,
  type District,
  departmentName,
  ENTERPRISE_INDUSTRIES,
  ENTERPRISE_SUFFIXES,
  FORMER_LAIWU_DISTRICTS,
  GIVEN_CHARS,
  LICENCE_TEMPLATES,
  type LicenceTemplate,
  PENALTY_TEMPLATES,
  PRIVATE_NONPROFIT_KINDS,
  PROVINCIAL_DEPARTMENTS,
  RED_LIST_TYPES,
  ROADS,
  SHOP_SUFFIXES,
  SOCIAL_ORG_FIELDS,
  SURNAMES,
} from './pools';
import { createRng, hash32, type Rng } from './prng';

export interface GenerateOptions {
  seed: number;
  /** Total entities, the fixed demo entities included. */
  entities: number;
  /** The day the data is generated for: dates are spread up to it and display statuses are relative to it. */
  today: CivilDate;
  /** Entities per write batch; it does not change the data (each entity has its own random stream). */
  chunkSize?: number;
  crypto?: PersonalDataCrypto;
  onProgress?: (p: GenerateProgress) => void;
}

export interface GenerateProgress {
  entities: number;
  totalEntities: number;
  records: number;
  elapsedMs: number;
}

export interface GenerateResult {
  entities: number;
  persons: number;
  licences: number;
  penalties: number;
  dishonestyEntries: number;
  redListEntries: number;
  commitments: number;
  objections: number;
  /** All records: licences, penalties, list entries, commitments. */
  records: number;
  elapsedMs: number;
}

const FIRST_DECISION_DATE = '2017-01-01';
const CODE_SPACE = 31 ** 6;
// A multiplier coprime to 31 makes i → i·M + offset (mod 31^6) a bijection: unique codes without a set.
const CODE_MULTIPLIER = 387_420_489;

const CITY_CHOICES = SHANDONG_CITIES.map((c) => [c, CITY_WEIGHTS[c.code] ?? 1] as const);
const PREFIX_CHOICES = [
  ['91', 62],
  ['92', 33],
  ['93', 3],
  ['51', 1],
  ['52', 1],
] as const;

function base31(n: number, width: number): string {
  let out = '';
  for (let i = 0; i < width; i++) {
    out = USCC_ALPHABET.charAt(n % 31) + out;
    n = Math.floor(n / 31);
  }
  return out;
}

const brand = (rng: Rng) => {
  const a = rng.pick(BRAND_FIRST);
  let b = rng.pick(BRAND_SECOND);
  if (b === a) b = rng.pick(BRAND_SECOND);
  return a + b;
};
const personName = (rng: Rng) => rng.pick(SURNAMES) + rng.pick(GIVEN_CHARS) + (rng.chance(0.7) ? rng.pick(GIVEN_CHARS) : '');
const shortDistrict = (d: District) => (d.name.length > 2 ? d.name.replace(/[区县]$/, '') : d.name);
// Day numbers are cached: the domain's date parsing is exact but not made for millions of calls.
const dayNumbers = new Map<CivilDate, number>();
const dayNumberOf = (d: CivilDate) => {
  let n = dayNumbers.get(d);
  if (n === undefined) {
    n = toDayNumber(d);
    dayNumbers.set(d, n);
  }
  return n;
};
const dates: CivilDate[] = [];
const dateOf = (n: number) => {
  const i = n + 40_000; // day numbers from 1860 on
  let d = dates[i];
  if (d === undefined) {
    d = fromDayNumber(n);
    dates[i] = d;
  }
  return d;
};
const dayBetween = (rng: Rng, from: CivilDate, to: CivilDate) => dateOf(rng.between(dayNumberOf(from), dayNumberOf(to)));
const plusDays = (d: CivilDate, days: number) => dateOf(dayNumberOf(d) + days);
// ISO dates compare as strings; the domain's compareDates parses, which a million rows feel.
function laterOf(a: CivilDate, b: CivilDate): CivilDate {
  if (a >= b) return a;
  return b;
}
function earlierOf(a: CivilDate, b: CivilDate): CivilDate {
  if (a <= b) return a;
  return b;
}

interface GenEntity {
  row: EntityRow;
  kind: 'enterprise' | 'shop' | 'coop' | 'org';
  cityName: string;
  cityShort: string;
  district: District | null;
  rng: Rng;
  index: number;
}

/**
 * 登记状态 from a stream of its own, so adding it left every other generated value as it was. Older businesses are
 * likelier to have closed: about 1 in 11 generated entities is 注销 and 1 in 50 吊销.
 */
function registrationStatusOf(seed: number, index: number, ageDays: number): EntityRow['registrationStatus'] {
  const draw = createRng(hash32(`${seed}:${index}:registration`)).next();
  const deregistered = 0.03 + 0.12 * Math.min(1, ageDays / (365 * 15));
  if (draw < deregistered) return 'deregistered';
  return draw < deregistered + 0.02 ? 'revoked' : 'active';
}

function generateEntity(seed: number, index: number, codeOffset: number, today: CivilDate): GenEntity {
  const rng = createRng(hash32(`${seed}:${index}`));
  const city = rng.weighted(CITY_CHOICES);
  const prefix = rng.weighted(PREFIX_CHOICES);
  const kind = prefix === '91' ? 'enterprise' : prefix === '92' ? 'shop' : prefix === '93' ? 'coop' : 'org';
  // Most companies are young; a long tail goes back to the 1990s.
  const ageDays = Math.floor(rng.next() ** 2.2 * 365 * 28) + 20;
  const established = fromDayNumber(toDayNumber(today) - ageDays);
  let district: District | null = rng.chance(0.82) ? rng.pick(DISTRICTS[city.code] ?? []) : null;
  let region = district?.code ?? `${city.code}00`;
  if (city.code === '3701' && established < '2019-01-01' && rng.chance(0.06)) {
    district = rng.pick(FORMER_LAIWU_DISTRICTS);
    region = district.code; // a 莱芜市 code issued before the 2019 merger, now read as 济南市
  }
  const serial = (index * CODE_MULTIPLIER + codeOffset) % CODE_SPACE;
  const code = makeCreditCode(prefix, region, (kind === 'org' ? 'MJ' : 'MA') + base31(serial, 6));
  const type = entityTypeOf(prefix);
  const place = district?.code.startsWith('3712') ? '济南市' : city.name;
  const dName = district?.name ?? '';
  // A county-level city stands alone in a name: 胶州市…, not 青岛市胶州市….
  const locality = district?.name.endsWith('市') ? district.name : `${place}${dName}`;
  let name: string;
  if (kind === 'enterprise') {
    const lead = rng.weighted([
      [city.shortName, 60],
      ['山东', 25],
      [district ? shortDistrict(district) : city.shortName, 15],
    ] as const);
    const suffix = rng.weighted(ENTERPRISE_SUFFIXES);
    name = `${lead}${brand(rng)}${rng.pick(ENTERPRISE_INDUSTRIES)}${suffix === '分公司' ? `有限公司${dName || city.name}分公司` : suffix}`;
  } else if (kind === 'shop') {
    name = `${locality}${brand(rng)}${rng.pick(SHOP_SUFFIXES)}`;
  } else if (kind === 'coop') {
    name = `${district ? district.name : city.name}${brand(rng)}${rng.pick(COOPERATIVE_FIELDS)}专业合作社`;
  } else if (prefix === '51') {
    name = `${locality}${rng.pick(SOCIAL_ORG_FIELDS)}`;
  } else {
    name = `${locality}${brand(rng)}${rng.pick(PRIVATE_NONPROFIT_KINDS)}`;
  }
  const taxGrade =
    kind === 'enterprise'
      ? rng.weighted([
          ['A', 12],
          ['B', 50],
          ['M', 25],
          ['C', 8],
          ['D', 5],
        ] as const)
      : kind === 'org'
        ? null
        : rng.weighted([
            ['B', 35],
            ['M', 50],
            ['C', 8],
            ['D', 3],
            [null, 4],
          ] as const);
  return {
    row: {
      code,
      name,
      subjectType: type?.subjectKind as EntityRow['subjectType'],
      typeLabel: type?.label ?? '企业',
      regionCode: region,
      cityCode: city.code,
      establishedOn: established,
      legalRepName: personName(rng),
      address: `山东省${place}${dName}${rng.pick(ROADS)}${rng.between(1, 999)}号`,
      taxCreditGrade: taxGrade,
      registrationStatus: registrationStatusOf(seed, index, ageDays),
      example: true,
    },
    kind,
    cityName: place,
    cityShort: place.replace(/市$/, ''),
    district,
    rng,
    index,
  };
}

function authorityFor(rng: Rng, dept: DeptKind, e: GenEntity): { name: string; abbr: string } {
  const level = rng.next();
  const localKinds: DeptKind[] = ['market', 'tax', 'safety', 'ecology', 'health', 'labour'];
  const provincial = PROVINCIAL_DEPARTMENTS[dept];
  if (provincial && level < 0.04) return { name: provincial, abbr: `鲁${DEPT_ABBR[dept]}` };
  const district = e.district && !e.district.code.startsWith('3712') && localKinds.includes(dept) && level < 0.64 ? e.district : null;
  return {
    name: departmentName(dept, e.cityName, district),
    abbr: `${e.cityShort.charAt(0)}${district ? shortDistrict(district).slice(0, 2) : ''}${DEPT_ABBR[dept]}`,
  };
}

// Under Order 36 a 轻微 record is displayed only when the authority sets a display end (display-parameters).
const minorDisplayCache = new Map<CivilDate, boolean>();
const authoritySetsMinorDisplay = (decided: CivilDate) => {
  let v = minorDisplayCache.get(decided);
  if (v === undefined) {
    v = versionOn(DISPLAY_PERIOD_RULE, decided).value.classes.轻微.display === 'only_if_authority_sets';
    minorDisplayCache.set(decided, v);
  }
  return v;
};

const SHOP_DEPTS = new Set<DeptKind>(['market', 'tax', 'urban', 'health']);
const CLASSES: readonly InformationClass[] = ['轻微', '一般', '严重'];
const yuan = (wan: number) => `罚款人民币${Math.round(wan * 10000)}元`;

interface Batch {
  licences: LicenceRow[];
  penalties: PenaltyRow[];
  dishonesty: DishonestyRow[];
  redList: RedListRow[];
  commitments: CommitmentRow[];
  objections: ObjectionByKey[];
}

function recordsFor(e: GenEntity, entityId: number, today: CivilDate, out: Batch): void {
  const { rng, index } = e;
  const est = e.row.establishedOn as CivilDate;
  let serial = 0;
  const nextNo = () => index * 16 + ++serial;

  // Licences
  const licenceCount = rng.weighted(
    e.kind === 'enterprise'
      ? ([
          [0, 12],
          [1, 38],
          [2, 30],
          [3, 20],
        ] as const)
      : ([
          [0, 15],
          [1, 50],
          [2, 35],
        ] as const),
  );
  const fitting = LICENCE_TEMPLATES.filter((t) => t.for.includes(e.kind));
  for (let k = 0; k < licenceCount && fitting.length; k++) {
    const t: LicenceTemplate = rng.pick(fitting);
    const decided = t.category === '登记' ? est : dayBetween(rng, est, today);
    const validTo = t.years === null ? null : plusDays(addMonths(decided, t.years * 12), -1);
    const authority = authorityFor(rng, t.dept, e);
    const no = nextNo();
    const status = rng.chance(0.02) ? '注销' : rng.chance(0.005) ? '撤销' : validTo && validTo < today ? '已过期' : '有效';
    out.licences.push({
      entityId,
      decisionDocName: t.category === '登记' ? '准予设立登记通知书' : '准予行政许可决定书',
      decisionNo: `${authority.abbr}许〔${yearOf(decided)}〕${no}号`,
      category: t.category,
      licenceName: t.name,
      licenceNo: t.category === '登记' ? e.row.code : `${t.numberPrefix}${e.row.regionCode}${String(no).padStart(8, '0')}`,
      content: t.content,
      decisionDate: decided,
      validFrom: decided,
      validTo,
      authority: authority.name,
      status,
      dataSource: authority.name,
      example: true,
    });
  }

  // Penalties
  const penaltyCount = rng.weighted([
    [0, 45],
    [1, 28],
    [2, 15],
    [3, 8],
    [4, 4],
  ] as const);
  const lo = laterOf(FIRST_DECISION_DATE, plusDays(est, 30));
  const threeYearsAgo = addMonths(today, -36);
  const templates = e.kind === 'shop' ? PENALTY_TEMPLATES.filter((t) => SHOP_DEPTS.has(t.dept)) : PENALTY_TEMPLATES;
  for (let k = 0; k < penaltyCount && lo <= today; k++) {
    const t = rng.pick(templates);
    const infoClass = rng.weighted(CLASSES.map((c, i) => [c, t.classes[i] as number] as const));
    const recentFrom = laterOf(lo, threeYearsAgo);
    const decided = rng.chance(0.45) ? dayBetween(rng, recentFrom, today) : dayBetween(rng, lo, today);
    let category = '罚款';
    let content: string;
    let fine: number | null = null;
    let confiscation: number | null = null;
    let licenceAction: string | null = null;
    if (infoClass === '轻微') {
      if (rng.chance(0.6)) {
        category = '警告';
        content = '警告';
      } else {
        fine = rng.between(2, 50) / 100;
        content = yuan(fine);
      }
    } else if (infoClass === '一般') {
      fine = rng.between(50, 2000) / 100;
      content = yuan(fine);
      if (rng.chance(0.25)) {
        confiscation = rng.between(10, 500) / 100;
        category = '罚款;没收违法所得';
        content += `，没收违法所得${Math.round(confiscation * 10000)}元`;
      }
    } else {
      fine = rng.between(20, 300);
      content = yuan(fine);
      if (t.revocable && rng.chance(0.3)) {
        licenceAction = t.revocable;
        category = t.revocable.startsWith('吊销') ? '罚款;吊销许可证件' : '罚款;责令停产停业';
        content += `，${t.revocable}`;
      }
    }
    let displayEnd: CivilDate | null = null;
    if (infoClass === '轻微' && authoritySetsMinorDisplay(decided) && rng.chance(0.5)) displayEnd = plusDays(addMonths(decided, 3), -1);
    else if (infoClass === '一般' && rng.chance(0.15)) displayEnd = plusDays(addMonths(decided, rng.between(3, 11)), -1);
    else if (infoClass === '严重' && rng.chance(0.1)) displayEnd = plusDays(addMonths(decided, rng.between(12, 35)), -1);
    const dutyDay = plusDays(decided, rng.between(1, 30));
    const dutyFulfilledOn = rng.chance(0.85) && dutyDay <= today ? dutyDay : null;
    const row: PenaltyRow = {
      entityId,
      decisionNo: '',
      violationType: t.violation,
      facts: t.facts,
      legalBasis: t.legalBasis,
      category,
      content,
      fineWan: fine,
      confiscationWan: confiscation,
      licenceAction,
      infoClass,
      decisionDate: decided,
      authorityDisplayEnd: displayEnd,
      authority: '',
      dataSource: '',
      dutyFulfilledOn,
      example: true,
    };
    const authority = authorityFor(rng, t.dept, e);
    row.authority = authority.name;
    row.dataSource = authority.name;
    row.decisionNo = `${authority.abbr}罚〔${yearOf(decided)}〕${nextNo()}号`;
    const windowEnd = penaltyWindow(row).windowEnd;
    // Repair: from the first day the rule in force allows (minimum period, duty fulfilled, or never).
    const earliest = assessDisplay({ ...penaltyRowFacts(row), dutyFulfilledAt: dutyFulfilledOn }, today).earliestRepairDate;
    if (earliest && windowEnd && earliest < windowEnd && earliest <= today && rng.chance(0.1)) {
      row.repairedOn = dayBetween(rng, earliest, earlierOf(earlierOf(windowEnd, today), plusDays(earliest, 120)));
    }
    out.penalties.push(row);
    const inDisplay = windowEnd !== null && windowEnd >= today && !row.repairedOn;
    if (inDisplay && rng.chance(0.04)) {
      out.objections.push({
        recordKind: 'penalty',
        decisionNo: row.decisionNo,
        authority: row.authority,
        status: rng.pick(['submitted', 'accepted'] as const),
      });
    } else if (rng.chance(0.005)) {
      out.objections.push({
        recordKind: 'penalty',
        decisionNo: row.decisionNo,
        authority: row.authority,
        status: rng.pick(['rejected', 'upheld', 'withdrawn', 'corrected'] as const),
      });
    }
  }

  // Serious-dishonesty list entries: rare, and only where listing law reaches (enterprises).
  if (e.kind === 'enterprise' && rng.chance(0.015)) {
    const t = rng.pick(DISHONESTY_LIST_TYPES);
    const from = laterOf(lo, addMonths(today, -60));
    if (from <= today) {
      const decided = dayBetween(rng, from, today);
      // Wages paid, tax paid: the day the conduct was corrected starts some lists' early exit (人社部令第45号).
      const correctedDay = plusDays(decided, rng.between(20, 400));
      const exit = listExit(
        { listType: t.listType, decisionDate: decided, correctedOn: correctedDay <= today ? correctedDay : null },
        today,
      );
      const until = exit.listedUntil;
      const authority = authorityFor(rng, t.dept, e);
      const early = exit.earlyExitFrom;
      const exitedEarly = early && early <= today && until > today && rng.chance(0.25) ? dayBetween(rng, early, today) : null;
      out.dishonesty.push({
        entityId,
        listType: t.listType,
        legalBasis: t.legalBasis,
        authority: authority.name,
        reason: t.reason,
        decisionNo: `${authority.abbr}失信〔${yearOf(decided)}〕${nextNo()}号`,
        decisionDate: decided,
        listedFrom: decided,
        listedUntil: until,
        exitConditions: listExitText(t.listType) ?? '',
        removedOn: exitedEarly ?? (until < today ? plusDays(until, 1) : null),
        repairedOn: exitedEarly,
        example: true,
      });
    }
  }

  // Red lists: the A-grade taxpayer list follows the grade; the others are rare honours.
  const thisYear = yearOf(today) - (today.slice(5) >= '04-20' ? 0 : 1);
  if (e.row.taxCreditGrade === 'A' && e.kind === 'enterprise') {
    const years = rng.between(1, 3);
    for (let y = thisYear - years + 1; y <= thisYear; y++) {
      if (`${y}-04-20` < est) continue;
      const t = RED_LIST_TYPES[0] as (typeof RED_LIST_TYPES)[number];
      out.redList.push({
        entityId,
        listName: t.listName,
        authority: t.authority(e.cityName),
        basis: t.basis,
        listedOn: `${y}-04-20`,
        validUntil: `${y + 1}-04-19`,
        example: true,
      });
    }
  }
  if (e.kind === 'enterprise' && rng.chance(0.04)) {
    const t = rng.pick(RED_LIST_TYPES.slice(1));
    const year = rng.between(Math.max(yearOf(est) + 1, thisYear - 3), thisYear);
    if (year <= thisYear) {
      out.redList.push({
        entityId,
        listName: t.listName,
        authority: t.authority(e.cityName),
        basis: t.basis,
        listedOn: `${year}-06-30`,
        validUntil: `${year + 2}-06-29`,
        example: true,
      });
    }
  }

  // Commitments
  if (rng.chance(0.35)) {
    const kind = rng.weighted(COMMITMENT_KINDS);
    out.commitments.push({
      entityId,
      kind,
      textVersion: rng.chance(0.5) ? '信用承诺书（2021版）' : '信用承诺书（2024版）',
      matter: rng.pick(COMMITMENT_MATTERS[kind] ?? ['主动向社会作出信用承诺']),
      signedOn: dayBetween(rng, laterOf(est, '2021-06-01'), laterOf(laterOf(est, '2021-06-01'), today)),
      example: true,
    });
  }
}

const emptyBatch = (): Batch => ({ licences: [], penalties: [], dishonesty: [], redList: [], commitments: [], objections: [] });

async function writeBatch(db: Queryable, b: Batch): Promise<void> {
  await insertLicences(db, b.licences);
  await insertPenalties(db, b.penalties);
  await insertDishonestyEntries(db, b.dishonesty);
  await insertRedListEntries(db, b.redList);
  await insertCommitments(db, b.commitments);
  await insertObjectionsByKey(db, b.objections);
}

/**
 * Deterministic demo data: the same seed, size and day give the same rows. Each entity draws from its
 * own random stream (seeded by seed and index), so a small set is a prefix of a large one and the batch
 * size never changes the data. Everything written has example = true.
 */
export async function generateDemo(db: Queryable, options: GenerateOptions): Promise<GenerateResult> {
  const started = Date.now();
  const { seed, today } = options;
  const chunkSize = options.chunkSize ?? 20_000;
  const crypto = options.crypto ?? personalDataCrypto(loadKeys(process.env, false));
  const totals: GenerateResult = {
    entities: 0,
    persons: 0,
    licences: 0,
    penalties: 0,
    dishonestyEntries: 0,
    redListEntries: 0,
    commitments: 0,
    objections: 0,
    records: 0,
    elapsedMs: 0,
  };
  const count = (b: Batch) => {
    totals.licences += b.licences.length;
    totals.penalties += b.penalties.length;
    totals.dishonestyEntries += b.dishonesty.length;
    totals.redListEntries += b.redList.length;
    totals.commitments += b.commitments.length;
    totals.objections += b.objections.length;
    totals.records = totals.licences + totals.penalties + totals.dishonestyEntries + totals.redListEntries + totals.commitments;
  };

  // Fixed citizens and entities first, so they get the same small ids in every run.
  const personIdList = await insertPersons(
    db,
    DEMO_CITIZEN_LIST.map((c) => personRowOf(crypto, { idNumber: c.idNumber, name: c.name, example: true })),
  );
  const personIds = Object.fromEntries(DEMO_CITIZEN_LIST.map((c, i) => [c.key, personIdList[i] as number])) as Record<
    keyof typeof DEMO_CITIZENS,
    number
  >;
  totals.persons = personIdList.length;
  const fixedIds = await insertEntities(db, fixedEntityRows(personIds));
  const entityIds = Object.fromEntries(DEMO_ENTITY_LIST.map((e) => [e.key, fixedIds.get(e.code) as number])) as Record<
    keyof typeof DEMO_ENTITIES,
    number
  >;
  totals.entities = DEMO_ENTITY_LIST.length;
  const fixed = fixedRecords(today, entityIds, personIds, isMinorOn);
  const fixedBatch: Batch = {
    licences: fixed.licences,
    penalties: fixed.penalties,
    dishonesty: fixed.dishonesty,
    redList: fixed.redList,
    commitments: fixed.commitments,
    objections: fixed.objections,
  };
  await writeBatch(db, fixedBatch);
  count(fixedBatch);

  const generated = Math.max(0, options.entities - DEMO_ENTITY_LIST.length);
  const codeOffset = hash32(`codes:${seed}`) % CODE_SPACE;
  // Pipelined: while one chunk's records are being written, the next chunk is generated. On a server
  // that is real parallelism (the database works in its own process); on PGlite it changes nothing.
  let pending: Promise<void> = Promise.resolve();
  for (let start = 0; start < generated; start += chunkSize) {
    const end = Math.min(generated, start + chunkSize);
    const list: GenEntity[] = [];
    for (let i = start; i < end; i++) list.push(generateEntity(seed, i, codeOffset, today));
    const ids = await insertEntities(
      db,
      list.map((g) => g.row),
    );
    const batch = emptyBatch();
    for (const g of list) recordsFor(g, ids.get(g.row.code) as number, today, batch);
    await pending;
    pending = writeBatch(db, batch).then(() => {
      totals.entities += list.length;
      count(batch);
      options.onProgress?.({
        entities: totals.entities,
        totalEntities: options.entities,
        records: totals.records,
        elapsedMs: Date.now() - started,
      });
    });
    // An unobserved rejection would crash the process before the await below reports it.
    pending.catch(() => {});
  }
  await pending;
  totals.elapsedMs = Date.now() - started;
  return totals;
}

export const DEMO_TABLES = [
  'objections',
  'commitments',
  'red_list_entries',
  'dishonesty_entries',
  'penalties',
  'licences',
  'entities',
  'persons',
];

/** Other tables that reference the credit tables: TRUNCATE … CASCADE empties them too. */
export async function dependentTables(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ t: string }>(
    `SELECT DISTINCT c.conrelid::regclass::text AS t FROM pg_constraint c
      WHERE c.contype = 'f' AND c.confrelid::regclass::text = ANY($1::text[]) AND NOT (c.conrelid::regclass::text = ANY($1::text[]))
      ORDER BY 1`,
    [DEMO_TABLES],
  );
  return rows.map((r) => r.t);
}

/**
 * Empties the public-credit tables before a fresh load, and with them every table that references them
 * (sessions, access log, objections and repairs of the self-service flows). For development and load
 * tests only: the CLI refuses it in production.
 */
export async function truncateCreditData(db: Queryable): Promise<void> {
  await db.query(`TRUNCATE ${DEMO_TABLES.join(', ')} RESTART IDENTITY CASCADE`);
}

/**
 * For a fresh bulk load: drops the secondary indexes of the credit tables (not those behind primary-key
 * or unique constraints, which the writers rely on) and returns their definitions, read from the catalogue
 * so they follow the migrations. Building a GIN index once is much faster than growing it row by row.
 */
export async function dropSecondaryIndexes(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ name: string; def: string }>(
    `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = ANY($1::text[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
      ORDER BY i.indexname`,
    [DEMO_TABLES],
  );
  for (const r of rows) await db.query(`DROP INDEX IF EXISTS "${r.name}"`);
  return rows.map((r) => r.def);
}

export async function restoreIndexes(db: Queryable, definitions: readonly string[]): Promise<void> {
  for (const def of definitions) await db.query(def.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS '));
}

export const DEFAULT_DEMO = { seed: 1, entities: 500 } as const;
/** Below this size dropping and rebuilding indexes costs more than it saves. */
export const DEFER_INDEXES_FROM = 50_000;

/**
 * Start-up hook: an empty database gets the small default demo set (a few seconds on PGlite). An
 * advisory lock inside one transaction keeps two API processes from seeding the same server twice.
 */
export async function seedDemoIfEmpty(
  db: SqlClient,
  options: { today?: CivilDate; entities?: number; seed?: number; crypto?: PersonalDataCrypto } = {},
): Promise<GenerateResult | null> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(727275)');
    const { rows } = await tx.query('SELECT 1 FROM entities LIMIT 1');
    if (rows.length) return null;
    return generateDemo(tx, {
      seed: options.seed ?? DEFAULT_DEMO.seed,
      entities: options.entities ?? DEFAULT_DEMO.entities,
      today: options.today ?? chinaDateAt(new Date()),
      crypto: options.crypto,
    });
  });
}

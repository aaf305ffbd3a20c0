import axe from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * WCAG 2.2 AA, as the house rules ask. No rule is switched off: if one ever must be, list it in DISABLED_RULES
 * with the reason beside it.
 */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const DISABLED_RULES: Record<string, { enabled: false }> = {};

export type AxeImpact = 'minor' | 'moderate' | 'serious' | 'critical';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

export interface AxeOptions {
  /** Report only these impacts (all by default). */
  impacts?: AxeImpact[];
  /** At most this many elements per finding (all by default). */
  nodesPerFinding?: number;
}

/**
 * Runs axe-core in the page and returns its violations in a form that reads well in a failed assertion. axe is
 * evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern: the policy
 * stays in force for the page itself (a <script> tag would be refused by it, and bypassCSP would lift it).
 */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const found = await page.evaluate(
    async ({ tags, rules, max }) => {
      const w = window as unknown as { axe: typeof axe };
      const r = await w.axe.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.slice(0, max ?? undefined).map((n) => n.target.join(' ')),
      }));
    },
    { tags: WCAG_TAGS, rules: DISABLED_RULES, max: options.nodesPerFinding ?? null },
  );
  const impacts = options.impacts;
  return impacts ? found.filter((v) => impacts.includes(v.impact as AxeImpact)) : found;
}

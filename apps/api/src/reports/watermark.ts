import type { ReportFont } from './fonts';

type Command = { command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath'; args: number[] };
interface GlyphRun {
  glyphs: { path: { commands: Command[] } }[];
  positions: { xAdvance: number }[];
}

const cache = new Map<string, { ops: string; width: number }>();

/**
 * Text as PDF path operators in font units (y up), computed once per process: drawing the outlines instead
 * of text keeps a watermark out of copied or extracted text, and the cached operators cost nothing per page.
 * PDF has no quadratic curves, so TrueType's are raised to cubic ones.
 */
export function outlineOf(text: string, font: ReportFont): { ops: string; width: number } {
  const hit = cache.get(text);
  if (hit) return hit;
  const run = font.layout(text) as GlyphRun;
  const n = (v: number) => Number(v.toFixed(1));
  const out: string[] = [];
  let advance = 0;
  run.glyphs.forEach((glyph, i) => {
    let cx = 0;
    let cy = 0;
    for (const { command, args } of glyph.path.commands) {
      const a = args.map((v, j) => (j % 2 === 0 ? v + advance : v));
      if (command === 'moveTo') out.push(`${n(a[0] ?? 0)} ${n(a[1] ?? 0)} m`);
      else if (command === 'lineTo') out.push(`${n(a[0] ?? 0)} ${n(a[1] ?? 0)} l`);
      else if (command === 'bezierCurveTo') out.push(`${a.map(n).join(' ')} c`);
      else if (command === 'quadraticCurveTo') {
        const [qx = 0, qy = 0, x = 0, y = 0] = a;
        const c1 = [cx + (2 / 3) * (qx - cx), cy + (2 / 3) * (qy - cy)];
        const c2 = [x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y)];
        out.push(`${[...c1, ...c2, x, y].map(n).join(' ')} c`);
      } else out.push('h');
      if (command !== 'closePath') {
        cx = a[a.length - 2] ?? cx;
        cy = a[a.length - 1] ?? cy;
      }
    }
    advance += run.positions[i]?.xAdvance ?? 0;
  });
  const result = { ops: out.join('\n'), width: advance };
  cache.set(text, result);
  return result;
}

import { createRequire } from 'node:module';

/**
 * The report's fonts: Noto Sans SC (SIL Open Font License 1.1) as static TrueType files from the npm package
 * @expo-google-fonts/noto-sans-sc, so `npm start` needs nothing but npm and no font is fetched at run time.
 * TrueType rather than Debian's Noto CJK (a CFF collection that a fresh machine does not have): pdfkit's
 * subsetter keeps CFF subroutines whole, so the same page embeds about 100 KB of CFF against about 15 KB of
 * TrueType. Each font is parsed once per process; pdfkit embeds a subset of the glyphs each document uses.
 */
const require = createRequire(import.meta.url);
// pdfkit requires fontkit itself; loading the same CommonJS build gives it font objects of its own kind.
const fontkit = require('fontkit') as { openSync(path: string): ReportFont };

/** The part of a fontkit font the engine relies on (pdfkit accepts the object itself as a font source). */
export interface ReportFont {
  postscriptName: string;
  layout(text: string): unknown;
  hasGlyphForCodePoint(codePoint: number): boolean;
}

export const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

let loaded: { regular: ReportFont; bold: ReportFont } | undefined;

/** Both weights, opened on first use (about 0.3 s) and kept for the life of the process. */
export function reportFonts(): { regular: ReportFont; bold: ReportFont } {
  loaded ??= {
    regular: withLayoutCache(fontkit.openSync(require.resolve(FONT_FILES.regular))),
    bold: withLayoutCache(fontkit.openSync(require.resolve(FONT_FILES.bold))),
  };
  return loaded;
}

interface Run {
  glyphs: unknown[];
  positions: { xAdvance: number }[];
}
const LAYOUT_CACHE_ENTRIES = 20_000;

/**
 * OpenType shaping is most of a report's rendering time, and most strings (labels, domain names, department
 * lists) are the same in every report; pdfkit caches layouts only within one document. This keeps them across
 * documents. pdfkit scales the positions it gets in place, so each call hands out fresh copies.
 */
function withLayoutCache(font: ReportFont): ReportFont {
  const cache = new Map<string, Run>();
  const layout = (text: string, features?: unknown): Run => {
    if (features) return (font.layout as (t: string, f: unknown) => Run)(text, features);
    let run = cache.get(text);
    if (!run) {
      const fresh = font.layout(text) as Run;
      run = { glyphs: fresh.glyphs, positions: fresh.positions.map((p) => ({ ...p })) };
      if (cache.size >= LAYOUT_CACHE_ENTRIES) cache.clear();
      cache.set(text, run);
    }
    const positions = run.positions.map((p) => ({ ...p }));
    return {
      glyphs: run.glyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((sum, p) => sum + p.xAdvance, 0);
      },
    } as Run;
  };
  return new Proxy(font, {
    get(target, prop) {
      if (prop === 'layout') return layout;
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Characters the font cannot draw (they would print as empty boxes): the renderer replaces them. */
export function missingGlyphs(text: string, font: ReportFont = reportFonts().regular): string[] {
  const missing = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp > 0x20 && !font.hasGlyphForCodePoint(cp)) missing.add(ch);
  }
  return [...missing];
}

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
    regular: fontkit.openSync(require.resolve(FONT_FILES.regular)),
    bold: fontkit.openSync(require.resolve(FONT_FILES.bold)),
  };
  return loaded;
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

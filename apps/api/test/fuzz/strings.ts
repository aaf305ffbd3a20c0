/**
 * Hostile values a client can send. Each is sent as-is in bodies and query strings and percent-encoded in paths
 * and headers, so the server meets every one of them in every place a person can type.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  "' OR 1=1 --",
  "'; DROP TABLE persons; --",
  '1; DROP TABLE access_log',
  '" OR ""="',
  '\\',
  "' UNION SELECT id_number_enc FROM persons --",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  'a\u0000b',
  // Long enough to pass every minLength, so the null byte reaches the database.
  '这是一段足够长的理由文字，用来核对\u0000结尾',
  '\u0000',
  '\u202Eevil\u202C',
  '\u200B\u200C\u200D\uFEFF',
  '\uD800',
  'x\uDFFFy',
  '😀👨‍👩‍👧‍👦🇨🇳',
  '９１３７０１０２ＥＸ０００００１Ｘ',
  'ＡＢＣＤＥＦ１２',
  '张三丰',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent literally.
  '${7*7}{{7*7}}',
  '%00',
  '%',
  '\r\nX-Injected: 1',
  ' ',
  '',
  '-1',
  '0',
  '9'.repeat(40),
  '1e309',
  'NaN',
  'null',
  'true',
  '__proto__',
  'constructor',
];

export const HUGE = 'A'.repeat(100 * 1024);
export const HUGE_CJK = '信'.repeat(40 * 1024);

/** Values of the wrong JSON type for any field. */
export const WRONG_TYPES: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  2 ** 53 + 1,
  [],
  ['a'],
  {},
  { $ne: null },
  { __proto__: { admin: true } },
];

/** Percent-encodes a string for a URL path segment or query value, keeping lone surrogates as invalid UTF-8 on purpose. */
export function encodeLoose(value: string): string {
  let out = '';
  for (const ch of value) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0xd800 && cp <= 0xdfff) {
      // encodeURIComponent throws on a lone surrogate; send the bytes a broken client would (CESU-8).
      out +=
        `%${(0xe0 | (cp >> 12)).toString(16)}%${(0x80 | ((cp >> 6) & 0x3f)).toString(16)}%${(0x80 | (cp & 0x3f)).toString(16)}`.toUpperCase();
    } else out += encodeURIComponent(ch);
  }
  return out;
}

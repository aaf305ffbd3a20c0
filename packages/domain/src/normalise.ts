/**
 * Input as people type it on a phone: surrounding spaces, lower case, full-width letters and digits
 * (ＡＢＣ１２３ from a Chinese input method). Normalising first keeps these from being reported as errors.
 */
export function normaliseCodeInput(input: string): string {
  return input
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .trim()
    .toUpperCase();
}

/** Describe a character for a message; invisible ones are shown by name. */
export function describeChar(ch: string): string {
  if (ch === ' ') return '空格';
  return `“${ch}”`;
}

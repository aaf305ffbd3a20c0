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

/**
 * Characters that take no room on screen: zero-width spaces and joiners, the word joiner, the byte-order mark,
 * soft hyphens, direction marks and overrides, the Mongolian vowel separator, variation selectors and the
 * invisible operators. Pasted text carries them, and they can make ten invisible "characters" pass a minimum of
 * ten. Control characters are not removed here: they are refused with a message of their own.
 */
const INVISIBLE =
  /[\u00AD\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB]|\u034F|[\u180B-\u180D\u180F]|[\uFE00-\uFE0F]/gu;

/**
 * Free text as it is stored and measured: invisible characters removed, spaces at both ends trimmed (U+3000
 * included). What is left is what a reader sees, so minimum lengths count only characters that show.
 */
export function normaliseFreeText(text: string): string {
  return text.replace(INVISIBLE, '').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/** Characters a reader sees (a Chinese character or an emoji counts as one). */
export const visibleLength = (text: string): number => Array.from(normaliseFreeText(text)).length;

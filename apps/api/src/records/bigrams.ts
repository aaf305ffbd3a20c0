/** Every 2-character window of a name, de-duplicated: what the bigram GIN index stores and queries. */
export function bigramsOf(text: string): string[] {
  const chars = Array.from(text.replace(/\s+/g, ''));
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(`${chars[i]}${chars[i + 1]}`);
  return [...grams];
}

/** Types for the build-time reader, which stays plain JavaScript so astro.config.mjs can import it. */
export function glossaryTerms(): { id: string; words: string[] }[];

/** Types for the rehype plugin, which stays plain JavaScript so astro.config.mjs can import it. */
export default function rehypeGlossary(options?: { terms?: { id: string; words: string[] }[]; href?: string }): (tree: unknown) => void;

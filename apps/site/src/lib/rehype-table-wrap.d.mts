/** Types for the rehype plugin, which stays plain JavaScript so astro.config.mjs can import it. */
export default function rehypeTableWrap(): (tree: unknown) => void;

// @ts-check

import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { glossaryTerms } from './src/lib/glossary-terms.mjs';
import rehypeGlossary from './src/lib/rehype-glossary.mjs';
import rehypeTableWrap from './src/lib/rehype-table-wrap.mjs';

// The public address is only needed for absolute links in the sitemap and RSS; a deployment sets SITE_URL.
const site = process.env.SITE_URL ?? 'https://xinyong.example.org';

export default defineConfig({
  site,
  base: '/',
  output: 'static',
  outDir: './dist',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // Reading pages ship no JavaScript: no prefetch, no dev toolbar in output.
  prefetch: false,
  devToolbar: { enabled: false },
  markdown: { rehypePlugins: [rehypeTableWrap, [rehypeGlossary, { terms: glossaryTerms() }]] },
  integrations: [sitemap()],
});

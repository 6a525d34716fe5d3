// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { SITE_URL, BASE_PATH, OUT_DIR } from './src/site.config.ts';
import { contentIntegrity } from './src/integrations/content-integrity.ts';

export default defineConfig({
  site: SITE_URL,
  // dist/ normally; dist-preview/ for a preview build with drafts (see src/site.config.ts).
  outDir: `./${OUT_DIR}`,
  base: BASE_PATH,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro's HTML compression can join words across tags, which Pagefind then indexes as one word.
  compressHTML: false,
  integrations: [mdx(), contentIntegrity()],
  devToolbar: { enabled: false },
});

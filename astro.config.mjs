// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { SITE_URL, BASE_PATH } from './src/site.config.ts';
import { contentIntegrity } from './src/integrations/content-integrity.ts';
import { sitemap } from './src/integrations/sitemap.ts';

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro's HTML compression can join words across tags, which Pagefind then indexes as one word.
  compressHTML: false,
  integrations: [mdx(), contentIntegrity(), sitemap()],
  devToolbar: { enabled: false },
});

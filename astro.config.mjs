// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { SITE_URL, BASE_PATH } from './src/site.config.ts';
import { contentIntegrity } from './src/integrations/content-integrity.ts';

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: 'always',
  // Stylesheets as files, never inline <style>: the strict Content-Security-Policy (default-src 'self')
  // blocks inline styles.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Astro's HTML compression can join words across tags, which Pagefind then indexes as one word.
  compressHTML: false,
  integrations: [mdx(), contentIntegrity()],
  devToolbar: { enabled: false },
});

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { SITE_URL, BASE_PATH, OUT_DIR } from './src/site.config.ts';
import { contentIntegrity } from './src/integrations/content-integrity.ts';
import { MARKDOWN_FEATURES } from './src/lib/markdown-features.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { paragraphAnchorsPlugin } from './src/lib/paragraphs.ts';

export default defineConfig({
  site: SITE_URL,
  // dist/ normally; dist-preview/ for a preview build with drafts (see src/site.config.ts).
  outDir: `./${OUT_DIR}`,
  base: BASE_PATH,
  trailingSlash: 'always',
  // Stylesheets as files, never inline: the Content-Security-Policy allows no inline styles.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scripts as files too: Astro inlines scripts under Vite's assetsInlineLimit (4 kB), and the CSP
  // allows no inline script (the search page's script is the only one on the site).
  vite: { build: { assetsInlineLimit: 0 } },
  // Astro's HTML compression can join words across tags, which Pagefind then indexes as one word.
  compressHTML: false,
  markdown: {
    // Sätteri (Astro 7's default processor) has GFM built in; see docs/decisions/0001-markdown-processor.md.
    // Smart punctuation is off (the minutes' straight quotes are the source's words); the content check
    // parses MDX with the same features (src/lib/markdown-features.ts). The plugin anchors every
    // paragraph of an <Afsnit> so a source reference can link to it (src/lib/paragraphs.ts).
    processor: satteri({ features: MARKDOWN_FEATURES, hastPlugins: [paragraphAnchorsPlugin] }),
  },
  // The search index is built after `astro build` has exited: scripts/search-index.ts (npm run build).
  // MDX's optimize turns the minutes' static parts into HTML strings when compiled: the same pages
  // byte for byte, rendered with less work (docs/performance.md, "Build at scale").
  integrations: [mdx({ optimize: true }), contentIntegrity(), ...sitemap()],
  devToolbar: { enabled: false },
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlPagesIn, sitemapXml } from '../lib/exports/sitemap.ts';
import { SITE_URL, BASE_PATH } from '../site.config.ts';

/**
 * Writes dist/sitemap.xml after the build from the HTML files actually built (see
 * src/lib/exports/sitemap.ts for why the built files and not the content index).
 */
export function sitemap(): AstroIntegration {
  return {
    name: 'raadsarkivet:sitemap',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = htmlPagesIn(root);
        writeFileSync(join(root, 'sitemap.xml'), sitemapXml({ siteUrl: SITE_URL, base: BASE_PATH }, pages));
        logger.info(`sitemap.xml: ${pages.length} sider.`);
      },
    },
  };
}

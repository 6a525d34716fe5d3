import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { browserOverSite } from '../../support/browser.ts';
import { type StaticSite } from '../../support/static-server.ts';
import { requireDist } from '../../support/site.ts';
import { BASE_PATH } from '../../../src/site.config.ts';

/**
 * The pages of the register, programme, matters, follow-ups and calendar in a real browser:
 * no axe violations (WCAG 2.1 AA rules), and nothing wider than a 320 px screen. One page per
 * template; the templates are the same for every entry.
 */
const PAGES = [
  'beslutninger/', 'beslutninger/2025-11-18-2b/', 'beslutninger/type/godkendt-med-aendringer/',
  'arbejdsprogram/2026-2028/', 'arbejdsprogram/2026-2028/d/', 'sager/', 'sager/national-variantdatabase/',
  'opfoelgning/', 'kalender/', 'personer/ole-halfdan-larsen/', 'organisationer/nationalt-genom-center/', 'organer/fagligt-raad/',
];

let browser: Browser;
let site: StaticSite;

browserOverSite(requireDist, BASE_PATH, (b, s) => { browser = b; site = s; });

describe.each(PAGES)('%s', (path) => {
  it('has no axe violations and fits a 320 px screen', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const response = await page.goto(site.url + path);
    expect(response?.status()).toBe(200);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

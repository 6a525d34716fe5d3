import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, contentSummary } from '../lib/check.ts';
import { ContentError, formatProblems } from '../lib/problems.ts';
import { PREVIEW } from '../site.config.ts';

/**
 * Runs the content check before Astro builds anything, and stops the build on any problem.
 * Astro 7 only logs a dangling reference(), so the archive cannot rely on Astro for this.
 *
 * A public build leaves drafts out before Astro reads them (src/content.config.ts), so a problem
 * inside a draft cannot reach the public site and does not stop it: it is printed as a warning
 * (npm run check still fails on it). A preview build, which includes drafts, stops on every problem.
 */
export function contentIntegrity(): AstroIntegration {
  return {
    name: 'raadsarkivet:content-integrity',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { archive, problems, drafts } = checkContent(root);
        const inDrafts = PREVIEW ? [] : problems.filter((p) => drafts.has(p.file));
        const blocking = problems.filter((p) => !inDrafts.includes(p));
        if (blocking.length > 0) throw new ContentError(blocking);
        if (inDrafts.length > 0) {
          logger.warn(`Udkast med fejl bygges ikke med i den offentlige udgave; ret dem før offentliggørelse ("npm run check" fejler på dem).\n${formatProblems(inDrafts)}`);
        }
        logger.info(`Indholdet er gyldigt: ${contentSummary(archive)}.${PREVIEW ? ' Forhåndsvisning: udkast kommer med.' : ' Udkast kommer ikke med.'}`);
      },
    },
  };
}

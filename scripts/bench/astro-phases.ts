/**
 * Where an Astro build spends its time, read from Astro's own log: syncing content and generating
 * types, bundling (Vite compiles every MDX file into a module here, on every build), and rendering
 * the pages. Best effort: a phase Astro does not log (or logs differently in a later version) is
 * null; the benchmark's figures never depend on it.
 */

/** The log lines the phases are read from (for measureCommand's keepLines). */
export const PHASE_LINES = /\[types\] Generated|\[vite\] ✓ built in|generating static routes|✓ Completed in|page\(s\) built in/;

export interface AstroPhases {
  /** "[types] Generated 2.47s": content sync and type generation. */
  syncSeconds: number | null;
  /** The first "[vite] ✓ built in 11.24s": the server bundle with every page and MDX module. */
  bundleSeconds: number | null;
  /** "✓ Completed in 22.56s." after "generating static routes": rendering the pages. */
  renderSeconds: number | null;
  /** "1554 page(s) built in 40.73s": Astro's own total, after the integrations' config hooks. */
  astroSeconds: number | null;
}

/** A duration as Astro and Vite write it: "51ms", "11.24s", "1m 12s", "2m". */
const seconds = (line: string | undefined, after: RegExp): number | null => {
  const m = line && new RegExp(after.source + String.raw`\s*(?:(\d+)m(?!s))?\s*(?:([\d.]+)(ms|s))?`).exec(line);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  return Number(m[1] ?? 0) * 60 + (m[2] === undefined ? 0 : Number(m[2]) / (m[3] === 'ms' ? 1000 : 1));
};

export function astroPhases(lines: string[]): AstroPhases {
  const routes = lines.findIndex((l) => l.includes('generating static routes'));
  const rendered = routes >= 0 ? lines.slice(routes + 1).find((l) => /✓ Completed in/.test(l)) : undefined;
  return {
    syncSeconds: seconds(lines.find((l) => l.includes('[types] Generated')), /\[types\] Generated/),
    bundleSeconds: seconds(lines.find((l) => l.includes('[vite] ✓ built in')), /\[vite\] ✓ built in/),
    renderSeconds: seconds(rendered, /✓ Completed in/),
    astroSeconds: seconds(lines.find((l) => /page\(s\) built in/.test(l)), /page\(s\) built in/),
  };
}

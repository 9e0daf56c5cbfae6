/** The CLI helps itself: --help / -h for the CLI and for each command exit 0; --version prints the package version. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packageVersion } from '../../src/cli/version.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
const version = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }).version;

describe('newslens --help, -h, --version', () => {
  it('--help and -h print every command and exit 0; a command with -h prints its own usage', () => {
    // One process per case is slow under tsx: the cases share as few spawns as they can.
    for (const flag of ['--help', '-h']) {
      const r = cli(flag);
      expect(r.status).toBe(0);
      for (const command of ['analyze', 'score', 'validate', 'aggregate']) expect(r.stdout).toContain(`newslens ${command} <`);
      expect(r.stdout).toContain('newslens --version');
      expect(r.stderr).toBe('');
    }
    const one = cli('aggregate', '-h');
    expect(one.status).toBe(0);
    expect(one.stdout).toContain('newslens aggregate --merge');
    expect(one.stdout).not.toContain('newslens score');
    const help = cli('help', 'score');
    expect(help.status).toBe(0);
    expect(help.stdout).toBe(cli('score', '-h').stdout);
  });

  it.each(['analyze', 'score', 'validate'])('newslens %s --help exits 0 with its usage (it used to be "unknown option")', (command) => {
    const r = cli(command, '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`newslens ${command} <`);
    expect(r.stderr).toBe('');
  });

  it('--version prints the package version; no command is a usage error on stderr', () => {
    const r = cli('--version');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${version}\n`);
    const none = cli();
    expect(none.status).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('usage:');
  });

  it('finds the package.json from the source tree and from dist/', () => {
    expect(packageVersion()).toBe(version);
    expect(packageVersion(new URL('../../dist/cli.js', import.meta.url).href)).toBe(version);
    expect(() => packageVersion('file:///')).toThrow(/cannot find the newslens package.json/);
  });
});

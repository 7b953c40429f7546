import { spawn } from 'node:child_process';
import fs from 'node:fs';

/** The installed PostgreSQL major version (the one directory of /etc/postgresql). */
export function installedPostgresVersion(): string {
  const versions = fs.existsSync('/etc/postgresql') ? fs.readdirSync('/etc/postgresql').filter((name) => /^\d+$/.test(name)) : [];
  if (versions.length !== 1) throw new Error(`Expected one PostgreSQL version in /etc/postgresql, found: ${versions.join(', ') || 'none'}`);
  return versions[0] as string;
}

/** Debian's restart of the local cluster, bypassing systemd (there is none in a container). */
export function defaultRestartCommand(): string[] {
  return ['pg_ctlcluster', '--skip-systemctl-redirect', installedPostgresVersion(), 'main', 'restart'];
}

/** Runs a restart command to completion; rejects when it fails. */
export function runCommand(command: readonly string[], log: (line: string) => void): Promise<void> {
  const [program, ...args] = command;
  if (!program) return Promise.reject(new Error('empty restart command'));
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else {
        log(output.join('').trim());
        reject(new Error(`${command.join(' ')} exited with ${code}`));
      }
    });
  });
}

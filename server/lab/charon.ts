import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHARON } from './capability.ts';

// One charon-systemd per namespace, each with its own strongswan.conf (STRONGSWAN_CONF), vici socket and file
// log. charon-systemd has no pid file, so several run side by side; the plain charon does not (facts §1).

/** strongSwan 5.9.8 needs kdf in an explicit list; kernel-libipsec must precede kernel-netlink (facts §3). */
export function pluginList(extra: readonly string[]): string {
  return ['random', 'nonce', 'aes', 'sha1', 'sha2', 'hmac', 'gmp', 'kdf', ...extra, 'pem', 'pkcs1', 'x509', 'pubkey', 'kernel-libipsec', 'kernel-netlink', 'socket-default', 'vici'].join(' ');
}

export function strongswanConf(dir: string, extraPlugins: readonly string[]): string {
  return `# Written by the OTC VPN Console lab; nested sections only (5.9.8 refuses dotted keys).
charon {
  load = ${pluginList(extraPlugins)}
  # threads: keep the default; fewer than 10 deadlock vici with kernel-libipsec.
  retransmit_tries = 2
  retransmit_timeout = 1.0
  retransmit_base = 1.5
  plugins {
    vici {
      socket = unix://${dir}/charon.vici
    }
  }
  filelog {
    lab {
      path = ${dir}/charon.log
      append = yes
      time_format = %s
      time_add_ms = yes
      ike_name = yes
      flush_line = yes
      default = 1
    }
  }
}
swanctl {
  load = pem pkcs1 x509 pubkey random
  socket = unix://${dir}/charon.vici
}
`;
}

export interface CharonDaemon {
  process: ChildProcess;
  viciPath: string;
  logPath: string;
  /** Resolves once the process has exited. */
  exited: Promise<void>;
}

/** Starts charon-systemd inside the namespace; the child is charon itself (ip netns exec execs). */
export function startCharon(namespace: string, dir: string, extraPlugins: readonly string[]): CharonDaemon {
  mkdirSync(dir, { recursive: true });
  const conf = path.join(dir, 'strongswan.conf');
  writeFileSync(conf, strongswanConf(dir, extraPlugins));
  const out = openSync(path.join(dir, 'stdout.log'), 'a');
  const child = spawn('ip', ['netns', 'exec', namespace, CHARON], {
    env: { ...process.env, STRONGSWAN_CONF: conf },
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  return { process: child, viciPath: path.join(dir, 'charon.vici'), logPath: path.join(dir, 'charon.log'), exited };
}

/** SIGKILL is enough: the namespace is deleted right after, which removes every route, rule and SA. */
export async function stopCharon(daemon: CharonDaemon): Promise<void> {
  if (daemon.process.exitCode === null && daemon.process.signalCode === null) daemon.process.kill('SIGKILL');
  await daemon.exited;
}

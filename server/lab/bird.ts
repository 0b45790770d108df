import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hostOf } from '../../contract/device-config/device-model.ts';
import type { EndpointModel } from '../../contract/device-config/device-model.ts';
import { run } from './run.ts';

// bird2 for BGP-style connections (facts §5): one per namespace, peering over the tunnel addresses on ipsec0,
// announcing the side's subnets and installing only BGP routes in the kernel. Timers are short so the session
// comes up about a second after the tunnel instead of five.

export function birdConf(m: EndpointModel, dir: string): string {
  const local = m.tunnel ? hostOf(m.tunnel.local) : '0.0.0.0';
  const peer = m.tunnel ? hostOf(m.tunnel.peer) : '0.0.0.0';
  return `log "${dir}/bird.log" all;
router id ${local};
protocol device { scan time 10; }
protocol kernel { ipv4 { import none; export where source = RTS_BGP; }; }
protocol static announced { ipv4; ${m.localSubnets.map((s) => `route ${s} unreachable;`).join(' ')} }
protocol bgp otc {
  local ${local} as ${m.bgp?.localAsn ?? 64512};
  neighbor ${peer} as ${m.bgp?.peerAsn ?? 65000};
  direct;
  hold time 9;
  connect delay time 1;
  connect retry time 2;
  error wait time 1, 10;
  ipv4 { import all; export where source = RTS_STATIC; };
}
`;
}

export interface BirdDaemon {
  process: ChildProcess;
  socket: string;
  exited: Promise<void>;
}

export function startBird(namespace: string, dir: string, m: EndpointModel): BirdDaemon {
  mkdirSync(dir, { recursive: true });
  const conf = path.join(dir, 'bird.conf');
  const socket = path.join(dir, 'bird.ctl');
  writeFileSync(conf, birdConf(m, dir));
  const out = openSync(path.join(dir, 'bird.stdout.log'), 'a');
  const child = spawn('ip', ['netns', 'exec', namespace, 'bird', '-f', '-c', conf, '-s', socket], { stdio: ['ignore', out, out] });
  closeSync(out);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', () => resolve());
  });
  return { process: child, socket, exited };
}

export async function stopBird(bird: BirdDaemon): Promise<void> {
  if (bird.process.exitCode === null && bird.process.signalCode === null) bird.process.kill('SIGKILL');
  await bird.exited;
}

/** The BGP session state bird reports (Established, Active, Connect …), or undefined when it does not answer. */
export async function bgpState(bird: BirdDaemon): Promise<string | undefined> {
  const r = await run('birdc', ['-s', bird.socket, 'show', 'protocols', 'otc'], { timeoutMs: 2000 });
  const line = r.stdout.split('\n').find((l) => l.startsWith('otc'));
  return line ? /\b(Established|Active|Connect|Idle|OpenSent|OpenConfirm|Passive|Down)\b/.exec(line)?.[1] ?? 'unknown' : undefined;
}

import { accessSync, constants, existsSync } from 'node:fs';
import { runSync } from './run.ts';

// Whether this machine can run the lab, and if not, exactly what is missing and how to get it.

export const CHARON = '/usr/sbin/charon-systemd';
export const PLUGIN_DIR = '/usr/lib/ipsec/plugins';
export const INSTALL_HINT = 'apt-get install -y --no-install-recommends charon-systemd libcharon-extra-plugins bird2 iputils-ping';

export interface LabCapability {
  ok: boolean;
  /** One sentence per missing prerequisite, each saying what would fix it. */
  missing: string[];
  /** Optional crypto plugins found (openssl, gcm, des …) beyond the base list. */
  extraPlugins: string[];
  /** bird2 present: BGP connections can run their BGP session in the lab. */
  bird: boolean;
}

const hasPlugin = (name: string) => existsSync(`${PLUGIN_DIR}/libstrongswan-${name}.so`);

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function checkLabCapability(): LabCapability {
  const missing: string[] = [];
  if (process.platform !== 'linux') missing.push(`the lab needs Linux network namespaces; this is ${process.platform}`);
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    missing.push('the lab needs root (CAP_NET_ADMIN and CAP_SYS_ADMIN for network namespaces); run the server as root');
  }
  const ip = runSync('ip', ['netns', 'list']);
  if (ip.code !== 0) missing.push(`"ip netns" does not work (${ip.stderr.trim() || 'iproute2 missing'}); install iproute2`);
  if (!existsSync('/dev/net/tun')) missing.push('/dev/net/tun is missing: the userspace ESP of kernel-libipsec needs TUN devices');
  if (!executable(CHARON)) missing.push(`${CHARON} is missing: ${INSTALL_HINT}`);
  if (!hasPlugin('kernel-libipsec')) missing.push(`strongSwan's kernel-libipsec plugin is missing (package libcharon-extra-plugins): ${INSTALL_HINT}`);
  for (const base of ['kdf', 'vici', 'gmp', 'aes', 'sha2']) {
    if (!hasPlugin(base)) missing.push(`strongSwan plugin ${base} is missing: reinstall libstrongswan / charon-systemd`);
  }
  if (runSync('ping', ['-V']).code !== 0) missing.push(`ping is missing (data-path checks): apt-get install -y iputils-ping`);
  return {
    ok: missing.length === 0,
    missing,
    extraPlugins: ['md5', 'des', 'gcm', 'openssl', 'curve25519'].filter(hasPlugin),
    bird: runSync('bird', ['--version']).code === 0 || existsSync('/usr/sbin/bird'),
  };
}

/** The one-paragraph message printed when MOCK_LAB=1 cannot start or lab tests are skipped. */
export function capabilityMessage(cap: LabCapability): string {
  return `The IPsec lab cannot run here:\n${cap.missing.map((m) => `  - ${m}`).join('\n')}`;
}

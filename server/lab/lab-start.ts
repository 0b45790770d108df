import { ConfigError } from '../config-error.ts';
import { capabilityMessage, checkLabCapability } from './capability.ts';
import { LabBackend } from './lab-backend.ts';

/**
 * MOCK_LAB=1 at start-up: check the prerequisites (refusing to start with a list of what is missing), remove
 * leftovers of a crashed earlier run, and make sure nothing outlives this process, however it ends.
 */
export function startLab(): LabBackend {
  const capability = checkLabCapability();
  if (!capability.ok) throw new ConfigError(`${capabilityMessage(capability)}\nInstall what is missing, or unset MOCK_LAB to run the mock without the lab.`);
  const lab = new LabBackend(capability);
  if (lab.staleRemoved.length > 0) console.log(`IPsec lab: removed ${lab.staleRemoved.length} leftovers of an earlier run (${lab.staleRemoved.slice(0, 3).join(', ')}${lab.staleRemoved.length > 3 ? ', …' : ''})`);
  // Also covers crashes (an uncaught exception still emits "exit"); SIGINT/SIGTERM go through main.ts's close().
  process.on('exit', () => lab.shutdownSync());
  return lab;
}

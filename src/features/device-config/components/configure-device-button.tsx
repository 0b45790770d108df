import { Button, type ButtonProps } from '@mantine/core';
import { IconRouter } from '@tabler/icons-react';
import { useState } from 'react';
import { DeviceConfigModal } from '@/features/device-config/components/device-config-modal';
import type { DeviceConfigSource } from '@/features/device-config/components/device-config-source';

/** Props of the "Configure customer device" action. */
export interface ConfigureDeviceButtonProps extends Pick<ButtonProps, 'variant' | 'size'> {
  /** undefined while the connection (or its gateways) are still loading: the button waits. */
  source: DeviceConfigSource | undefined;
}

/** Opens the device-configuration dialog for one connection (v5 detail page, classic detail page). */
export function ConfigureDeviceButton({ source, variant = 'default', size }: ConfigureDeviceButtonProps) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant={variant} size={size} leftSection={<IconRouter size={16} aria-hidden />} disabled={!source} onClick={() => setOpened(true)}>
        Configure customer device
      </Button>
      {source ? <DeviceConfigModal opened={opened} onClose={() => setOpened(false)} source={source} /> : null}
    </>
  );
}

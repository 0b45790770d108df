import { Alert, Button, Code, CopyButton, Group, List, Modal, PasswordInput, ScrollArea, Select, Stack, Switch, Text } from '@mantine/core';
import { DEVICE_VENDOR_INFO, DEVICE_VENDORS, type DeviceVendor } from '@contract/device-config/generate';
import { IconAlertTriangle, IconCheck, IconCopy, IconDownload } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { modalCloseButtonProps } from '@/components/alert-styles';
import { connectionNameOf, generateFor, type DeviceConfigSource } from '@/features/device-config/components/device-config-source';
import { downloadText } from '@/features/device-config/components/download-text';

/** Props of the "Configure customer device" dialog. */
export interface DeviceConfigModalProps {
  opened: boolean;
  onClose: () => void;
  source: DeviceConfigSource;
}

const vendorOptions = DEVICE_VENDORS.map((v) => ({ value: v, label: DEVICE_VENDOR_INFO[v].label }));

/**
 * The customer side of the connection for a chosen device, mirrored and translated to its vendor's names. The PSK
 * stays a placeholder unless the admin switches it on and types it: the console never knows a v5 key after
 * creation, and what is typed here lives only in this dialog's state.
 */
export function DeviceConfigModal({ opened, onClose, source }: DeviceConfigModalProps) {
  return (
    <Modal closeButtonProps={modalCloseButtonProps} opened={opened} onClose={onClose} size="xl" title={`Configure customer device: ${connectionNameOf(source)}`}>
      {/* Mounted only while open, so a typed key is gone as soon as the dialog closes. */}
      {opened ? <DeviceConfigBody source={source} /> : null}
    </Modal>
  );
}

function DeviceConfigBody({ source }: { source: DeviceConfigSource }) {
  const [vendor, setVendor] = useState<DeviceVendor>('strongswan');
  const [includePsk, setIncludePsk] = useState(false);
  const [psk, setPsk] = useState('');
  const usePsk = includePsk && psk !== '' ? psk : undefined;
  const config = useMemo(() => generateFor(source, vendor, usePsk), [source, vendor, usePsk]);
  const info = DEVICE_VENDOR_INFO[vendor];

  return (
    <Stack gap="md">
      <Select
        label="Device"
        description={info.description}
        data={vendorOptions}
        value={vendor}
        onChange={(v) => v && setVendor(v as DeviceVendor)}
        allowDeselect={false}
        maw={420}
      />
      <Stack gap={6}>
        <Switch
          label="Include the pre-shared key"
          description="Off: the text holds a placeholder. The console cannot read a key back from OTC, so you type it; it is not stored or sent."
          checked={includePsk}
          onChange={(e) => {
            setIncludePsk(e.currentTarget.checked);
            if (!e.currentTarget.checked) setPsk('');
          }}
        />
        {includePsk ? (
          <PasswordInput label="Pre-shared key" description="The key set on the connection" value={psk} onChange={(e) => setPsk(e.currentTarget.value)} autoComplete="off" maw={420} data-autofocus />
        ) : null}
      </Stack>
      {config.warnings.length > 0 ? (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} title={`${config.warnings.length} thing${config.warnings.length === 1 ? '' : 's'} to check for ${info.label}`}>
          <List size="sm" spacing={4}>
            {config.warnings.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          Every setting of the connection is expressed for {info.label}; nothing needs a manual change except the placeholders in angle brackets.
        </Text>
      )}
      {/* Focusable, so keyboard users can scroll the text. */}
      <ScrollArea.Autosize mah={420} type="auto" offsetScrollbars viewportProps={{ tabIndex: 0, 'aria-label': `${info.label} configuration, scrollable` }}>
        <Code block aria-label={`${info.label} configuration`} data-testid="device-config-text">
          {config.text}
        </Code>
      </ScrollArea.Autosize>
      <Group justify="flex-end">
        <CopyButton value={config.text}>
          {({ copied, copy }) => (
            <Button variant="light" leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />} onClick={copy}>
              {copied ? 'Copied' : 'Copy'}
            </Button>
          )}
        </CopyButton>
        <Button leftSection={<IconDownload size={16} aria-hidden />} onClick={() => downloadText(config.filename, config.text, config.mimeType)}>
          Download {config.filename}
        </Button>
      </Group>
    </Stack>
  );
}

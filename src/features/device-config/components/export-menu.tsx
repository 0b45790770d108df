import { Button, Menu, Text } from '@mantine/core';
import { classicJsonExport, v5JsonExport, type ClassicExportInput } from '@contract/device-config/api-json';
import { classicTerraformExport } from '@contract/device-config/terraform-classic';
import { v5TerraformExport } from '@contract/device-config/terraform';
import type { VpnConnection } from '@contract/vpn-connection';
import { IconBraces, IconChevronDown, IconFileCode } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { downloadText } from '@/features/device-config/components/download-text';

/** What to export: v5 connections, or classic connections with their policies and endpoint groups. */
export type ExportSource = { kind: 'v5'; connections: readonly VpnConnection[] } | { kind: 'classic'; inputs: readonly ClassicExportInput[] };

/** Props of the export menu (detail page: one connection; list page: the selection). */
export interface ExportMenuProps {
  source: ExportSource;
  /** e.g. "Export" or "Export 3 selected". */
  label?: string;
}

function count(source: ExportSource): number {
  return source.kind === 'v5' ? source.connections.length : source.inputs.length;
}

/** JSON in the API's create shape or Terraform, downloaded as a file; never with a pre-shared key. */
export function ExportMenu({ source, label = 'Export' }: ExportMenuProps) {
  const n = count(source);
  const exportJson = () => {
    const out = source.kind === 'v5' ? v5JsonExport(source.connections) : classicJsonExport(source.inputs);
    downloadText(out.filename, out.text, 'application/json');
  };
  const exportTerraform = () => {
    const out = source.kind === 'v5' ? v5TerraformExport(source.connections) : classicTerraformExport(source.inputs);
    downloadText(out.filename, out.text);
    if (out.warnings.length > 0) {
      notifications.show({ color: 'yellow', title: 'Terraform cannot express everything', message: out.warnings.join(' '), autoClose: false });
    }
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" rightSection={<IconChevronDown size={14} aria-hidden />} disabled={n === 0}>
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="xs">{n === 1 ? 'This connection' : `${n} connections`}, without the pre-shared key</Text>
        </Menu.Label>
        <Menu.Item leftSection={<IconBraces size={16} aria-hidden />} onClick={exportJson}>
          JSON (API create body)
        </Menu.Item>
        <Menu.Item leftSection={<IconFileCode size={16} aria-hidden />} onClick={exportTerraform}>
          Terraform ({source.kind === 'v5' ? 'enterprise_vpn_connection_v5' : 'vpnaas_*'})
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

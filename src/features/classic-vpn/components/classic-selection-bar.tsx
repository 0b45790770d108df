import { Button, Group, Text } from '@mantine/core';
import type { IpsecSiteConnection } from '@contract/classic/ipsec-site-connection';
import type { ReactNode } from 'react';
import type { useClassicLookups } from '@/features/classic-vpn/components/classic-lookups';
import { classicExportSelection, type ClassicExportSelection } from '@/features/classic-vpn/components/classic-export-selection';

/** Props of the bar shown while classic connections are selected. */
export interface ClassicSelectionBarProps {
  selected: readonly IpsecSiteConnection[];
  lookups: ReturnType<typeof useClassicLookups>;
  onClear: () => void;
  /** Actions for the selection, given its export inputs or the reason they are not complete yet. */
  actions?: ((selection: ClassicExportSelection) => ReactNode) | undefined;
}

/** "N selected", Clear selection and the caller's actions (e.g. export as code). */
export function ClassicSelectionBar({ selected, lookups, onClear, actions }: ClassicSelectionBarProps) {
  const { raw } = lookups;
  const selection = classicExportSelection(selected, {
    ikePolicies: { byId: lookups.ikePolicies, failed: raw.ikePolicies.isError },
    ipsecPolicies: { byId: lookups.ipsecPolicies, failed: raw.ipsecPolicies.isError },
    groups: { byId: lookups.groups, failed: raw.endpointGroups.isError },
  });
  return (
    <Group gap="sm" mb="sm" justify="flex-end">
      <Text size="sm">
        {selected.length === 1 ? '1 connection selected' : `${selected.length} connections selected`}
      </Text>
      <Button variant="subtle" onClick={onClear}>
        Clear selection
      </Button>
      {actions?.(selection)}
    </Group>
  );
}

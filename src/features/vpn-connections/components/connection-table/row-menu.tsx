import { Menu, Text } from '@mantine/core';
import { IconDots, IconEye, IconPencil, IconTrash } from '@tabler/icons-react';
import type { VpnConnection } from '@contract/vpn-connection';
import { useRouter } from '@tanstack/react-router';
import { useState } from 'react';
import { paths } from '@/config/paths';
import { deleteBlockedReason, editBlockedReason } from '@/features/vpn-connections/components/connection-gating';
import classes from '@/features/vpn-connections/components/connection-table/connection-table.module.css';

function Reason({ text }: { text: string | null }) {
  return text ? (
    <Text size="xs" c="dimmed" maw={260}>
      {text}
    </Text>
  ) : null;
}

function Trigger({ name, onOpen }: { name: string; onOpen?: () => void }) {
  return (
    <button type="button" className={classes.menuButton} aria-label={`Actions for ${name}`} aria-haspopup="menu" onClick={onOpen}>
      <IconDots size={18} aria-hidden />
    </button>
  );
}

/**
 * The row's actions. Only a plain button is rendered until it is used; the Mantine menu mounts on the first
 * click (a menu per row would make every filter keystroke mount dozens of popovers).
 */
export function RowMenu({ connection: c, onDelete }: { connection: VpnConnection; onDelete: (id: string) => void }) {
  const [opened, setOpened] = useState(false);
  const router = useRouter();
  if (!opened) return <Trigger name={c.name} onOpen={() => setOpened(true)} />;
  const editReason = editBlockedReason(c.status);
  const deleteReason = deleteBlockedReason(c.status);
  return (
    <Menu opened onChange={setOpened} position="bottom-end" withinPortal width={300}>
      <Menu.Target>
        <Trigger name={c.name} />
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconEye size={16} aria-hidden />} onClick={() => void router.navigate({ href: paths.vpnConnection.href(c.id) })}>
          Open details
        </Menu.Item>
        <Menu.Item
          leftSection={<IconPencil size={16} aria-hidden />}
          disabled={editReason !== null}
          onClick={() => void router.navigate({ href: paths.vpnConnectionEdit.href(c.id) })}
        >
          Edit
          <Reason text={editReason} />
        </Menu.Item>
        <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} disabled={deleteReason !== null} onClick={() => onDelete(c.id)}>
          Delete…
          <Reason text={deleteReason} />
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

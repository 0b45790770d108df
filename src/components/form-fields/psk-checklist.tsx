import { List, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { v5PskChecklist, type ChecklistItem } from '@contract/common';
import { IconCheck, IconX } from '@tabler/icons-react';

/** Props of the live PSK checklist. */
export interface PskChecklistProps {
  /** The key typed so far. */
  psk: string;
  id?: string;
  /** The rules to show; the classic API has its own. @default v5PskChecklist(psk) */
  items?: ChecklistItem[];
  /** @default 'Pre-shared key rules' */
  label?: string;
}

/** The PSK rules, each ticked as soon as the typed key meets it. */
export function PskChecklist({ psk, id, items = v5PskChecklist(psk), label = 'Pre-shared key rules' }: PskChecklistProps) {
  return (
    <List id={id} size="sm" spacing={4} center aria-label={label}>
      {items.map((item) => (
        <List.Item
          key={item.id}
          data-ok={item.ok}
          icon={
            <ThemeIcon size={18} radius="xl" color={item.ok ? 'green.8' : 'gray.6'} aria-hidden>
              {item.ok ? <IconCheck size={12} /> : <IconX size={12} />}
            </ThemeIcon>
          }
        >
          {item.label}
          <VisuallyHidden>{item.ok ? ' (met)' : ' (not met yet)'}</VisuallyHidden>
        </List.Item>
      ))}
    </List>
  );
}

import { Group, Pagination, Select, Text } from '@mantine/core';
import { PAGE_SIZES } from '@/features/vpn-connections/components/connection-table/list-view';

const sizeOptions = PAGE_SIZES.map((n) => ({ value: String(n), label: n === 0 ? 'All rows' : `${n} rows` }));

/** Props of the pager under the table. */
export interface ListPagerProps {
  page: number;
  pageCount: number;
  size: number;
  onPage: (page: number) => void;
  onSize: (size: number) => void;
}

/** Page buttons and rows per page (a redundant pair is never split across two pages). */
export function ListPager({ page, pageCount, size, onPage, onSize }: ListPagerProps) {
  return (
    <Group justify="space-between" mt="sm" gap="sm">
      <Group gap="xs">
        <Text size="sm" c="dimmed" id="rows-per-page-label">
          Rows per page
        </Text>
        <Select
          aria-labelledby="rows-per-page-label"
          data={sizeOptions}
          value={String(size)}
          onChange={(v) => v !== null && onSize(Number(v))}
          allowDeselect={false}
          w={120}
          size="xs"
        />
      </Group>
      {pageCount > 1 ? (
        <Pagination
          total={pageCount}
          value={page}
          onChange={onPage}
          size="sm"
          withEdges
          getControlProps={(control) => ({ 'aria-label': `${control.charAt(0).toUpperCase()}${control.slice(1)} page` })}
          getItemProps={(n) => ({ 'aria-label': `Page ${n}` })}
        />
      ) : null}
    </Group>
  );
}

import { ActionIcon, Button, Group, Table, Tooltip } from '@mantine/core';
import type { IpsecSiteConnection } from '@contract/classic/ipsec-site-connection';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { DataFreshness } from '@/components/data-freshness';
import { PageHeader } from '@/components/page-header';
import { classicQueries } from '@/features/classic-vpn/api/classic-queries';
import { useDeleteClassic } from '@/features/classic-vpn/api/classic-mutations';
import { displayName, usageBy } from '@/features/classic-vpn/components/classic-format';
import { DeleteDialog } from '@/features/classic-vpn/components/delete-dialog';
import { LoadState } from '@/features/classic-vpn/components/load-state';
import { UsedBy } from '@/features/classic-vpn/components/used-by';

type RefField = 'ikepolicy_id' | 'ipsecpolicy_id' | 'vpnservice_id' | 'local_ep_group_id' | 'peer_ep_group_id';

export interface Column<T> {
  label: string;
  render: (item: T) => ReactNode;
}

/** Props of a management page for one kind of classic object. */
export interface ResourcePageProps<T extends { id: string; name?: string | undefined }> {
  kind: 'ikePolicies' | 'ipsecPolicies' | 'vpnServices' | 'endpointGroups';
  title: string;
  description: string;
  /** e.g. "IKE policy". */
  noun: string;
  query: UseQueryResult<T[]>;
  columns: Column<T>[];
  /** The connection fields that reference this kind. */
  usedByFields: readonly RefField[];
  /** Set when OTC refuses changes while the object is used (policies), as the reason's remedy. */
  editWhileUsedRemedy?: string;
  deleteRemedy: string;
  emptyText: string;
  renderForm: (editing: T | undefined, onClose: () => void) => ReactNode;
}

/** List, create, edit and delete one kind of classic object; "Used by" names the connections, which block deletion. */
export function ResourcePage<T extends { id: string; name?: string | undefined }>(props: ResourcePageProps<T>) {
  const { kind, noun, query } = props;
  const connections = useQuery(classicQueries.connections());
  const usage = usageBy(connections.data, props.usedByFields);
  const remove = useDeleteClassic(kind);
  const [form, setForm] = useState<{ editing?: T } | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  const [blockedEdit, setBlockedEdit] = useState<T | null>(null);
  const usersOf = (item: T): IpsecSiteConnection[] => usage.get(item.id) ?? [];
  const edit = (item: T) => (props.editWhileUsedRemedy && usersOf(item).length > 0 ? setBlockedEdit(item) : setForm({ editing: item }));
  const closeDelete = () => {
    setDeleting(null);
    remove.reset();
  };
  const refresh = () => {
    void query.refetch();
    void connections.refetch();
  };
  const create = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setForm({})}>
      Create {noun}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={props.title}
        description={props.description}
        actions={
          <>
            <DataFreshness subject={props.title} updatedAt={query.dataUpdatedAt} isFetching={query.isFetching} lastRefreshFailed={query.isRefetchError} onRefresh={refresh} />
            {create}
          </>
        }
      />
      <LoadState data={query.data} error={query.error} isFetching={query.isFetching} onRetry={refresh} subject={props.title} empty={{ title: `No ${props.title.toLowerCase()} yet`, text: props.emptyText }}>
        {(items) => (
          <Table.ScrollContainer minWidth={760}>
            <Table striped verticalSpacing="sm" aria-label={props.title}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Name</Table.Th>
                  {props.columns.map((c) => (
                    <Table.Th key={c.label} scope="col">
                      {c.label}
                    </Table.Th>
                  ))}
                  <Table.Th scope="col">Used by</Table.Th>
                  <Table.Th scope="col">Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Th scope="row" fw={500}>
                      {displayName(item)}
                    </Table.Th>
                    {props.columns.map((c) => (
                      <Table.Td key={c.label}>{c.render(item)}</Table.Td>
                    ))}
                    <Table.Td>
                      <UsedBy connections={connections.data ? usersOf(item) : undefined} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Tooltip label="Edit" events={{ hover: true, focus: true, touch: false }}>
                          <ActionIcon variant="subtle" aria-label={`Edit ${noun} ${displayName(item)}`} onClick={() => edit(item)}>
                            <IconPencil size={18} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label="Delete" events={{ hover: true, focus: true, touch: false }}>
                          <ActionIcon variant="subtle" color="red" aria-label={`Delete ${noun} ${displayName(item)}`} onClick={() => setDeleting(item)}>
                            <IconTrash size={18} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </LoadState>
      {form ? props.renderForm(form.editing, () => setForm(null)) : null}
      <DeleteDialog
        opened={deleting !== null}
        onClose={closeDelete}
        subject={`${noun} ${displayName(deleting ?? undefined)}`}
        usedBy={deleting ? usersOf(deleting) : []}
        remedy={props.deleteRemedy}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: closeDelete })}
        pending={remove.isPending}
        error={remove.error}
      />
      <DeleteDialog
        opened={blockedEdit !== null}
        onClose={() => setBlockedEdit(null)}
        action="change"
        subject={`${noun} ${displayName(blockedEdit ?? undefined)}`}
        usedBy={blockedEdit ? usersOf(blockedEdit) : []}
        remedy={props.editWhileUsedRemedy}
        onConfirm={() => undefined}
        pending={false}
        error={null}
      />
    </>
  );
}

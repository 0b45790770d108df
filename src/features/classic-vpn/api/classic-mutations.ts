import type { ClassicCollection } from '@contract/classic/classic-paths';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createClassic, deleteClassic, updateClassic, type ClassicObjects } from '@/features/classic-vpn/api/classic-api';
import { classicQueries } from '@/features/classic-vpn/api/classic-queries';

// One hook per operation, for every classic resource. They update the caches through the factory: the new or
// changed object goes into its list (and the connection detail) at once, then the lists are refetched.

function upsert<K extends ClassicCollection>(client: QueryClient, kind: K, object: ClassicObjects[K]): void {
  client.setQueryData<ClassicObjects[K][]>(classicQueries.lists(kind), (list) =>
    list ? (list.some((o) => o.id === object.id) ? list.map((o) => (o.id === object.id ? object : o)) : [...list, object]) : list,
  );
  if (kind === 'connections') client.setQueryData(classicQueries.connection(object.id).queryKey, object as ClassicObjects['connections']);
}

/** Refreshes the lists a change can affect (a connection's change moves every "used by" column). */
export function refreshClassic(client: QueryClient, kind: ClassicCollection): Promise<void> {
  return client.invalidateQueries({ queryKey: kind === 'connections' ? classicQueries.all() : classicQueries.lists(kind) });
}

/** Creates an object of `kind`; resolves to it as the API returned it. */
export function useCreateClassic<K extends ClassicCollection>(kind: K) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: object) => createClassic(kind, body),
    onSuccess: (object) => {
      upsert(client, kind, object);
      void refreshClassic(client, kind);
    },
  });
}

export function useUpdateClassic<K extends ClassicCollection>(kind: K) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: object }) => updateClassic(kind, id, changes),
    onSuccess: (object) => {
      upsert(client, kind, object);
      void refreshClassic(client, kind);
    },
  });
}

export function useDeleteClassic(kind: ClassicCollection) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteClassic(kind, id),
    onSettled: () => refreshClassic(client, kind),
  });
}

/** The cache updater for callers that create objects outside a hook (the wizard's chain of creates). */
export function useClassicCache() {
  const client = useQueryClient();
  return {
    created: <K extends ClassicCollection>(kind: K, object: ClassicObjects[K]) => upsert(client, kind, object),
    refresh: (kind: ClassicCollection) => refreshClassic(client, kind),
  };
}

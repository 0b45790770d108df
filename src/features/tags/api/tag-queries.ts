import { v5Paths } from '@contract/api-paths';
import type { Tag } from '@contract/common';
import { resourceTagsResponseSchema, type TAG_RESOURCE_TYPES } from '@contract/quotas-tags';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, apiRequestNoContent } from '@/lib/api-client';
import { apiScope } from '@/lib/connection-settings';

export type TagResourceType = (typeof TAG_RESOURCE_TYPES)[number];

/** Query keys and options for one resource's tags (GET …/{resource_type}/{id}/tags). */
export const tagQueries = {
  all: () => ['vpn-tags', ...apiScope()] as const,
  resource: (type: TagResourceType, id: string) =>
    queryOptions({
      queryKey: [...tagQueries.all(), type, id] as const,
      queryFn: async ({ signal }) => (await apiRequest({ path: (p) => v5Paths.resourceTags(p, type, id), schema: resourceTagsResponseSchema, signal })).tags,
    }),
};

/**
 * Adds (or, for a key already there, overwrites) and removes tags, one call each; afterwards the tag list is
 * read again and `onChanged` lets the page re-read the resource that shows them.
 */
export function useTagMutations(type: TagResourceType, id: string, onChanged?: () => void) {
  const queryClient = useQueryClient();
  const settle = async () => {
    await queryClient.invalidateQueries({ queryKey: tagQueries.resource(type, id).queryKey });
    onChanged?.();
  };
  const add = useMutation({
    mutationFn: (tag: Tag) => apiRequestNoContent({ path: (p) => v5Paths.resourceTagsCreate(p, type, id), method: 'POST', body: { tags: [tag] } }),
    onSettled: settle,
  });
  const remove = useMutation({
    mutationFn: (key: string) => apiRequestNoContent({ path: (p) => v5Paths.resourceTagsDelete(p, type, id), method: 'POST', body: { tags: [{ key }] } }),
    onSettled: settle,
  });
  return { add, remove };
}

import type { Tag } from '../../contract/common.ts';
import type { TAG_RESOURCE_TYPES } from '../../contract/quotas-tags.ts';
import type { ResourceInstancesRequest } from '../../contract/tag-filter.ts';
import { invalidRequest, resourceNotFound } from '../http-error.ts';
import type { StoreContext } from './context.ts';

export type TagResourceType = (typeof TAG_RESOURCE_TYPES)[number];

interface Taggable {
  id: string;
  name: string;
  tags?: Tag[] | undefined;
}

const NOUNS: Record<TagResourceType, string> = {
  'vpn-gateway': 'VPN gateway',
  'customer-gateway': 'customer gateway',
  'vpn-connection': 'VPN connection',
};

export const MAX_TAGS = 20;

function matches(resource: Taggable, query: ResourceInstancesRequest): boolean {
  const tags = resource.tags ?? [];
  if (query.without_any_tag) return tags.length === 0;
  const byTags = (query.tags ?? []).every((f) => tags.some((t) => t.key === f.key && (f.values.length === 0 || f.values.includes(t.value))));
  // resource_name matches are fuzzy (contains), as on the console's search box.
  const byName = (query.matches ?? []).every((m) => resource.name.includes(m.value));
  return byTags && byName;
}

/** The tag API of VPN gateways, customer gateways and connections: per resource, per project, filter/count. */
export class TagService {
  constructor(private readonly ctx: StoreContext) {}

  private resources(projectId: string, type: TagResourceType): Taggable[] {
    const project = this.ctx.project(projectId);
    if (type === 'vpn-gateway') return project.vpnGateways;
    if (type === 'customer-gateway') return project.customerGateways;
    return project.vpnConnections.map((r) => r.connection);
  }

  private find(projectId: string, type: TagResourceType, id: string): Taggable {
    const resource = this.resources(projectId, type).find((r) => r.id === id);
    if (!resource) throw resourceNotFound(NOUNS[type], id);
    return resource;
  }

  list(projectId: string, type: TagResourceType, id: string): Tag[] {
    return (this.find(projectId, type, id).tags ?? []).map((t) => ({ ...t }));
  }

  /** Adds tags; a key that exists gets the new value. At most 20 tags per resource. */
  add(projectId: string, type: TagResourceType, id: string, tags: readonly Tag[]): void {
    const resource = this.find(projectId, type, id);
    const next = new Map((resource.tags ?? []).map((t) => [t.key, t.value]));
    for (const tag of tags) next.set(tag.key, tag.value);
    if (next.size > MAX_TAGS) {
      throw invalidRequest(
        `tags: ${NOUNS[type]} ${resource.name} would carry ${next.size} tags, but at most ${MAX_TAGS} are allowed; remove some first`,
      );
    }
    resource.tags = [...next].map(([key, value]) => ({ key, value }));
    this.ctx.changed();
  }

  /** Removes tags by key; with a value, only when the value matches too. Unknown keys are ignored. */
  remove(projectId: string, type: TagResourceType, id: string, tags: readonly { key: string; value?: string | undefined }[]): void {
    const resource = this.find(projectId, type, id);
    resource.tags = (resource.tags ?? []).filter((t) => !tags.some((d) => d.key === t.key && (d.value === undefined || d.value === t.value)));
    this.ctx.changed();
  }

  /** Every key used on this resource type in the project, with the values in use. */
  projectTags(projectId: string, type: TagResourceType): { key: string; values: string[] }[] {
    const keys = new Map<string, Set<string>>();
    for (const r of this.resources(projectId, type)) {
      for (const t of r.tags ?? []) keys.set(t.key, (keys.get(t.key) ?? new Set()).add(t.value));
    }
    return [...keys].map(([key, values]) => ({ key, values: [...values] }));
  }

  filter(projectId: string, type: TagResourceType, query: ResourceInstancesRequest, limit: number, offset: number) {
    const hits = this.resources(projectId, type).filter((r) => matches(r, query));
    return {
      resources: hits.slice(offset, offset + limit).map((r) => ({
        resource_id: r.id,
        resource_detail: '',
        tags: (r.tags ?? []).map((t) => ({ ...t })),
        resource_name: r.name,
      })),
      total_count: hits.length,
    };
  }

  count(projectId: string, type: TagResourceType, query: ResourceInstancesRequest): number {
    return this.resources(projectId, type).filter((r) => matches(r, query)).length;
  }
}

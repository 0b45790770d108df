import { describe, expect, it } from 'vitest';
import { v5Paths } from '../../contract/api-paths.ts';
import { projectTagsResponseSchema, resourceTagsResponseSchema } from '../../contract/quotas-tags.ts';
import { resourceCountResponseSchema, resourceInstancesResponseSchema } from '../../contract/tag-filter.ts';
import { PROJECT, demo, setup } from '../test-support.ts';

const RESOURCES = [
  ['vpn-gateway', 'gw-fra-core'],
  ['customer-gateway', 'cgw-spare-lte'],
  ['vpn-connection', 'vpn-berlin-a'],
] as const;

describe.each(RESOURCES)('tags of %s', (type, key) => {
  const id = demo(key);
  const tagsPath = v5Paths.resourceTags(PROJECT, type, id);

  it('adds (204), lists, overwrites a value by key, and deletes by key', async () => {
    const { call } = setup();
    const add = await call('POST', v5Paths.resourceTagsCreate(PROJECT, type, id), { tags: [{ key: 'env', value: 'prod' }, { key: 'team', value: 'net' }] });
    expect(add.status).toBe(204);
    const listed = await call('GET', tagsPath);
    expect(listed.status).toBe(200);
    expect(resourceTagsResponseSchema.safeParse(listed.body).success).toBe(true);
    expect(listed.body.tags).toEqual(expect.arrayContaining([{ key: 'env', value: 'prod' }, { key: 'team', value: 'net' }]));
    await call('POST', v5Paths.resourceTagsCreate(PROJECT, type, id), { tags: [{ key: 'env', value: 'stage' }] });
    expect((await call('GET', tagsPath)).body.tags).toContainEqual({ key: 'env', value: 'stage' });
    const del = await call('POST', v5Paths.resourceTagsDelete(PROJECT, type, id), { tags: [{ key: 'env' }] });
    expect(del.status).toBe(204);
    expect((await call('GET', tagsPath)).body.tags.map((t: { key: string }) => t.key)).not.toContain('env');
  });

  it('answers 404 for a resource of another type or project', async () => {
    const { call } = setup();
    const res = await call('GET', v5Paths.resourceTags(PROJECT, type, '00000000-0000-4000-8000-000000000000'));
    expect(res.status).toBe(404);
    expect(res.body.error_code).toBe('VPN.0004');
  });

  it('lists the project’s keys with their values, and filters and counts by tag and name', async () => {
    const { call } = setup();
    await call('POST', v5Paths.resourceTagsCreate(PROJECT, type, id), { tags: [{ key: 'cost-center', value: 'cc-42' }] });
    const projectTags = await call('GET', v5Paths.projectTags(PROJECT, type));
    expect(projectTagsResponseSchema.safeParse(projectTags.body).success).toBe(true);
    expect(projectTags.body.tags).toContainEqual({ key: 'cost-center', values: ['cc-42'] });

    const filter = await call('POST', v5Paths.resourceInstancesFilter(PROJECT, type), { tags: [{ key: 'cost-center', values: ['cc-42', 'cc-7'] }] });
    expect(filter.status).toBe(200);
    expect(resourceInstancesResponseSchema.safeParse(filter.body).success).toBe(true);
    expect(filter.body).toMatchObject({ total_count: 1, resources: [{ resource_id: id, resource_detail: '', tags: [{ key: 'cost-center', value: 'cc-42' }] }] });

    const untagged = await call('POST', `${v5Paths.resourceInstancesFilter(PROJECT, type)}?limit=1&offset=0`, { without_any_tag: 'true' });
    expect(untagged.body.resources).toHaveLength(1);
    expect(untagged.body.resources[0].resource_id).not.toBe(id);

    const count = await call('POST', v5Paths.resourceInstancesCount(PROJECT, type), { tags: [{ key: 'cost-center', values: [] }] });
    expect(resourceCountResponseSchema.safeParse(count.body).success).toBe(true);
    expect(count.body.total_count).toBe(1);
    const name = filter.body.resources[0].resource_name as string;
    const byName = await call('POST', v5Paths.resourceInstancesCount(PROJECT, type), { matches: [{ key: 'resource_name', value: name }] });
    expect(byName.body.total_count).toBeGreaterThanOrEqual(1);
  });
});

describe('tag rules', () => {
  const id = demo('gw-lab-basic');
  const create = v5Paths.resourceTagsCreate(PROJECT, 'vpn-gateway', id);

  it.each([
    ['more than 20 tags on one resource', { tags: Array.from({ length: 21 }, (_, i) => ({ key: `k${i}`, value: '' })) }, 'At most 20 tags are allowed'],
    ['a key with forbidden characters', { tags: [{ key: 'a/b', value: 'x' }] }, 'tags[0].key: A tag key may contain only'],
    ['an empty list', { tags: [] }, 'tags: Send at least one tag'],
    ['a duplicated key', { tags: [{ key: 'a', value: '1' }, { key: 'a', value: '2' }] }, 'The tag key "a" is used twice'],
  ])('refuses %s', async (_label, body, message) => {
    const { call } = setup();
    const res = await call('POST', create, body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error_code: 'VPN.0001', error_msg: expect.stringContaining(message) });
  });

  it('refuses an addition that would take a resource past 20 tags', async () => {
    const { call } = setup();
    await call('POST', create, { tags: Array.from({ length: 15 }, (_, i) => ({ key: `a${i}`, value: '' })) });
    const res = await call('POST', create, { tags: Array.from({ length: 6 }, (_, i) => ({ key: `b${i}`, value: '' })) });
    expect(res.status).toBe(400);
    expect(res.body.error_msg).toContain('would carry 21 tags, but at most 20 are allowed');
  });

  it('deletes by key and value only when the value matches', async () => {
    const { call } = setup();
    await call('POST', create, { tags: [{ key: 'env', value: 'prod' }] });
    await call('POST', v5Paths.resourceTagsDelete(PROJECT, 'vpn-gateway', id), { tags: [{ key: 'env', value: 'dev' }] });
    expect((await call('GET', v5Paths.resourceTags(PROJECT, 'vpn-gateway', id))).body.tags).toEqual([{ key: 'env', value: 'prod' }]);
  });

  it('keeps GET /vpn-connection/{id} working next to GET /vpn-connection/tags', async () => {
    const { call } = setup();
    expect((await call('GET', v5Paths.projectTags(PROJECT, 'vpn-connection'))).body.tags).toContainEqual({ key: 'site', values: ['hq'] });
    expect((await call('GET', v5Paths.vpnConnection(PROJECT, demo('vpn-hq-1')))).body.vpn_connection.name).toBe('hq-frankfurt-primary');
  });

  it.each([
    ['limit 0', '?limit=0', 'limit must be a whole number from 1 to 1000'],
    ['a negative offset', '?offset=-1', 'offset must be a whole number of at least 0'],
  ])('refuses a filter with %s', async (_label, query, message) => {
    const { call } = setup();
    const res = await call('POST', `${v5Paths.resourceInstancesFilter(PROJECT, 'vpn-gateway')}${query}`, {});
    expect(res.status).toBe(400);
    expect(res.body.error_msg).toContain(message);
  });
});

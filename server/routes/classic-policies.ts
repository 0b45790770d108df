import { Hono } from 'hono';
import { classicRoutes } from '../../contract/classic/classic-paths.ts';
import {
  createIkePolicyRequestSchema,
  createIpsecPolicyRequestSchema,
  updateIkePolicyRequestSchema,
  updateIpsecPolicyRequestSchema,
} from '../../contract/classic/classic-policies.ts';
import { idOf, tenantOf, type ClassicEnv } from '../classic/classic-env.ts';
import { noContent, parseClassicBody, selectFields } from '../classic/classic-http.ts';
import { findById } from '../classic/classic-lookups.ts';
import {
  createIkePolicy,
  createIpsecPolicy,
  deleteIkePolicy,
  deleteIpsecPolicy,
  updateIkePolicy,
  updateIpsecPolicy,
} from '../classic/classic-policy-ops.ts';
import type { ClassicStore } from '../classic/classic-store.ts';

/** /v2.0/vpn/ikepolicies and /v2.0/vpn/ipsecpolicies: create (201), list, show, update, delete (204). */
export function classicPolicyRoutes(store: ClassicStore): Hono<ClassicEnv> {
  const routes = new Hono<ClassicEnv>();
  const ike = { list: classicRoutes.collection('ikePolicies'), item: classicRoutes.item('ikePolicies') };
  const ipsec = { list: classicRoutes.collection('ipsecPolicies'), item: classicRoutes.item('ipsecPolicies') };

  routes.post(ike.list, async (c) => {
    const body = await parseClassicBody(c, createIkePolicyRequestSchema, 'ikepolicy');
    return c.json({ ikepolicy: createIkePolicy(store, tenantOf(c), body.ikepolicy) }, 201);
  });
  routes.get(ike.list, (c) => c.json({ ikepolicies: store.state(tenantOf(c)).ikePolicies.map((p) => selectFields(c, p)) }));
  routes.get(ike.item, (c) => c.json({ ikepolicy: selectFields(c, findById(store.state(tenantOf(c)).ikePolicies, idOf(c), 'ike')) }));
  routes.put(ike.item, async (c) => {
    findById(store.state(tenantOf(c)).ikePolicies, idOf(c), 'ike');
    const body = await parseClassicBody(c, updateIkePolicyRequestSchema, 'ikepolicy');
    return c.json({ ikepolicy: updateIkePolicy(store, tenantOf(c), idOf(c), body.ikepolicy) });
  });
  routes.delete(ike.item, (c) => {
    deleteIkePolicy(store, tenantOf(c), idOf(c));
    return noContent(c);
  });

  routes.post(ipsec.list, async (c) => {
    const body = await parseClassicBody(c, createIpsecPolicyRequestSchema, 'ipsecpolicy');
    return c.json({ ipsecpolicy: createIpsecPolicy(store, tenantOf(c), body.ipsecpolicy) }, 201);
  });
  routes.get(ipsec.list, (c) => c.json({ ipsecpolicies: store.state(tenantOf(c)).ipsecPolicies.map((p) => selectFields(c, p)) }));
  routes.get(ipsec.item, (c) => c.json({ ipsecpolicy: selectFields(c, findById(store.state(tenantOf(c)).ipsecPolicies, idOf(c), 'ipsec')) }));
  routes.put(ipsec.item, async (c) => {
    findById(store.state(tenantOf(c)).ipsecPolicies, idOf(c), 'ipsec');
    const body = await parseClassicBody(c, updateIpsecPolicyRequestSchema, 'ipsecpolicy');
    return c.json({ ipsecpolicy: updateIpsecPolicy(store, tenantOf(c), idOf(c), body.ipsecpolicy) });
  });
  routes.delete(ipsec.item, (c) => {
    deleteIpsecPolicy(store, tenantOf(c), idOf(c));
    return noContent(c);
  });

  return routes;
}

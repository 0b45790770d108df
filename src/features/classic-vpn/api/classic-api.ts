import { classicPaths, type ClassicCollection } from '@contract/classic/classic-paths';
import {
  ikePolicyResponseSchema,
  ipsecPolicyResponseSchema,
  type ClassicIkePolicy,
  type ClassicIpsecPolicy,
} from '@contract/classic/classic-policies';
import {
  endpointGroupResponseSchema,
  vpnServiceResponseSchema,
  type EndpointGroup,
  type VpnService,
} from '@contract/classic/classic-resources';
import { ipsecSiteConnectionResponseSchema, type IpsecSiteConnection } from '@contract/classic/ipsec-site-connection';
import { z } from 'zod';
import { apiRequest, apiRequestNoContent } from '@/lib/api-client';

// Create / update / delete of the five classic resources. The project comes from the token, so the
// project id the client passes to path builders is not used here. Responses are parsed with the contract,
// which drops the PSK OTC returns in clear text: the console never holds it.

export interface ClassicObjects {
  connections: IpsecSiteConnection;
  ikePolicies: ClassicIkePolicy;
  ipsecPolicies: ClassicIpsecPolicy;
  vpnServices: VpnService;
  endpointGroups: EndpointGroup;
}

/** The wrapping key of each resource's request and response body. */
export const WRAPPER: Record<ClassicCollection, string> = {
  connections: 'ipsec_site_connection',
  ikePolicies: 'ikepolicy',
  ipsecPolicies: 'ipsecpolicy',
  vpnServices: 'vpnservice',
  endpointGroups: 'endpoint_group',
};

const RESPONSE: { [K in ClassicCollection]: z.ZodType<Record<string, ClassicObjects[K]>> } = {
  connections: ipsecSiteConnectionResponseSchema,
  ikePolicies: ikePolicyResponseSchema,
  ipsecPolicies: ipsecPolicyResponseSchema,
  vpnServices: vpnServiceResponseSchema,
  endpointGroups: endpointGroupResponseSchema,
};

function unwrap<K extends ClassicCollection>(kind: K, body: Record<string, ClassicObjects[K]>): ClassicObjects[K] {
  const object = body[WRAPPER[kind]];
  if (object === undefined) throw new Error(`The response has no "${WRAPPER[kind]}" object`);
  return object;
}

/** POST /v2.0/vpn/<collection> with `{<wrapper>: body}`; resolves to the created object. */
export async function createClassic<K extends ClassicCollection>(kind: K, body: object): Promise<ClassicObjects[K]> {
  const response = await apiRequest({ path: () => classicPaths.collection(kind), method: 'POST', body: { [WRAPPER[kind]]: body }, schema: RESPONSE[kind] });
  return unwrap(kind, response);
}

/** PUT /v2.0/vpn/<collection>/{id} with only the changed fields. */
export async function updateClassic<K extends ClassicCollection>(kind: K, id: string, changes: object): Promise<ClassicObjects[K]> {
  const response = await apiRequest({ path: () => classicPaths.item(kind, id), method: 'PUT', body: { [WRAPPER[kind]]: changes }, schema: RESPONSE[kind] });
  return unwrap(kind, response);
}

export async function deleteClassic(kind: ClassicCollection, id: string): Promise<void> {
  await apiRequestNoContent({ path: () => classicPaths.item(kind, id), method: 'DELETE' });
}

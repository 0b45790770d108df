import { z } from 'zod';
import { consoleConfigSchema } from '../../contract/console-config.ts';
import {
  iamPasswordAuthRequestSchema,
  iamProjectListQuerySchema,
  iamProjectListResponseSchema,
  iamTokenResponseSchema,
  keystoneErrorBodySchema,
  mockIamExpireResponseSchema,
} from '../../contract/iam.ts';
import {
  mockConfigRequestSchema,
  mockConfigResponseSchema,
  mockConnectionStatusRequestSchema,
  mockRequestLogResponseSchema,
  mockSeedRequestSchema,
  mockSeedResponseSchema,
} from '../../contract/mock-control.ts';
import { mockQuotasRequestSchema } from '../../contract/mock-quotas.ts';
import { vpnConnectionResponseSchema } from '../../contract/vpn-connection.ts';
import { named, type ApiOperation } from './operation.ts';

const iamError = named('IamError', z.union([keystoneErrorBodySchema, z.object({ error_code: z.string(), error_msg: z.string() })]));
const tokenResponse = {
  body: named('IamTokenResponse', iamTokenResponseSchema),
  headers: { 'X-Subject-Token': 'The token; send it as X-Auth-Token on every VPN call (valid 24 h).' },
};

/** IAM as the mock emulates it (token issue/validate, projects). */
export const iamOperations: readonly ApiOperation[] = [
  {
    method: 'post',
    path: '/v3/auth/tokens',
    operationId: 'createToken',
    summary: 'Get a project-scoped token (password identity)',
    tag: 'IAM',
    auth: false,
    body: named('IamPasswordAuthRequest', iamPasswordAuthRequestSchema),
    responses: { 201: { description: 'Token issued', ...tokenResponse } },
    errorBody: iamError,
  },
  {
    method: 'get',
    path: '/v3/auth/tokens',
    operationId: 'validateToken',
    summary: 'Validate the token in X-Subject-Token (expiry, project)',
    tag: 'IAM',
    responses: { 200: { description: 'The token is valid', ...tokenResponse } },
    errorBody: iamError,
  },
  {
    method: 'get',
    path: '/v3/projects',
    operationId: 'listProjects',
    summary: 'Projects of the account (the id is the project_id of /v5 paths)',
    tag: 'IAM',
    query: iamProjectListQuerySchema,
    responses: { 200: { description: 'Projects', body: named('IamProjectListResponse', iamProjectListResponseSchema) } },
    errorBody: iamError,
  },
];

const control = (operation: Omit<ApiOperation, 'tag' | 'auth'>): ApiOperation => ({ ...operation, tag: 'Mock control', auth: false });
const M = '/__mock';

/** The /__mock control API (only with MOCK_CONTROL=1): not part of OTC, for tests and demos. */
export const controlOperations: readonly ApiOperation[] = [
  control({ method: 'post', path: `${M}/reset`, operationId: 'mockReset', summary: 'Forget every project', responses: { 204: { description: 'Reset' } } }),
  control({
    method: 'post',
    path: `${M}/projects/{project_id}/seed`,
    operationId: 'mockSeed',
    summary: 'Reset a project to the demo seed (or empty), optionally with generated connections',
    body: named('MockSeedRequest', mockSeedRequestSchema),
    responses: { 200: { description: 'What the project now holds', body: named('MockSeedResponse', mockSeedResponseSchema) } },
  }),
  control({
    method: 'post',
    path: `${M}/config`,
    operationId: 'mockConfig',
    summary: 'Set the status transition time',
    body: named('MockConfigRequest', mockConfigRequestSchema),
    responses: { 200: { description: 'New setting', body: named('MockConfigResponse', mockConfigResponseSchema) } },
  }),
  control({
    method: 'get',
    path: `${M}/projects/{project_id}/requests`,
    operationId: 'mockRequests',
    summary: 'Last request bodies the project received (PSKs redacted)',
    responses: { 200: { description: 'Recorded requests', body: named('MockRequestLogResponse', mockRequestLogResponseSchema) } },
  }),
  control({
    method: 'post',
    path: `${M}/projects/{project_id}/vpn-connections/{id}/status`,
    operationId: 'mockConnectionStatus',
    summary: 'Force a connection into a status',
    body: named('MockConnectionStatusRequest', mockConnectionStatusRequestSchema),
    responses: { 200: { description: 'The connection', body: named('VpnConnectionResponse', vpnConnectionResponseSchema) } },
  }),
  control({
    method: 'post',
    path: `${M}/projects/{project_id}/quotas`,
    operationId: 'mockQuotas',
    summary: "Set a project's quotas",
    body: named('MockQuotasRequest', mockQuotasRequestSchema),
    responses: { 200: { description: 'Quotas set' } },
  }),
  control({
    method: 'post',
    path: `${M}/iam/expire-tokens`,
    operationId: 'mockExpireTokens',
    summary: 'Expire every token the mock IAM issued',
    responses: { 200: { description: 'How many expired', body: named('MockIamExpireResponse', mockIamExpireResponseSchema) } },
  }),
];

/** The server's own endpoints. */
export const serverOperations: readonly ApiOperation[] = [
  {
    method: 'get',
    path: '/console-config.json',
    operationId: 'consoleConfig',
    summary: 'Mode (mock or proxy), region and whether sign-in is required',
    tag: 'Server',
    auth: false,
    responses: { 200: { description: 'Console configuration', body: named('ConsoleConfig', consoleConfigSchema) } },
  },
  {
    method: 'get',
    path: '/openapi.json',
    operationId: 'openApiDocument',
    summary: 'This OpenAPI 3.1 document (generated from the zod contract)',
    tag: 'Server',
    auth: false,
    responses: { 200: { description: 'The document' } },
  },
  {
    method: 'get',
    path: '/api-docs',
    operationId: 'apiDocsPage',
    summary: 'This document as a browsable HTML page',
    tag: 'Server',
    auth: false,
    responses: { 200: { description: 'HTML page' } },
  },
  {
    method: 'get',
    path: '/__health',
    operationId: 'health',
    summary: 'Liveness',
    tag: 'Server',
    auth: false,
    responses: { 200: { description: 'Up', body: named('Health', z.object({ status: z.literal('ok') })) } },
  },
];

import { cleanNotifications, notificationsStore } from '@mantine/notifications';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { BACKGROUND_ERROR_NOTICE_ID, createQueryClient, shouldRetry } from '@/lib/query-client';

const apiError = (kind: ApiError['kind'], status: number) =>
  new ApiError({ kind, status, code: 'X', message: 'boom', method: 'GET', url: '/v5/p/vpn-connection' });

const notices = () => notificationsStore.getState().notifications.filter((n) => n.id === BACKGROUND_ERROR_NOTICE_ID);

afterEach(() => cleanNotifications());

describe('shouldRetry', () => {
  it('retries once for network, 5xx and 429 failures only', () => {
    expect(shouldRetry(0, apiError('network', 0))).toBe(true);
    expect(shouldRetry(0, apiError('http', 503))).toBe(true);
    expect(shouldRetry(0, apiError('http', 429))).toBe(true);
    expect(shouldRetry(1, apiError('http', 503))).toBe(false);
    expect(shouldRetry(0, apiError('http', 401))).toBe(false);
    expect(shouldRetry(0, apiError('shape', 200))).toBe(false);
    expect(shouldRetry(0, new Error('bug'))).toBe(false);
  });
});

describe('background refetch errors', () => {
  it('stay silent for a first load, show one notice for failed refetches, and clear on success', async () => {
    const client = createQueryClient();
    const fail = () => Promise.reject(apiError('http', 400));
    await client.fetchQuery({ queryKey: ['first'], queryFn: fail, retry: false }).catch(() => undefined);
    expect(notices()).toHaveLength(0);

    await client.fetchQuery({ queryKey: ['polled'], queryFn: () => Promise.resolve([1]) });
    for (let i = 0; i < 3; i += 1) {
      await client.fetchQuery({ queryKey: ['polled'], queryFn: fail, retry: false, staleTime: 0 }).catch(() => undefined);
    }
    expect(notices()).toHaveLength(1);
    expect(notices()[0]!.message).toBe('The API rejected the request: boom (X)');
    expect(client.getQueryData(['polled'])).toEqual([1]);

    await client.fetchQuery({ queryKey: ['polled'], queryFn: () => Promise.resolve([2]), staleTime: 0 });
    expect(notices()).toHaveLength(0);
  });
});

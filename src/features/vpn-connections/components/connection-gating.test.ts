import { CONNECTION_STATUSES } from '@contract/status';
import { describe, expect, it } from 'vitest';
import { deleteBlockedReason, editBlockedReason } from '@/features/vpn-connections/components/connection-gating';

describe('action gating by status', () => {
  it.each(['PENDING_CREATE', 'PENDING_UPDATE', 'PENDING_DELETE'])('blocks editing while %s, with a reason', (status) => {
    expect(editBlockedReason(status)).toMatch(/\w+/);
  });

  it('names the VPN.0306 conflict when an update is already running', () => {
    expect(editBlockedReason('PENDING_UPDATE')).toContain('VPN.0306');
  });

  it('blocks editing and deleting a frozen connection', () => {
    expect(editBlockedReason('FREEZED')).toContain('frozen');
    expect(deleteBlockedReason('FREEZED')).toContain('cannot be deleted');
  });

  it('blocks a second delete of a connection that is already being deleted', () => {
    expect(deleteBlockedReason('PENDING_DELETE')).toContain('already being deleted');
  });

  it.each(['ACTIVE', 'DOWN', 'ERROR', 'UNKNOWN'])('allows edit and delete when %s', (status) => {
    expect(editBlockedReason(status)).toBeNull();
    expect(deleteBlockedReason(status)).toBeNull();
  });

  it('gives every status an answer (no status throws or is forgotten)', () => {
    for (const status of CONNECTION_STATUSES) {
      expect(() => [editBlockedReason(status), deleteBlockedReason(status)]).not.toThrow();
    }
    // Delete stays possible while creating or updating: the API accepts it.
    expect(deleteBlockedReason('PENDING_CREATE')).toBeNull();
    expect(deleteBlockedReason('PENDING_UPDATE')).toBeNull();
  });
});

import { defaultConnectionFormValues } from '@contract/connection-form';
import { describe, expect, it } from 'vitest';
import {
  clearDraft,
  DRAFT_STORAGE_KEY,
  loadDraft,
  saveDraft,
} from '@/features/vpn-connections/components/connection-wizard/draft-store';

const PSK = 'Sup3r-Secret!';
const values = { ...defaultConnectionFormValues('bgp'), name: 'vpn-draft', peer_subnets: ['192.168.44.0/24'], psk: PSK, psk_confirm: PSK };

describe('draft store', () => {
  it('keeps everything but the pre-shared key and its confirmation', () => {
    saveDraft(values, 'security');
    const raw = sessionStorage.getItem(DRAFT_STORAGE_KEY) ?? '';
    expect(raw).toContain('vpn-draft');
    expect(raw).not.toContain(PSK);
    expect(raw).not.toMatch(/psk/);
    expect(loadDraft()).toEqual({ values: { ...values, psk: '', psk_confirm: '' }, step: 'security' });
  });

  it('never writes the key, whatever it is, over many saves', () => {
    for (let i = 0; i < 50; i += 1) {
      const psk = `Key-${i}-${Math.random().toString(36).slice(2)}!A`;
      saveDraft({ ...values, psk, psk_confirm: psk }, 'security');
      expect(JSON.stringify(Object.entries(sessionStorage))).not.toContain(psk);
    }
  });

  it('stores nothing for an untouched form and forgets on clear', () => {
    saveDraft(values);
    saveDraft(defaultConnectionFormValues('policy'));
    expect(sessionStorage.getItem(DRAFT_STORAGE_KEY)).toBeNull();
    saveDraft(values);
    clearDraft();
    expect(loadDraft()).toBeNull();
  });

  it('ignores a draft that is not JSON and repairs damaged fields', () => {
    sessionStorage.setItem(DRAFT_STORAGE_KEY, '{not json');
    expect(loadDraft()).toBeNull();
    sessionStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify({ values: { style: 'policy', tags: 'x', psk: 'leaked' }, step: 'nowhere' }));
    const draft = loadDraft();
    expect(draft?.values.style).toBe('policy');
    expect(draft?.values.tags).toEqual([]);
    expect(draft?.values.psk).toBe('');
    expect(draft?.step).toBeUndefined();
  });
});

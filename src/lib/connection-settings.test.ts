import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_PROJECT_ID } from '@/config/env-defaults';
import { SETTINGS_STORAGE_KEY, TOKEN_STORAGE_KEY } from '@/lib/stored-settings';
import { apiScope, connectionSettingsSchema, getConnectionSettings, loadConnectionSettings, resetConnectionSettings, saveConnectionSettings, subscribeConnectionSettings } from '@/lib/connection-settings';

const valid = { apiBase: 'https://vpn.eu-de.otc.t-systems.com', projectId: 'abc_DEF-123', token: 'secret-token' };

function messagesFor(input: Partial<typeof valid>) {
  const result = connectionSettingsSchema.safeParse({ ...valid, ...input });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

beforeEach(() => {
  resetConnectionSettings();
});

describe('connectionSettingsSchema', () => {
  it('accepts http(s) URLs and the empty string (same origin)', () => {
    expect(messagesFor({})).toEqual([]);
    expect(messagesFor({ apiBase: '' })).toEqual([]);
    expect(messagesFor({ apiBase: 'http://127.0.0.1:8095' })).toEqual([]);
  });

  it('explains what a valid API base looks like', () => {
    for (const apiBase of ['vpn.example.com', 'ftp://host', 'https://host/?x=1', 'javascript:alert(1)']) {
      const [message] = messagesFor({ apiBase });
      expect(message).toMatch(/^apiBase: Enter an http:\/\/ or https:\/\/ URL/);
      expect(message).toMatch(/leave it empty/);
    }
  });

  it('names the allowed project id characters and length', () => {
    expect(messagesFor({ projectId: '' })[0]).toMatch(/projectId: Enter the project ID/);
    expect(messagesFor({ projectId: 'a'.repeat(65) })[0]).toMatch(/at most 64 characters/);
    expect(messagesFor({ projectId: 'has space' })[0]).toMatch(/only letters, digits, "_" and "-"/);
    expect(messagesFor({ projectId: 'a'.repeat(64) })).toEqual([]);
  });

  it('requires a token', () => {
    expect(messagesFor({ token: '  ' })[0]).toMatch(/token: Enter an IAM token/);
  });
});

describe('connection settings store', () => {
  it('starts from the env defaults', () => {
    expect(getConnectionSettings()).toEqual({ apiBase: '', projectId: DEMO_PROJECT_ID, token: 'demo-token' });
  });

  it('keeps base and project in localStorage and the token only in sessionStorage', () => {
    saveConnectionSettings(valid);
    const local = JSON.stringify({ ...localStorage });
    expect(local).not.toContain('secret-token');
    expect(JSON.parse(localStorage.getItem(SETTINGS_STORAGE_KEY) ?? '{}')).toEqual({
      apiBase: valid.apiBase,
      projectId: valid.projectId,
    });
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('secret-token');
    expect(loadConnectionSettings()).toEqual(valid);
  });

  it('normalises a trailing slash so URLs never get a double slash', () => {
    expect(saveConnectionSettings({ ...valid, apiBase: 'http://127.0.0.1:8095/' }).apiBase).toBe('http://127.0.0.1:8095');
  });

  it('rejects invalid settings without storing anything', () => {
    expect(() => saveConnectionSettings({ ...valid, projectId: 'no spaces' })).toThrow();
    expect(localStorage.getItem(SETTINGS_STORAGE_KEY)).toBeNull();
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
  });

  it('falls back to the defaults field by field when storage holds garbage', () => {
    localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ apiBase: 'not a url', projectId: 'p1' }));
    expect(loadConnectionSettings()).toMatchObject({ apiBase: '', projectId: DEMO_PROJECT_ID });
    localStorage.setItem(SETTINGS_STORAGE_KEY, '{broken');
    expect(loadConnectionSettings().projectId).toBe(DEMO_PROJECT_ID);
  });

  it('notifies subscribers and changes the query scope on save and reset', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeConnectionSettings(listener);
    saveConnectionSettings(valid);
    expect(apiScope()).toEqual([valid.apiBase, valid.projectId]);
    resetConnectionSettings();
    expect(apiScope()).toEqual(['', DEMO_PROJECT_ID]);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(localStorage.getItem(SETTINGS_STORAGE_KEY)).toBeNull();
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
    unsubscribe();
    saveConnectionSettings(valid);
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

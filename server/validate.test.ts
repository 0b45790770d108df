import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatPath, issuesToError } from './validate.ts';

describe('formatPath', () => {
  it.each([
    [['vpn_connection', 'policy_rules', 0, 'destination', 2], 'vpn_connection.policy_rules[0].destination[2]'],
    [['vpn_connection'], 'vpn_connection'],
    [[], ''],
  ])('%j → %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe('issuesToError', () => {
  const schema = z.strictObject({
    body: z.strictObject({ a: z.number('a must be a number'), b: z.string('b must be text'), list: z.array(z.number('each item must be a number')) }),
  });

  it('reports unknown fields as VPN.0013 with every path, before any other problem', () => {
    const result = schema.safeParse({ body: { a: 'x', extra: 1, more: 2 }, top: true });
    const error = issuesToError(result.error?.issues ?? []);
    expect(error).toMatchObject({ status: 400, code: 'VPN.0013' });
    expect(error.message).toMatch(/^Unsupported attribute: /);
    expect(error.message).toContain('body.extra');
    expect(error.message).toContain('body.more');
    expect(error.message).toContain('top');
  });

  it('reports schema problems as VPN.0001 "invalid request: <path>: <message>", at most five', () => {
    const result = schema.safeParse({ body: { a: 'x', b: 1, list: ['1', '2', '3', '4', '5'] } });
    const error = issuesToError(result.error?.issues ?? []);
    expect(error).toMatchObject({ status: 400, code: 'VPN.0001' });
    expect(error.message).toBe(
      'invalid request: body.a: a must be a number; body.b: b must be text; body.list[0]: each item must be a number; body.list[1]: each item must be a number; body.list[2]: each item must be a number (and 2 more problems)',
    );
  });
});

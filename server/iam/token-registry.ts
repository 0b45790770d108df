import { randomBytes } from 'node:crypto';
import { IAM_TOKEN_LIFETIME_MS } from '../../contract/iam.ts';
import type { Clock } from '../clock.ts';
import type { IssuedToken, MockIamProject, MockIamUser } from './iam-types.ts';

export type TokenVerdict =
  | { kind: 'valid'; token: IssuedToken }
  | { kind: 'expired'; token: IssuedToken }
  | { kind: 'unknown' };

// Keeps memory bounded when a long-running mock is signed into over and over.
const MAX_TOKENS = 10_000;

/** The tokens the mock IAM has issued: who, which project, until when. In memory only (tokens die with the mock). */
export class IamTokenRegistry {
  private readonly tokens = new Map<string, IssuedToken>();

  constructor(private readonly clock: Clock) {}

  issue(user: MockIamUser, project: MockIamProject, methods: string[] = ['password']): { value: string; token: IssuedToken } {
    const now = this.clock.now();
    this.dropExpired(now);
    if (this.tokens.size >= MAX_TOKENS) {
      const oldest = this.tokens.keys().next().value;
      if (oldest !== undefined) this.tokens.delete(oldest);
    }
    // Real IAM tokens are long opaque strings starting with "MII" (PKI); the mock's look alike.
    const value = `MII${randomBytes(96).toString('base64url')}`;
    const token: IssuedToken = { user, project, methods, issuedAtMs: now, expiresAtMs: now + IAM_TOKEN_LIFETIME_MS };
    this.tokens.set(value, token);
    return { value, token };
  }

  verify(value: string): TokenVerdict {
    const token = this.tokens.get(value);
    if (!token) return { kind: 'unknown' };
    return token.expiresAtMs <= this.clock.now() ? { kind: 'expired', token } : { kind: 'valid', token };
  }

  /** Control API: every issued token expires now (they stay known, so clients get "expired", not "unknown"). */
  expireAll(): number {
    const now = this.clock.now();
    let count = 0;
    for (const token of this.tokens.values()) {
      if (token.expiresAtMs > now) {
        token.expiresAtMs = now;
        count++;
      }
    }
    return count;
  }

  private dropExpired(now: number): void {
    for (const [value, token] of this.tokens) {
      // Kept for an hour after expiry so a client still hears "expired" rather than "unknown".
      if (token.expiresAtMs + 3_600_000 < now) this.tokens.delete(value);
    }
  }
}

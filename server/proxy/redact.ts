export const REDACTED_TOKEN = '[redacted]';

// IAM tokens are long PKI blobs starting with "MII"; catch them even where nobody told us they were secret.
const TOKEN_LIKE = /MII[A-Za-z0-9+/=_-]{16,}/g;
const HEADER_VALUE = /\b(x-auth-token|x-subject-token|authorization)(["']?\s*[:=]\s*["']?)[^\s"',;]+/gi;

/**
 * Removes credentials from a log line: the given secret values wherever they appear, any X-Auth-Token /
 * X-Subject-Token / Authorization header value, and anything shaped like an IAM token.
 */
export function redactSecrets(line: string, secrets: readonly (string | undefined)[] = []): string {
  let out = line;
  for (const secret of secrets) {
    // Short values (a test's "t") would blank out unrelated text and are no real token anyway.
    if (secret && secret.length >= 8) out = out.split(secret).join(REDACTED_TOKEN);
  }
  return out.replace(HEADER_VALUE, `$1$2${REDACTED_TOKEN}`).replace(TOKEN_LIKE, REDACTED_TOKEN);
}

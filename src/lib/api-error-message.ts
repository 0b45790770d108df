import { isApiError } from '@/lib/api-error';

export interface ApiErrorDescription {
  /** Short headline, e.g. "Cannot reach the API". */
  title: string;
  /** The API's own message (or ours for network and shape errors), in full. */
  message: string;
  /** What the admin can do next. */
  hint?: string;
  code?: string;
  requestId?: string;
}

const statusTitles: Record<number, string> = {
  400: 'The API rejected the request',
  404: 'Not found',
  409: 'Conflict with the current state',
  429: 'Too many requests',
};

/** Turns any thrown value into words for the admin: what failed, the API's message, code and request id. */
export function describeApiError(error: unknown): ApiErrorDescription {
  if (!isApiError(error)) {
    return { title: 'Something went wrong', message: error instanceof Error ? error.message : String(error) };
  }
  const common = { message: error.message, code: error.code, requestId: error.requestId };
  if (error.kind === 'network') return { ...common, title: 'Cannot reach the API' };
  if (error.kind === 'shape') {
    return {
      ...common,
      title: 'Unexpected response from the API',
      hint: 'Check that the API base URL in Settings points at an OTC VPN v5 endpoint.',
    };
  }
  if (error.status === 401) {
    return { ...common, title: 'The API did not accept the token', hint: 'Enter a valid IAM token in Settings.' };
  }
  if (error.status === 403) {
    return { ...common, title: 'Access denied', hint: 'Check the project ID and the token’s permissions in Settings.' };
  }
  if (error.status >= 500) {
    return { ...common, title: `The API failed (${error.status})`, hint: 'Try again; if it persists, quote the request ID to support.' };
  }
  return { ...common, title: statusTitles[error.status] ?? `The API answered ${error.status}` };
}

/** One line for notifications and live regions: "Title: message (code, request id …)". */
export function apiErrorSummary(error: unknown): string {
  const d = describeApiError(error);
  const refs = [d.code, d.requestId ? `request ID ${d.requestId}` : undefined].filter(Boolean).join(', ');
  // Network messages already start with the title ("Cannot reach the API at …"); do not say it twice.
  const text = d.message.startsWith(d.title) ? d.message : `${d.title}: ${d.message}`;
  return `${text}${refs ? ` (${refs})` : ''}`;
}

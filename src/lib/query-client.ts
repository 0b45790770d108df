import { notifications } from '@mantine/notifications';
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { apiErrorSummary } from '@/lib/api-error-message';
import { isApiError } from '@/lib/api-error';

export const BACKGROUND_ERROR_NOTICE_ID = 'background-refetch-error';

// Once the admin dismisses the notice it stays away until a refetch succeeds again.
let notice: 'none' | 'shown' | 'dismissed' = 'none';

/** Retries once for failures that may be transient (network, 5xx, 429); never for other 4xx or bad shapes. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 1) return false;
  if (!isApiError(error)) return false;
  return error.kind === 'network' || error.status >= 500 || error.status === 429;
}

function onBackgroundError(error: unknown) {
  if (notice !== 'none') return;
  notice = 'shown';
  notifications.show({
    id: BACKGROUND_ERROR_NOTICE_ID,
    color: 'yellow',
    title: 'Could not refresh; showing the last data received',
    message: apiErrorSummary(error),
    autoClose: false,
    withCloseButton: true,
    onClose: () => {
      if (notice === 'shown') notice = 'dismissed';
    },
  });
}

/** Hides the notice (a refetch succeeded, or the settings changed and old failures no longer matter). */
export function clearBackgroundErrorNotice(): void {
  if (notice === 'none') return;
  notice = 'none';
  notifications.hide(BACKGROUND_ERROR_NOTICE_ID);
}

/** The app's one QueryClient: polling and focus defaults, and a single notice for failed background refetches. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // A first load that fails has no data: the page shows the error in place, so no toast.
        if (query.state.data !== undefined) onBackgroundError(error);
      },
      onSuccess: clearBackgroundErrorNotice,
    }),
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        refetchOnWindowFocus: true,
        refetchIntervalInBackground: false,
        retry: shouldRetry,
      },
      mutations: { retry: false },
    },
  });
}

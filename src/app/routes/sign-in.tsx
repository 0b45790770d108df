import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useCallback, type ReactElement } from 'react';
import { afterSignIn } from '@/app/routes/sign-in-search';
import { PageHeader } from '@/components/page-header';
import { SignInPanel } from '@/features/auth/components/sign-in-panel';
import { useConsoleConfig } from '@/lib/console-config';

const route = getRouteApi('/sign-in');

/**
 * IAM sign-in; afterwards back to the page the admin came from (?redirect=…). The explicit return type keeps
 * the router's type from depending on this body (route.useSearch() depends on the router: a type cycle).
 */
export function SignInRoute(): ReactElement {
  const search = route.useSearch();
  const navigate = useNavigate();
  const config = useConsoleConfig();
  const onSignedIn = useCallback(() => void navigate({ href: afterSignIn(search), replace: true }), [navigate, search]);
  const where = config.mode === 'proxy' ? `Open Telekom Cloud ${config.region ?? ''}`.trim() : 'the mock OTC API';
  return (
    <>
      <PageHeader title="Sign in" description={`Get a project-scoped IAM token for ${where}.`} />
      <SignInPanel onSignedIn={onSignedIn} mock={config.mode === 'mock'} expired={search.reason === 'expired'} />
    </>
  );
}

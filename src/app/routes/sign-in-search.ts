import { z } from 'zod';
import { paths } from '@/config/paths';

// Only a path on this console: an absolute or protocol-relative URL here would be an open redirect.
const localHref = z
  .string()
  .refine((href) => href.startsWith('/') && !href.startsWith('//') && !href.startsWith('/\\') && !href.startsWith(paths.signIn.path), {
    message: 'not a page of this console',
  });

/** ?redirect=/vpn-gateways&reason=expired: where to go after sign-in, and why the admin is here. */
export const signInSearchSchema = z.object({
  redirect: localHref.optional().catch(undefined),
  reason: z.enum(['expired', 'signed-out']).optional().catch(undefined),
});
export type SignInSearch = z.infer<typeof signInSearchSchema>;

/** Where to land after signing in. */
export function afterSignIn(search: SignInSearch): string {
  return search.redirect ?? paths.vpnConnections.href();
}

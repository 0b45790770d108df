import { zodResolver } from '@hookform/resolvers/zod';
import { Button, PasswordInput, Stack } from '@mantine/core';
import { pastedTokenFormSchema } from '@contract/iam';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { signInWithToken } from '@/features/auth/api/iam-client';
import { useSignIn } from '@/features/auth/api/use-sign-in';
import { SignInError } from '@/features/auth/components/sign-in-error';
import type { AuthSession } from '@/lib/auth-session';

/** Props of the pasted-token sign-in form. */
export interface TokenSignInProps {
  onSignedIn: (session: AuthSession) => void;
}

const signInWithPastedToken = (values: z.output<typeof pastedTokenFormSchema>) => signInWithToken(values.token);

/** A token obtained elsewhere (CLI, another tool): IAM is asked for its project and expiry before use. */
export function TokenSignIn({ onSignedIn }: TokenSignInProps) {
  const form = useForm({ resolver: zodResolver(pastedTokenFormSchema), mode: 'onTouched', defaultValues: { token: '' } });
  const { run, pending, error } = useSignIn(signInWithPastedToken, onSignedIn);

  return (
    <form onSubmit={(e) => void form.handleSubmit(run)(e)} noValidate aria-label="Sign in with a token">
      <Stack gap="sm">
        <PasswordInput
          label="Token"
          description="A project-scoped IAM token (the X-Subject-Token of POST /v3/auth/tokens). Kept only for this browser session."
          withAsterisk
          autoComplete="off"
          error={form.formState.errors.token?.message}
          {...form.register('token')}
        />
        <SignInError error={error} />
        <Button type="submit" loading={pending}>
          Use this token
        </Button>
      </Stack>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { signInFormSchema, type SignInForm } from '@contract/iam';
import { useForm } from 'react-hook-form';
import { signInWithPassword } from '@/features/auth/api/iam-client';
import { useSignIn } from '@/features/auth/api/use-sign-in';
import { SignInError } from '@/features/auth/components/sign-in-error';
import type { AuthSession } from '@/lib/auth-session';

/** Props of the IAM user sign-in form. */
export interface PasswordSignInProps {
  onSignedIn: (session: AuthSession) => void;
  /** Pre-filled account and project (e.g. from the last session); never the password. */
  defaults?: Partial<Pick<SignInForm, 'userName' | 'domainName' | 'project'>>;
}

/** IAM user name, password, account (domain) and project → a project-scoped token. */
export function PasswordSignIn({ onSignedIn, defaults }: PasswordSignInProps) {
  const form = useForm<SignInForm>({
    resolver: zodResolver(signInFormSchema),
    mode: 'onTouched',
    defaultValues: { userName: '', password: '', domainName: '', project: '', ...defaults },
  });
  const { run, pending, error } = useSignIn(signInWithPassword, onSignedIn);
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit(async (values) => {
    const ok = await run(values);
    // The password is used for this one request only: it leaves the form whatever the outcome.
    form.resetField('password', { defaultValue: '' });
    if (!ok) form.setFocus('password');
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Sign in with an IAM user">
      <Stack gap="sm">
        <TextInput label="User name" description="IAM user name" withAsterisk autoComplete="username" spellCheck={false} error={errors.userName?.message} {...form.register('userName')} />
        <PasswordInput label="Password" withAsterisk autoComplete="current-password" error={errors.password?.message} {...form.register('password')} />
        <TextInput
          label="Account (domain)"
          description="The account name shown under My Credentials, e.g. OTC-EU-DE-00000000001000000001"
          withAsterisk
          autoComplete="organization"
          spellCheck={false}
          error={errors.domainName?.message}
          {...form.register('domainName')}
        />
        <TextInput
          label="Project"
          description="Project name (e.g. eu-de or eu-de_myproject) or its 32-character ID"
          withAsterisk
          autoComplete="off"
          spellCheck={false}
          error={errors.project?.message}
          {...form.register('project')}
        />
        <SignInError error={error} />
        <Button type="submit" loading={pending}>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}

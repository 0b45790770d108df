import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SignInPanel } from '@/features/auth/components/sign-in-panel';
import { endAuthSession, getAuthSession } from '@/lib/auth-session';
import { getConnectionSettings, resetConnectionSettings } from '@/lib/connection-settings';
import { renderWithProviders } from '@/testing/render';

const fetchMock = vi.fn<typeof fetch>();
const TOKEN = 'MIIsigned-in-token-0123456789';
const PASSWORD = 'S3cret-Passw0rd!';
const ok = () =>
  new Response(
    JSON.stringify({
      token: {
        expires_at: '2026-11-23T10:00:00.000000Z',
        issued_at: '2026-11-22T10:00:00.000000Z',
        user: { name: 'alice', domain: { name: 'ACME' } },
        project: { id: 'f00dfeedf00dfeedf00dfeedf00dfeed', name: 'eu-de_prod' },
      },
    }),
    { status: 201, headers: { 'Content-Type': 'application/json', 'X-Subject-Token': TOKEN } },
  );

beforeEach(() => {
  resetConnectionSettings();
  endAuthSession();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

async function fillPasswordForm() {
  await userEvent.type(screen.getByLabelText(/User name/), 'alice');
  await userEvent.type(screen.getByLabelText(/^Password/), PASSWORD);
  await userEvent.type(screen.getByLabelText(/Account \(domain\)/), 'ACME');
  await userEvent.type(screen.getByLabelText(/^Project/), 'eu-de_prod');
}

const storageText = () => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage });

describe('SignInPanel', () => {
  it('says which field is missing and sends nothing', async () => {
    renderWithProviders(<SignInPanel onSignedIn={vi.fn()} mock={false} />);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter the IAM user name')).toBeInTheDocument();
    expect(screen.getByText('Enter the project name (e.g. eu-de) or its 32-character ID')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('signs in, starts the session with the token project, and keeps the password nowhere', async () => {
    fetchMock.mockResolvedValue(ok());
    const onSignedIn = vi.fn();
    renderWithProviders(<SignInPanel onSignedIn={onSignedIn} mock={false} />);
    await fillPasswordForm();
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(expect.objectContaining({ projectName: 'eu-de_prod' })));
    expect(getConnectionSettings()).toMatchObject({ token: TOKEN, projectId: 'f00dfeedf00dfeedf00dfeedf00dfeed' });
    expect(getAuthSession()).toMatchObject({ userName: 'alice', expiresAt: '2026-11-23T10:00:00.000000Z' });
    expect(storageText()).not.toContain(PASSWORD);
    expect(screen.getByLabelText(/^Password/)).toHaveValue('');
  });

  it("shows IAM's answer when sign-in fails and empties the password field", async () => {
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify({ error: { code: 401, message: 'The username or password is wrong.', title: 'Unauthorized' } }), { status: 401 }),
    );
    renderWithProviders(<SignInPanel onSignedIn={vi.fn()} mock={false} />);
    await fillPasswordForm();
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Sign-in failed');
    expect(alert).toHaveTextContent('The username or password is wrong.');
    expect(alert).toHaveTextContent('Check the user name, password, account (domain) and project');
    expect(screen.getByLabelText(/^Password/)).toHaveValue('');
    expect(getAuthSession()).toBeNull();
  });

  it('accepts a pasted token after IAM confirmed its project and expiry', async () => {
    fetchMock.mockResolvedValue(ok());
    const onSignedIn = vi.fn();
    renderWithProviders(<SignInPanel onSignedIn={onSignedIn} mock={false} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Token' }));
    await userEvent.type(screen.getByLabelText(/^Token/, { selector: 'input[type="password"]' }), TOKEN);
    await userEvent.click(screen.getByRole('button', { name: 'Use this token' }));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    expect(getAuthSession()).toMatchObject({ method: 'token', projectId: 'f00dfeedf00dfeedf00dfeedf00dfeed' });
  });

  it('explains why the admin is back, and shows the mock user on the mock', () => {
    renderWithProviders(<SignInPanel onSignedIn={vi.fn()} mock expired />);
    expect(screen.getByText('Your session has ended')).toBeInTheDocument();
    expect(screen.getByText(/This server is the mock: sign in as/)).toHaveTextContent('vpn-admin');
  });
});

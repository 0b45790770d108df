import { goldenClassic, goldenV5 } from '@contract/device-config/golden-fixtures';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConfigureDeviceButton } from '@/features/device-config/components/configure-device-button';
import { renderWithProviders } from '@/testing/render';

const text = () => screen.getByTestId('device-config-text').textContent ?? '';

describe('Configure customer device', () => {
  const created: Blob[] = [];
  beforeEach(() => {
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn((b: Blob) => (created.push(b), 'blob:x')), revokeObjectURL: vi.fn() }));
  });
  afterEach(() => {
    created.length = 0;
    vi.unstubAllGlobals();
  });

  it('shows the mirrored strongSwan config with a PSK placeholder by default', async () => {
    renderWithProviders(<ConfigureDeviceButton source={{ kind: 'v5', input: goldenV5.static }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Configure customer device' }));
    expect(text()).toContain('local_addrs = 88.99.1.164');
    expect(text()).toContain('remote_addrs = 80.158.10.11');
    expect(text()).toContain('secret = "<PRE-SHARED-KEY>"');
    expect(screen.getByRole('switch', { name: /Include the pre-shared key/ })).not.toBeChecked();
  });

  it('includes the key only after the admin switches it on and types it, and forgets it on close', async () => {
    renderWithProviders(<ConfigureDeviceButton source={{ kind: 'v5', input: goldenV5.static }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Configure customer device' }));
    await userEvent.click(screen.getByRole('switch', { name: /Include the pre-shared key/ }));
    await userEvent.click(screen.getByLabelText(/^Pre-shared key/));
    await userEvent.paste('Abcd1234!x');
    expect(text()).toContain('secret = "Abcd1234!x"');
    await userEvent.keyboard('{Escape}');
    await userEvent.click(screen.getByRole('button', { name: 'Configure customer device' }));
    expect(text()).toContain('<PRE-SHARED-KEY>');
    expect(window.sessionStorage.length + window.localStorage.length).toBe(0);
  });

  it('switches vendors, shows their warnings and downloads the text as a file', async () => {
    renderWithProviders(<ConfigureDeviceButton source={{ kind: 'v5', input: goldenV5.bgp }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Configure customer device' }));
    await userEvent.click(screen.getByRole('combobox', { name: 'Device' }));
    await userEvent.click(screen.getByRole('option', { name: 'Cisco IOS / IOS-XE' }));
    expect(text()).toContain('neighbor 169.254.56.225 remote-as 64512');
    expect(screen.getByText(/IKEv2 SA lifetimes of 120–86400 s, not 172800 s/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Download otc-vpn-1655-cisco-ios.txt/ }));
    expect(await created[0]?.text()).toContain('crypto ikev2 profile otc-vpn-1655');
  });

  it('generates for classic connections too', async () => {
    renderWithProviders(<ConfigureDeviceButton source={{ kind: 'classic', input: goldenClassic }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Configure customer device' }));
    expect(text()).toContain('version = 1');
    expect(text()).toContain('local_ts = 172.16.10.0/24, 172.16.11.0/24');
  });

  it('waits while the connection is loading', () => {
    renderWithProviders(<ConfigureDeviceButton source={undefined} />);
    expect(screen.getByRole('button', { name: 'Configure customer device' })).toBeDisabled();
  });
});

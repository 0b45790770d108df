import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { GuardedButton } from '@/components/guarded-button';
import { renderWithProviders } from '@/testing/render';

describe('GuardedButton', () => {
  it('acts when there is no reason against it', async () => {
    const onClick = vi.fn();
    renderWithProviders(<GuardedButton onClick={onClick}>Create</GuardedButton>);
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('stays focusable but inert when disabled, and explains why to every user', async () => {
    const onClick = vi.fn();
    renderWithProviders(<GuardedButton onClick={onClick} disabledReason="The quota of 50 VPN gateways is used up.">Create</GuardedButton>);
    const button = screen.getByRole('button', { name: 'Create' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription('The quota of 50 VPN gateways is used up.');
    await userEvent.tab();
    expect(button).toHaveFocus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('The quota of 50 VPN gateways is used up.');
    await userEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });
});

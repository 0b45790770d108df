import { v5PskSchema } from '@contract/common';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FormProvider, useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { PskField } from '@/components/form-fields/psk-field';

interface Values {
  psk: string;
  confirm: string;
}

function Host() {
  const form = useForm<Values>({ defaultValues: { psk: '', confirm: '' } });
  return (
    <FormProvider {...form}>
      <PskField<Values> name="psk" confirmName="confirm" hint="Shared secret" />
    </FormProvider>
  );
}

describe('PskField', () => {
  it('is masked with a labelled reveal control and ticks each rule as it is met', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<Host />);
    const psk = screen.getByLabelText(/^Pre-shared key \(PSK\)/);
    expect(psk).toHaveAttribute('type', 'password');
    expect(psk).toHaveAccessibleDescription('Shared secret');
    const list = screen.getByRole('list', { name: 'Pre-shared key rules' });
    expect(list.querySelectorAll('[data-ok="true"]')).toHaveLength(0);
    await user.type(psk, 'abcdefgh');
    expect(list).toHaveTextContent('8 to 128 characters (met)');
    expect(list).toHaveTextContent('(1 of 4 so far) (not met yet)');
    await user.type(psk, 'A1');
    expect(list.querySelectorAll('[data-ok="true"]')).toHaveLength(3);
    await user.click(screen.getAllByRole('button', { name: /show or hide pre-shared key/i })[0] as HTMLElement);
    expect(psk).toHaveAttribute('type', 'text');
  });

  it('generates a valid key into both fields and reveals it', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<Host />);
    await user.click(screen.getByRole('button', { name: 'Generate a strong key' }));
    const value = (screen.getByLabelText(/^Pre-shared key \(PSK\)/) as HTMLInputElement).value;
    expect(v5PskSchema.safeParse(value).success).toBe(true);
    expect(screen.getByLabelText(/^Confirm pre-shared key/)).toHaveValue(value);
    expect(screen.getByLabelText(/^Confirm pre-shared key/)).toHaveAttribute('type', 'text');
  });
});

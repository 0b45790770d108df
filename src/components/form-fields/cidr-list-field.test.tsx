import { zodResolver } from '@hookform/resolvers/zod';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm, useWatch } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { renderWithProviders } from '@/testing/render';
import { CidrListField } from '@/components/form-fields/cidr-list-field';

const schema = z.object({ subnets: z.array(z.string().regex(/^\d+\.\d+\.\d+\.\d+\/\d+$/, 'Write it like 10.0.0.0/24')).max(3, 'At most 3') });
type Values = z.infer<typeof schema>;

function Host() {
  const { control } = useForm<Values>({ resolver: zodResolver(schema), mode: 'onTouched', defaultValues: { subnets: [''] } });
  const subnets = useWatch({ control, name: 'subnets' });
  return (
    <>
      <CidrListField control={control} name="subnets" label="Subnets" itemLabel="Subnet" hint="The networks" max={3} />
      <pre data-testid="values">{JSON.stringify(subnets)}</pre>
    </>
  );
}

const values = (): unknown => JSON.parse(screen.getByTestId('values').textContent ?? 'null');

describe('CidrListField', () => {
  it('fills several rows from one paste and counts them', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<Host />);
    await user.click(screen.getByRole('textbox', { name: 'Subnet 1' }));
    await user.paste('10.0.0.0/24\n10.0.1.0/24, 10.0.2.0/24');
    expect(values()).toEqual(['10.0.0.0/24', '10.0.1.0/24', '10.0.2.0/24']);
    expect(screen.getByText('3 of 3 used')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Subnet 3' })).toHaveFocus();
  });

  it('adds and removes rows with labelled buttons, focusing the new row', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<Host />);
    expect(screen.getByRole('button', { name: 'Remove subnet 1' })).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'Subnet 1' }), '10.0.0.0/24');
    await user.click(screen.getByRole('button', { name: 'Add subnet' }));
    expect(screen.getByRole('textbox', { name: 'Subnet 2' })).toHaveFocus();
    await user.type(screen.getByRole('textbox', { name: 'Subnet 2' }), '10.0.9.0/24');
    await user.click(screen.getByRole('button', { name: 'Remove subnet 1' }));
    expect(values()).toEqual(['10.0.9.0/24']);
  });

  it('shows a row’s error on that row', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<Host />);
    await user.click(screen.getByRole('textbox', { name: 'Subnet 1' }));
    await user.paste('10.0.0.0/24 bad');
    await user.tab();
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Subnet 2' })).toHaveAccessibleDescription('Write it like 10.0.0.0/24'));
    expect(screen.getByRole('textbox', { name: 'Subnet 1' })).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the list’s error under the list and marks the first row', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<Host />);
    await user.click(screen.getByRole('textbox', { name: 'Subnet 1' }));
    await user.paste('10.0.0.0/24 10.0.1.0/24 10.0.2.0/24 10.0.3.0/24');
    await user.tab();
    expect(await screen.findByText('At most 3')).toBeInTheDocument();
    expect(screen.getByText('4 of 3 used')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Subnet 1' })).toHaveAttribute('aria-invalid', 'true');
  });
});

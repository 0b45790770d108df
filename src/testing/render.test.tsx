import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from '@tanstack/react-router';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, renderWithRouter } from './render';

function FailingQuery() {
  const query = useQuery({ queryKey: ['boom'], queryFn: () => Promise.reject(new Error('gateway unreachable')) });
  return <p>{query.isError ? `Error: ${query.error.message}` : 'loading'}</p>;
}

function Here() {
  const location = useLocation();
  return (
    <>
      <p>at {location.pathname}</p>
      <Link to="/">home</Link>
    </>
  );
}

describe('renderWithProviders', () => {
  it('shows a query error on the first failure (no retries)', async () => {
    renderWithProviders(<FailingQuery />);
    expect(await screen.findByText('Error: gateway unreachable')).toBeInTheDocument();
  });

  it('renders Mantine components and lets a user pick a Select option', async () => {
    renderWithProviders(<Select label="Style" data={['static', 'policy', 'bgp']} />);
    await userEvent.click(screen.getByRole('combobox', { name: 'Style' }));
    await userEvent.click(screen.getByRole('option', { name: 'bgp' }));
    expect(screen.getByRole('combobox', { name: 'Style' })).toHaveValue('bgp');
  });
});

describe('renderWithRouter', () => {
  it('renders the UI at the given path with working links', async () => {
    await renderWithRouter(<Here />, { path: '/vpn-connections' });
    expect(screen.getByText('at /vpn-connections')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'home' }));
    expect(await screen.findByText('at /')).toBeInTheDocument();
  });
});

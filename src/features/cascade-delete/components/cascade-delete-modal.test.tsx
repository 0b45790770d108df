import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CascadeDeleteModal, type CascadeBlocker } from '@/features/cascade-delete/components/cascade-delete-modal';
import { resetConnectionSettings } from '@/lib/connection-settings';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';

const blocker = (id: string, name: string): CascadeBlocker => ({ id, name, path: (p) => `/v5/${p}/vpn-connection/${id}` });
const target = { id: 'cgw-1', kind: 'customer gateway', name: 'branch-fw', path: (p: string) => `/v5/${p}/customer-gateways/cgw-1`, waitUntilGone: false };
const gone = { status: 404, body: { error_code: 'VPN.0004', error_msg: 'resource not found', request_id: 'r' } };

// Like the pages: when a run ends they refetch, and the connections in the way disappear from the props.
function Harness({ initial, onClose, onFinished }: { initial: CascadeBlocker[]; onClose: (deleted: boolean) => void; onFinished: (deleted: boolean) => void }) {
  const [blockers, setBlockers] = useState(initial);
  const finished = (deleted: boolean) => {
    if (deleted) setBlockers([]);
    onFinished(deleted);
  };
  return <CascadeDeleteModal opened target={target} blockers={blockers} onClose={onClose} onFinished={finished} pollMs={0} />;
}

function renderModal(blockers: CascadeBlocker[]) {
  const onClose = vi.fn();
  const onFinished = vi.fn();
  renderWithProviders(<Harness initial={blockers} onClose={onClose} onFinished={onFinished} />);
  return { onClose, onFinished };
}

// Pasting is what an admin copying the phrase does, and keeps the test fast.
async function typeInto(input: HTMLElement, text: string) {
  await userEvent.click(input);
  await userEvent.paste(text);
}

beforeEach(() => resetConnectionSettings());
afterEach(() => vi.unstubAllGlobals());

describe('CascadeDeleteModal', () => {
  it('lists the connections in the way and needs both steps typed before it deletes anything', async () => {
    const { sent } = mockFetch([]);
    renderModal([blocker('c1', 'site-a'), blocker('c2', 'site-b')]);
    const dialog = screen.getByRole('dialog', { name: 'Delete customer gateway branch-fw' });
    expect(within(dialog).getByText('2 connections use this customer gateway')).toBeInTheDocument();
    const inTheWay = within(dialog).getByRole('list', { name: 'Connections in the way' });
    expect(within(inTheWay).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['site-a', 'site-b']);

    const go = within(dialog).getByRole('button', { name: 'Delete 2 connections, then the customer gateway' });
    expect(go).toBeDisabled();
    await typeInto(within(dialog).getByLabelText(/Step 1: delete the 2 connections/), 'delete 2 connections');
    expect(go).toBeDisabled();
    await typeInto(within(dialog).getByLabelText(/Step 2: delete the customer gateway/), 'branch-fw');
    expect(go).toBeEnabled();
    expect(sent).toHaveLength(0);
  });

  it('says what to type when the phrase is wrong', async () => {
    mockFetch([]);
    renderModal([]);
    await typeInto(screen.getByLabelText(/Delete the customer gateway/), 'Branch-fw');
    expect(screen.getByText('Type exactly branch-fw')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete customer gateway' })).toBeDisabled();
  });

  it('deletes the connections, waits until they are gone, then deletes the target, reporting each item', async () => {
    const { sent } = mockFetch([
      { method: 'DELETE', path: '/vpn-connection/', reply: { status: 204 } },
      { method: 'GET', path: '/vpn-connection/', reply: gone },
      { method: 'DELETE', path: '/customer-gateways/cgw-1', reply: { status: 204 } },
    ]);
    const { onFinished, onClose } = renderModal([blocker('c1', 'site-a'), blocker('c2', 'site-b')]);
    await typeInto(screen.getByLabelText(/Step 1/), 'delete 2 connections');
    await typeInto(screen.getByLabelText(/Step 2/), 'branch-fw');
    await userEvent.click(screen.getByRole('button', { name: /^Delete 2 connections/ }));

    expect(await screen.findByText('customer gateway branch-fw and 2 connections are deleted.')).toBeInTheDocument();
    const results = within(screen.getByRole('list', { name: 'Deletion results' })).getAllByRole('listitem');
    expect(results.map((r) => r.querySelector('p')?.textContent)).toEqual([
      'VPN connection site-a: Deleted',
      'VPN connection site-b: Deleted',
      'customer gateway branch-fw: Deleted',
    ]);
    const deletes = sent.filter((r) => r.method === 'DELETE').map((r) => r.path.split('/').slice(-2).join('/'));
    expect(deletes).toEqual(['vpn-connection/c1', 'vpn-connection/c2', 'customer-gateways/cgw-1']);
    // The target's DELETE comes after both connections were seen gone.
    const order = sent.map((r) => `${r.method} ${r.path.split('/').pop()}`);
    expect(order.lastIndexOf('GET c2')).toBeLessThan(order.indexOf('DELETE cgw-1'));
    expect(onFinished).toHaveBeenCalledWith(true);
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledWith(true);
  });

  it('stops before the target when a connection is refused, and shows why', async () => {
    const { sent } = mockFetch([
      { method: 'DELETE', path: '/vpn-connection/c1', reply: { status: 400, body: { error_code: 'VPN.0001', error_msg: 'invalid request: ILLEGAL not allowed delete vpnConnection', request_id: 'r' } } },
    ]);
    const { onFinished } = renderModal([blocker('c1', 'frozen-site')]);
    await typeInto(screen.getByLabelText(/Step 1/), 'delete 1 connection');
    await typeInto(screen.getByLabelText(/Step 2/), 'branch-fw');
    await userEvent.click(screen.getByRole('button', { name: 'Delete 1 connection, then the customer gateway' }));

    expect(await screen.findByText('The customer gateway was not deleted')).toBeInTheDocument();
    expect(screen.getByText('VPN connection frozen-site: Failed')).toBeInTheDocument();
    expect(screen.getByText(/ILLEGAL not allowed delete vpnConnection/)).toBeInTheDocument();
    expect(screen.getByText('customer gateway branch-fw: Not deleted')).toBeInTheDocument();
    expect(sent.some((r) => r.path.includes('/customer-gateways/'))).toBe(false);
    expect(onFinished).toHaveBeenCalledWith(false);
  });
});

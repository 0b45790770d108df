import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { StatusAnnouncer, describeStatusChanges } from '@/components/status-announcer';
import { renderWithProviders } from '@/testing/render';

const a = { id: '1', name: 'site-a', status: 'PENDING_CREATE' };
const b = { id: '2', name: 'site-b', status: 'ACTIVE' };

describe('describeStatusChanges', () => {
  it('says nothing for the first load or when nothing changed', () => {
    expect(describeStatusChanges('VPN connection', undefined, [a])).toEqual([]);
    expect(describeStatusChanges('VPN connection', [a, b], [{ ...a }, { ...b }])).toEqual([]);
  });

  it('names status changes, additions and removals in readable labels', () => {
    expect(describeStatusChanges('VPN connection', [a, b], [{ ...a, status: 'DOWN' }, { id: '3', name: 'site-c', status: 'PENDING_CREATE' }])).toEqual([
      'VPN connection site-a is now Not connected (was Creating)',
      'VPN connection site-c added: Creating',
      'VPN connection site-b removed',
    ]);
  });

  it('summarises many changes at once', () => {
    const before = Array.from({ length: 5 }, (_, i) => ({ id: `${i}`, name: `c${i}`, status: 'PENDING_CREATE' }));
    const after = before.map((c) => ({ ...c, status: 'DOWN' }));
    expect(describeStatusChanges('VPN connection', before, after)).toEqual([
      '5 VPN connection changes; the table shows the current state',
    ]);
  });
});

// Polling replaces the data; the harness's button stands in for a refetch that brings a new status.
function Harness() {
  const [items, setItems] = useState([a]);
  return (
    <>
      <button type="button" onClick={() => setItems([{ ...a, status: 'DOWN' }])}>
        poll
      </button>
      <StatusAnnouncer noun="VPN connection" items={items} />
    </>
  );
}

describe('StatusAnnouncer', () => {
  it('announces a change through a polite live region', async () => {
    renderWithProviders(<Harness />);
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toBeEmptyDOMElement();
    await userEvent.click(screen.getByRole('button', { name: 'poll' }));
    expect(region).toHaveTextContent('VPN connection site-a is now Not connected (was Creating).');
  });
});

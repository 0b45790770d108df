import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CustomerGatewayTable } from '@/features/customer-gateways/components/customer-gateway-table';
import { renderWithRouter } from '@/testing/render';

describe('CustomerGatewayTable', () => {
  it('links each customer gateway and shows its address, ASN and how many connections use it', async () => {
    await renderWithRouter(
      <CustomerGatewayTable
        customerGateways={[
          { id: 'c1', name: 'hq-fw', id_value: '203.0.113.10', bgp_asn: 65001 },
          { id: 'c2', name: 'lte-backup', id_value: '203.0.113.200' },
        ]}
        connectionCounts={new Map([['c1', 2]])}
      />,
    );
    const [, hq, lte] = within(screen.getByRole('table', { name: 'Customer gateways' })).getAllByRole('row');
    expect(within(hq!).getByRole('link', { name: 'hq-fw' })).toHaveAttribute('href', '/customer-gateways/c1');
    expect(hq).toHaveTextContent('203.0.113.10');
    expect(hq).toHaveTextContent('65001');
    expect(within(hq!).getAllByRole('cell')[2]).toHaveTextContent('2');
    expect(within(lte!).getAllByRole('cell')[1]).toHaveTextContent('—');
    expect(within(lte!).getAllByRole('cell')[2]).toHaveTextContent('none');
  });
});

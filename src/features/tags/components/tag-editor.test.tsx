import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_PROJECT_ID } from '@/config/env-defaults';
import { TagEditor } from '@/features/tags/components/tag-editor';
import { resetConnectionSettings } from '@/lib/connection-settings';
import { renderWithProviders } from '@/testing/render';

const ID = '7d3c1b0e-2f4a-4c5d-8e9f-0a1b2c3d4e01';

/** The tags API of one connection, in memory, recording what was posted. */
function stubTagsApi(initial: { key: string; value: string }[]) {
  let tags = [...initial];
  const posted: { path: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = new URL(String(input), 'http://console.test').pathname;
    if (init?.method === 'POST') {
      const body = JSON.parse(String(init.body)) as { tags: { key: string; value?: string }[] };
      posted.push({ path, body });
      const keys = body.tags.map((t) => t.key);
      tags = tags.filter((t) => !keys.includes(t.key));
      if (path.endsWith('/tags/create')) tags.push(...body.tags.map((t) => ({ key: t.key, value: t.value ?? '' })));
      return new Response(null, { status: 204 });
    }
    return Response.json({ tags });
  }));
  return posted;
}

afterEach(() => {
  vi.unstubAllGlobals();
  resetConnectionSettings();
});

describe('TagEditor', () => {
  it('lists, adds, replaces and removes tags through the tags API, telling the page each time', async () => {
    const posted = stubTagsApi([{ key: 'env', value: 'prod' }]);
    const onChanged = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<TagEditor resourceType="vpn-connection" id={ID} name="vpn-hq" onChanged={onChanged} />);
    await user.click(screen.getByRole('button', { name: 'Edit tags' }));
    const table = await screen.findByRole('table', { name: 'Tags of vpn-hq' });
    expect(within(table).getByText('prod')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: /^Key/ }), 'owner');
    await user.type(screen.getByRole('textbox', { name: /^Value/ }), 'netops');
    await user.click(screen.getByRole('button', { name: 'Add tag' }));
    expect(await within(table).findByText('netops')).toBeInTheDocument();
    expect(posted.at(-1)).toEqual({ path: `/v5/${DEMO_PROJECT_ID}/vpn-connection/${ID}/tags/create`, body: { tags: [{ key: 'owner', value: 'netops' }] } });
    expect(screen.getByRole('textbox', { name: /^Key/ })).toHaveValue('');

    // An existing key gets the new value.
    await user.type(screen.getByRole('textbox', { name: /^Key/ }), 'env');
    await user.type(screen.getByRole('textbox', { name: /^Value/ }), 'stage');
    await user.click(screen.getByRole('button', { name: 'Replace value' }));
    expect(await within(table).findByText('stage')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove tag owner' }));
    await waitFor(() => expect(within(table).queryByText('netops')).not.toBeInTheDocument());
    expect(posted.at(-1)?.body).toEqual({ tags: [{ key: 'owner' }] });
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(3));
  });

  it("says what is wrong with a key in the contract's words, and sends nothing", async () => {
    const posted = stubTagsApi([]);
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<TagEditor resourceType="vpn-gateway" id={ID} name="vpngw-fra" />);
    await user.click(screen.getByRole('button', { name: 'Edit tags' }));
    expect(await screen.findByText('vpngw-fra has no tags yet.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /^Key/ }), 'cost/center');
    await user.click(screen.getByRole('button', { name: 'Add tag' }));
    expect(await screen.findByText(/A tag key may contain only letters/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Key/ })).toHaveValue('cost/center');
    expect(posted).toEqual([]);
  });
});

import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { container, fakeFetch, page, storeSession } from '../testing/fakes';
import { renderApp } from '../testing/renderApp';

function regionsInOrder(): string[] {
  return screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[2].textContent ?? '');
}

describe('ContainersPage', () => {
  async function show() {
    storeSession();
    const { fetch } = fakeFetch({
      'GET /api/registry/containers': page([
        container({ region: 'eu-west', gpuModel: 'H100_SXM', priceUsdPerGpuHour: 2.5, status: 'SERVING' }),
        container({ region: 'us-east', gpuModel: 'A100', priceUsdPerGpuHour: 10.25, status: 'STANDBY' }),
        container({ region: 'ap-south', gpuModel: 'H100_SXM', priceUsdPerGpuHour: 2.45, status: 'OFFLINE' }),
      ]),
    });
    renderApp(fetch, '#/containers');
    await screen.findByRole('table');
  }

  it('sorts by a column, and the other way on a second click', async () => {
    await show();

    const price = screen.getByRole('button', { name: /price/i });
    fireEvent.click(price);
    expect(regionsInOrder()).toEqual(['ap-south', 'eu-west', 'us-east']);
    expect(screen.getByRole('columnheader', { name: /price/i })).toHaveAttribute('aria-sort', 'ascending');

    fireEvent.click(price);
    expect(regionsInOrder()).toEqual(['us-east', 'eu-west', 'ap-south']);
    expect(screen.getByRole('columnheader', { name: /price/i })).toHaveAttribute('aria-sort', 'descending');
  });

  it('filters by GPU model and state, and clears the filters', async () => {
    await show();

    fireEvent.change(screen.getByLabelText('GPU model'), { target: { value: 'H100_SXM' } });
    expect(regionsInOrder()).toHaveLength(2);
    expect(screen.getByText('2 of 3 containers')).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('State'), { target: { value: 'STANDBY' } });
    expect(screen.getByText(/no container matches these filters/i)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: /clear filters/i }));
    expect(regionsInOrder()).toHaveLength(3);
  });
});

import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { chunk } from '../../../pages';
import { ChunkedPage } from '../components/ChunkedPage';
import { RouteErrorPage } from '../components/RouteErrorPage';

function TeamStandIn() {
  return <h1>Team</h1>;
}

/** A chunk whose download the test finishes (or fails) when it wants. */
function controlledChunk() {
  let finish: (outcome: { page: typeof TeamStandIn } | { error: Error }) => void = () => undefined;
  const page = chunk(
    () =>
      new Promise((resolve, reject) => {
        finish = (outcome) => ('page' in outcome ? resolve(outcome.page) : reject(outcome.error));
      }),
  );
  return { page, finish: (outcome: Parameters<typeof finish>[0]) => finish(outcome) };
}

function renderPage(page: ReturnType<typeof chunk>) {
  const router = createMemoryRouter([{ path: '/', element: <ChunkedPage page={page} />, errorElement: <RouteErrorPage /> }]);
  return render(<RouterProvider router={router} />);
}

describe('ChunkedPage', () => {
  it('says the page is loading until its chunk is here, then shows it', async () => {
    const { page, finish } = controlledChunk();
    renderPage(page);

    expect(screen.getByRole('status').textContent).toBe('Loading page…');
    finish({ page: TeamStandIn });

    expect(await screen.findByRole('heading', { level: 1, name: 'Team' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows a page whose chunk was preloaded in its first render, with no loading state', async () => {
    const { page, finish } = controlledChunk();
    const preloaded = page.load();
    finish({ page: TeamStandIn });
    await preloaded;

    renderPage(page);

    expect(screen.getByRole('heading', { level: 1, name: 'Team' })).toBeTruthy();
  });

  it('shows the error page when the chunk cannot be downloaded, and downloads again when asked', async () => {
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { page, finish } = controlledChunk();
      renderPage(page);

      finish({ error: new Error('Failed to fetch dynamically imported module') });

      expect(await screen.findByText('Something went wrong while showing this page.')).toBeTruthy();
      expect(page.state().status).toBe('failed');
      const again = page.load();
      expect(page.state().status).toBe('pending');
      finish({ page: TeamStandIn });
      await expect(again).resolves.toBe(TeamStandIn);
    } finally {
      consoleError.mockRestore();
    }
  });
});

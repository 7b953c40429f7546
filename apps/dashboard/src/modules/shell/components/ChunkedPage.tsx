import { useCallback, useSyncExternalStore } from 'react';
import type { PageModule } from '../../../pages';

/**
 * A page from its own chunk, with "Loading page…" while the chunk downloads. Not React.lazy: a
 * lazy page suspends on its first render even when preloadPage has already fetched its chunk, and
 * React then holds the page back until 300 ms after it showed the Suspense fallback (its fallback
 * throttle), with the page's data already there. A chunk that fails to download goes to the
 * route's error page, as a lazy page's did.
 */
export function ChunkedPage({ page }: { page: Pick<PageModule, 'load' | 'state'> }) {
  const { load, state } = page;
  const subscribe = useCallback(
    (onChange: () => void) => {
      let subscribed = true;
      const changed = (): void => {
        if (subscribed) onChange();
      };
      load().then(changed, changed);
      return () => {
        subscribed = false;
      };
    },
    [load],
  );
  const chunk = useSyncExternalStore(subscribe, state);

  if (chunk.status === 'failed') throw chunk.error;
  if (chunk.status === 'pending') {
    return (
      <p role="status" className="muted">
        Loading page…
      </p>
    );
  }
  const { Page } = chunk;
  return <Page />;
}

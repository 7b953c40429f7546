import { useRouteError } from 'react-router';
import { StatusScreen } from './StatusScreen';

/** A page that failed to render or to download (a new deployment replaced its chunk, say). */
export function RouteErrorPage() {
  const error = useRouteError();
  // The details belong in the console for whoever investigates, not on the screen.
  console.error(error);
  return (
    <StatusScreen tone="alert">
      <p>Something went wrong while showing this page.</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        Reload the page
      </button>
    </StatusScreen>
  );
}

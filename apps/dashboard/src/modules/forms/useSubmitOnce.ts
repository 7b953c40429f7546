import { useCallback, useRef, useState } from 'react';

/**
 * A form's "sending" state that also stops a second click landing before React re-renders with
 * the button disabled: `send(work)` runs `work` only when nothing is in flight, and returns
 * undefined otherwise.
 */
export function useSubmitOnce(): { sending: boolean; send<T>(work: () => Promise<T>): Promise<T | undefined> } {
  const [sending, setSending] = useState(false);
  const inFlight = useRef(false);
  const send = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    setSending(true);
    try {
      return await work();
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  }, []);
  return { sending, send };
}

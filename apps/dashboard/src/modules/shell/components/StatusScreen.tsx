import type { ReactNode } from 'react';

/** A whole-window message while there is no signed-in user to show a page for. */
export function StatusScreen({ children, tone = 'status' }: { children: ReactNode; tone?: 'status' | 'alert' }) {
  return (
    <main id="main" className="status-screen">
      <div role={tone} className={tone === 'alert' ? 'card alert-error' : 'card'}>
        {children}
      </div>
    </main>
  );
}

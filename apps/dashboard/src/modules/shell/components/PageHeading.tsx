import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's h1. It takes focus when the page mounts, so after an in-app navigation a screen
 * reader announces the new page and Tab starts from the top of its content.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <h1 ref={heading} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}

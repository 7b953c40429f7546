import { Link } from '../../../router/Link';
import { PageHeading } from './PageHeading';

export function NotFoundPage({ home }: { home: string }) {
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p>There is no page at this address.</p>
      <p>
        <Link to={home}>Go to your home page</Link>
      </p>
    </>
  );
}

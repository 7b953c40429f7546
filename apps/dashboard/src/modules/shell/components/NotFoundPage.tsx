import { Link } from 'react-router';
import { useSignedInUser } from '../../auth/signedInUser';
import { HOME_BY_ROLE } from '../routes';
import { PageHeading } from './PageHeading';

export function NotFoundPage() {
  const me = useSignedInUser();
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p>There is no page at this address.</p>
      <p>
        <Link to={HOME_BY_ROLE[me.role]}>Go to your home page</Link>
      </p>
    </>
  );
}

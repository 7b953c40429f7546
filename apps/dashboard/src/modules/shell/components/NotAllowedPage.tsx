import type { Role } from '@outcomes/models';
import { Link } from 'react-router';
import { HOME_BY_ROLE, ROLE_LABEL } from '../routes';
import { PageHeading } from './PageHeading';

export function NotAllowedPage({ role }: { role: Role }) {
  return (
    <>
      <PageHeading>Not allowed</PageHeading>
      <p>
        This page is not available to the {ROLE_LABEL[role].toLowerCase()} role. Ask the clinic owner
        if you think you need it.
      </p>
      <p>
        <Link to={HOME_BY_ROLE[role]}>Go to your home page</Link>
      </p>
    </>
  );
}

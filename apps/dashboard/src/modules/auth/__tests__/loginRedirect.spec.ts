import { Role } from '@outcomes/models';
import { destinationAfterLogin, loginPathFor, safeNextPath } from '../loginRedirect';

describe('loginPathFor', () => {
  it('remembers the current path and query, encoded', () => {
    expect(loginPathFor('/caseload?page=2')).toBe('/login?next=%2Fcaseload%3Fpage%3D2');
  });
});

describe('safeNextPath', () => {
  it.each([
    ['/caseload', '/caseload'],
    ['/research?condition=SCIATICA', '/research?condition=SCIATICA'],
  ])('keeps the in-app path %s', (raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected);
  });

  it.each([null, '', 'caseload', '//evil.example/x', '/\\evil.example', 'https://evil.example/', '/login'])(
    'drops %p',
    (raw) => {
      expect(safeNextPath(raw)).toBeNull();
    },
  );
});

describe('destinationAfterLogin', () => {
  it('returns to `next` when the role may open it', () => {
    expect(destinationAfterLogin('/overview?weeks=12', Role.OWNER)).toBe('/overview?weeks=12');
  });

  it.each([
    ['/overview', Role.THERAPIST, '/caseload'],
    ['/caseload', Role.RESEARCHER, '/research'],
    ['/no-such-page', Role.OWNER, '/overview'],
    [null, Role.OWNER, '/overview'],
  ] as const)('sends %p for a %s to %s', (next, role, expected) => {
    expect(destinationAfterLogin(next, role)).toBe(expected);
  });
});

describe('destinationAfterLogin with pages that take an id', () => {
  it('returns a therapist to the patient page they were on', () => {
    expect(destinationAfterLogin('/patients/p-1?episode=e-2', Role.THERAPIST)).toBe('/patients/p-1?episode=e-2');
  });

  it('returns to the session form of an episode', () => {
    expect(destinationAfterLogin('/episodes/e-2/sessions/new', Role.OWNER)).toBe('/episodes/e-2/sessions/new');
  });

  it('does not send a researcher to a patient page', () => {
    expect(destinationAfterLogin('/patients/p-1', Role.RESEARCHER)).toBe('/research');
  });
});

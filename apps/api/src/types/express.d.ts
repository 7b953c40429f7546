import type { AuthUser } from '../common/access-scope';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- augmenting Express's own namespace
  namespace Express {
    interface Request {
      user?: AuthUser;
    }
  }
}

export {};

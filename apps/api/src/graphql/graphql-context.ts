import type { Request, Response } from 'express';
import { AccessScope } from '../common/access-scope';
import { UnauthenticatedError } from '../common/errors';
import type { TenantTransactions } from '../database/tenant-transactions';
import { RequestLoaders } from './request-loaders';

export interface GraphQLContext {
  req: Request;
  res: Response;
  /** The request's DataLoaders; only for authenticated operations. */
  loaders(): RequestLoaders;
}

export function createGraphQLContext(
  transactions: TenantTransactions,
  { req, res }: { req: Request; res: Response },
): GraphQLContext {
  let loaders: RequestLoaders | undefined;
  return {
    req,
    res,
    loaders: () => {
      if (!req.user) throw new UnauthenticatedError();
      loaders ??= new RequestLoaders(transactions, AccessScope.of(req.user));
      return loaders;
    },
  };
}

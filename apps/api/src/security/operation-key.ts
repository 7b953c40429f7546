import { type ExecutionContext, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { graphQLOperationKey, routeKey } from './access-policy';

/** The access-policy key of what a guard is asked about: a GraphQL root field or an HTTP route. */
export function operationKeyOf(context: ExecutionContext): string {
  if (context.getType<string>() === 'graphql') {
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    return graphQLOperationKey(info.parentType.name, info.fieldName);
  }
  return handlerRouteKey(context.getClass(), context.getHandler());
}

/** "GET /exports/sessions.csv" from a controller and one of its handlers' route metadata. */
export function handlerRouteKey(controller: object, handler: object): string {
  const controllerPath = (Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined) ?? '';
  const handlerPath = (Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined) ?? '';
  const method = (Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined) ?? RequestMethod.GET;
  const first = (path: string | string[]): string => (Array.isArray(path) ? (path[0] ?? '') : path);
  return routeKey(RequestMethod[method], `${first(controllerPath)}/${first(handlerPath)}`);
}

import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { Role } from '@outcomes/models';
import type { Request } from 'express';
import {
  defaultFieldResolver,
  type FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import type { AuditService } from '../audit/audit.service';
import type { AuthService } from '../auth/auth.service';
import { SESSION_COOKIE } from '../auth/auth.service';
import type { AuthUser } from '../common/access-scope';
import type { TenantTransactions } from '../database/tenant-transactions';
import type { GraphQLContext } from '../graphql/graphql-context';
import { identifiableField, OWN_LOGIN_ROOT_FIELDS, ROW_LEVEL_TYPES } from './identifiable-fields';

/** Identifiable values sent in one response: object type → ids and fields. */
type ReadsOfRequest = Map<string, { ids: Set<string>; fields: Set<string> }>;

/** The identifiable reads of each request in flight, keyed by the request itself. */
export class IdentifiableReads {
  private readonly byRequest = new WeakMap<Request, ReadsOfRequest>();

  record(request: Request, objectType: string, id: string, field: string): void {
    let reads = this.byRequest.get(request);
    if (!reads) {
      reads = new Map();
      this.byRequest.set(request, reads);
    }
    let entry = reads.get(objectType);
    if (!entry) {
      entry = { ids: new Set(), fields: new Set() };
      reads.set(objectType, entry);
    }
    entry.ids.add(id);
    entry.fields.add(field);
  }

  take(request: Request): ReadsOfRequest | undefined {
    const reads = this.byRequest.get(request);
    this.byRequest.delete(request);
    return reads;
  }
}

export function researcherRefusal(typeName: string, fieldName: string): GraphQLError {
  return new GraphQLError(`A researcher cannot read ${typeName}.${fieldName}: identifiable or row-level data.`, {
    extensions: { code: 'FORBIDDEN', field: `${typeName}.${fieldName}`, http: { status: 403 } },
  });
}

function isOwnLoginRoot(operation: string, rootField: string | undefined): boolean {
  return rootField !== undefined && (operation === 'query' || operation === 'mutation') && OWN_LOGIN_ROOT_FIELDS[operation].includes(rootField);
}

/** The name (not the alias) of the root field a resolver runs under. */
function rootFieldOf(info: GraphQLResolveInfo): string | undefined {
  let path = info.path;
  while (path.prev) path = path.prev;
  for (const selection of info.operation.selectionSet.selections) {
    if (selection.kind === Kind.FIELD && (selection.alias?.value ?? selection.name.value) === path.key) return selection.name.value;
  }
  return undefined;
}

/** A User that is the caller's own login: their own record, or the one `login` answers with. */
function isOwnLogin(typeName: string, source: unknown, user: AuthUser, info: GraphQLResolveInfo): boolean {
  if (typeName !== 'User') return false;
  if (typeof source === 'object' && source !== null && (source as { id?: unknown }).id === user.userId) return true;
  return isOwnLoginRoot(info.operation.operation, rootFieldOf(info));
}

/**
 * Wraps, in the built schema, the resolver of every identifiable field and of every field of a
 * row-level type: a researcher is refused at run time (the second check, after the document
 * check below), and every identifiable value sent to anyone else is recorded for the audit.
 * Only these fields are wrapped; the rest of the schema resolves as before.
 */
export function guardIdentifiableFields(schema: GraphQLSchema, reads: IdentifiableReads): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const rowLevel = ROW_LEVEL_TYPES.has(type.name);
    for (const field of Object.values(type.getFields())) {
      const identifiable = identifiableField(type.name, field.name);
      if (!rowLevel && !identifiable) continue;
      wrapField(field, (resolve) => (source, args, context: GraphQLContext, info) => {
        const user = context.req.user;
        if (user?.role === Role.RESEARCHER && !(identifiable && isOwnLogin(type.name, source, user, info)) && (rowLevel || identifiable)) {
          throw researcherRefusal(type.name, field.name);
        }
        const value: unknown = resolve(source, args, context, info);
        if (!identifiable || !user || isOwnLogin(type.name, source, user, info)) return value;
        const id = (source as Record<string, unknown>)[identifiable.idProperty];
        const note = (resolved: unknown): unknown => {
          if (resolved !== null && resolved !== undefined && typeof id === 'string') {
            reads.record(context.req, identifiable.objectType, id, `${type.name}.${field.name}`);
          }
          return resolved;
        };
        return value instanceof Promise ? value.then(note) : note(value);
      });
    }
  }
  return schema;
}

function wrapField(
  field: GraphQLField<unknown, GraphQLContext>,
  wrap: (resolve: GraphQLFieldResolver<unknown, GraphQLContext>) => GraphQLFieldResolver<unknown, GraphQLContext>,
): void {
  const original = field.resolve ?? (defaultFieldResolver as GraphQLFieldResolver<unknown, GraphQLContext>);
  field.resolve = wrap(original);
}

/**
 * Walks an operation's selections (through fragments) and returns the identifiable field a
 * researcher may not select, as "Type.field", or else the first field of a row-level type, or null.
 */
export function forbiddenSelectionForResearcher(
  schema: GraphQLSchema,
  rootType: GraphQLObjectType,
  selectionSet: SelectionSetNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
): string | null {
  let rowLevel: string | null = null;
  const visit = (set: SelectionSetNode, parent: GraphQLNamedType, path: readonly string[], seen: ReadonlySet<string>): string | null => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__') || !(isObjectType(parent) || isInterfaceType(parent))) continue;
        const field = parent.getFields()[name];
        if (!field) continue;
        const operation = rootType === schema.getMutationType() ? 'mutation' : rootType === schema.getQueryType() ? 'query' : 'subscription';
        const ownLogin = parent.name === 'User' && path.length === 1 && isOwnLoginRoot(operation, path[0]);
        if (identifiableField(parent.name, name) && !ownLogin) return `${parent.name}.${name}`;
        if (ROW_LEVEL_TYPES.has(parent.name)) rowLevel ??= `${parent.name}.${name}`;
        if (selection.selectionSet) {
          const found = visit(selection.selectionSet, getNamedType(field.type), [...path, name], seen);
          if (found) return found;
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        const found = condition ? visit(selection.selectionSet, condition, path, seen) : null;
        if (found) return found;
      } else {
        const fragment = fragments[selection.name.value];
        if (!fragment || seen.has(fragment.name.value)) continue;
        const condition = schema.getType(fragment.typeCondition.name.value);
        const found = condition ? visit(fragment.selectionSet, condition, path, new Set([...seen, fragment.name.value])) : null;
        if (found) return found;
      }
    }
    return null;
  };
  return visit(selectionSet, rootType, [], new Set()) ?? rowLevel;
}

export interface FieldAccessDependencies {
  auth: AuthService;
  transactions: TenantTransactions;
  audit: AuditService;
  reads: IdentifiableReads;
}

/**
 * The request-level half of the field rules, as an Apollo plugin:
 * - before execution, authenticates the session (the guards reuse it) and refuses a
 *   researcher's document that selects an identifiable or row-level field: nothing runs;
 * - before the response leaves, writes one audit event per object type of the identifiable
 *   values it carries; if that write fails, the data is withheld.
 */
export function fieldAccessPlugin({ auth, transactions, audit, reads }: FieldAccessDependencies): ApolloServerPlugin<GraphQLContext> {
  const logger = new Logger('FieldAccess');
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext: GraphQLRequestContextDidResolveOperation<GraphQLContext>) {
          const request = requestContext.contextValue.req;
          const token: unknown = request.cookies?.[SESSION_COOKIE];
          if (!request.user && typeof token === 'string' && token.length > 0) {
            request.user = (await auth.authenticate(token)) ?? undefined;
          }
          if (request.user?.role !== Role.RESEARCHER) return;
          const { operation, schema } = requestContext;
          if (!operation) return;
          const rootType =
            operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
          if (!rootType) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of requestContext.document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const forbidden = forbiddenSelectionForResearcher(schema, rootType, operation.selectionSet, fragments);
          if (forbidden) {
            const [typeName = '', fieldName = ''] = forbidden.split('.');
            throw researcherRefusal(typeName, fieldName);
          }
        },

        async willSendResponse(requestContext) {
          const request = requestContext.contextValue.req;
          const done = reads.take(request);
          const user = request.user;
          if (!done || done.size === 0 || !user) return;
          try {
            await transactions.run(user.clinicId, async (manager) => {
              for (const [objectType, { ids, fields }] of done) {
                const idList = [...ids].sort();
                await audit.record(manager, user, {
                  action: 'identifiable.read',
                  objectType,
                  objectId: idList.length === 1 ? idList[0] : undefined,
                  detail: { ids: idList, fields: [...fields].sort(), operation: requestContext.operationName ?? null },
                });
              }
            });
          } catch (error) {
            logger.error(`Identifiable data withheld: its read could not be audited (${error instanceof Error ? error.message : String(error)})`);
            const body = requestContext.response.body;
            if (body.kind === 'single') {
              body.singleResult.data = null;
              body.singleResult.errors = [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }];
            }
          }
        },
      };
    },
  };
}

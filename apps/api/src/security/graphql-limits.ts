import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * What one GraphQL request may ask for. The deepest legitimate query (patients → edges → node →
 * episodes → sessions → fields) is 6 levels; analytics answers are 4.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxCost: 5000,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
} as const;

/** A limit refusal is a validation error (HTTP 400), not a field error of the caller's input. */
const reportAsValidationError: GraphQLArmorRejectCallback = (context, error) => {
  // graphql-armor words its refusals as syntax errors; they are limits.
  const message = error.message.replace(/^Syntax Error: /, '');
  context?.reportError(new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
};

const rejection = { propagateOnRejection: false, onReject: [reportAsValidationError] };

export interface GraphQLLimits {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  /** For Apollo's parser: graphql-js stops reading a document past maxTokens (a 400 syntax error). */
  parseOptions: { maxTokens: number };
}

/**
 * graphql-armor's depth, cost, alias and directive limits (validation errors, HTTP 400), and
 * field suggestions hidden in production. The token limit is graphql-js's own parser option:
 * armor's token plugin answers a long document with a 500.
 */
export function graphqlLimits(production: boolean): GraphQLLimits {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ...rejection },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, ...rejection },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, ...rejection },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, ...rejection },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return { plugins, validationRules, parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens } };
}

import { type ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { DomainError, type ErrorCode, InvalidInputError } from './errors';

const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/**
 * The one place domain errors become protocol errors: GraphQL errors with extensions.code, or
 * HTTP statuses on the plain routes (exports, health). Anything else is an internal error whose
 * details stay in the log.
 */
@Catch()
export class DomainErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    const error = this.toGraphQLError(exception);
    if (host.getType<string>() === 'graphql') return error;

    const response = host.switchToHttp().getResponse<Response>();
    const code = error.extensions['code'] as ErrorCode | 'INTERNAL_SERVER_ERROR';
    const status = code === 'INTERNAL_SERVER_ERROR' ? 500 : HTTP_STATUS[code];
    if (!response.headersSent) response.status(status).json({ error: { code, message: error.message } });
    else response.destroy();
    return undefined;
  }

  private toGraphQLError(exception: unknown): GraphQLError {
    if (exception instanceof DomainError) {
      const extensions: Record<string, unknown> = { code: exception.code };
      if (exception instanceof InvalidInputError) extensions['fields'] = exception.fields;
      return new GraphQLError(exception.message, { extensions });
    }
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof HttpException && exception.getStatus() === 404) {
      return new GraphQLError('Not found.', { extensions: { code: 'NOT_FOUND' } });
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return new GraphQLError('Internal server error.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
}

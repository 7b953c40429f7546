import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';
import { DomainErrorFilter } from '../common/domain-error.filter';

interface ClientHttpError {
  status: number;
  expose: true;
  type?: string;
  message: string;
}

/** An http-errors client error (body-parser: body too large, bad JSON, bad charset): safe to show. */
function isClientHttpError(exception: unknown): exception is ClientHttpError {
  if (!(exception instanceof Error) || exception instanceof HttpException) return false;
  const { status, expose } = exception as Partial<ClientHttpError>;
  return typeof status === 'number' && status >= 400 && status < 500 && expose === true;
}

const CODES: Record<number, string> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

/** A client error of the HTTP layer (http-errors from body-parser, or Nest's 4xx exceptions). */
function clientStatusOf(exception: unknown): number | null {
  if (isClientHttpError(exception)) return exception.status;
  if (exception instanceof HttpException && exception.getStatus() >= 400 && exception.getStatus() < 500) return exception.getStatus();
  return null;
}

/**
 * Errors the HTTP layer raises before any route runs (a body over the size limit, malformed JSON,
 * an unknown path) are the client's: their 4xx status with a code, not an internal error. Everything else goes to
 * the DomainErrorFilter, the one place domain errors become protocol errors.
 */
@Catch()
export class ClientErrorFilter implements ExceptionFilter {
  private readonly domainErrors = new DomainErrorFilter();

  catch(exception: unknown, host: ArgumentsHost): unknown {
    const status = host.getType<string>() === 'http' ? clientStatusOf(exception) : null;
    if (status === null) return this.domainErrors.catch(exception, host);
    const response = host.switchToHttp().getResponse<Response>();
    const code = CODES[status] ?? 'BAD_REQUEST';
    const message =
      status === 413 ? 'The request body is too large.' : status === 404 ? 'Not found.' : 'The request could not be read.';
    if (!response.headersSent) response.status(status).json({ error: { code, message } });
    return undefined;
  }
}

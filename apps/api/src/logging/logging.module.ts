import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { type LoggingOptions, pinoHttpOptions } from './phi-redaction';

/**
 * Structured logs (pino, one JSON object per line) for every request and for the application's
 * own log calls once main.ts makes the pino logger Nest's logger; PHI never reaches a line
 * (see phi-redaction.ts).
 */
@Module({})
export class LoggingModule {
  static forRoot(options: LoggingOptions): DynamicModule {
    const pinoHttp = pinoHttpOptions(options.level);
    return {
      module: LoggingModule,
      imports: [LoggerModule.forRoot({ pinoHttp: options.stream ? [pinoHttp, options.stream] : pinoHttp })],
      exports: [LoggerModule],
    };
  }
}

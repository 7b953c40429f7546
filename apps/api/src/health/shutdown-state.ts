import { Injectable } from '@nestjs/common';

/**
 * Whether the process is shutting down. From the moment a SIGTERM arrives, readiness reports
 * "draining" so a load balancer stops sending traffic, while requests already in flight finish.
 */
@Injectable()
export class ShutdownState {
  private drainingSince: Date | null = null;

  beginDraining(now = new Date()): void {
    this.drainingSince ??= now;
  }

  get draining(): boolean {
    return this.drainingSince !== null;
  }
}

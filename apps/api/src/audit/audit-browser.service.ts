import { Injectable } from '@nestjs/common';
import { Brackets } from 'typeorm';
import type { AccessScope } from '../common/access-scope';
import { InvalidInputError } from '../common/errors';
import { decodeCursor, encodeCursor, pageSize } from '../common/pagination';
import { TenantTransactions } from '../database/tenant-transactions';
import type { AuditEventConnection } from './audit-event.connection';
import { AuditEvent } from './audit-event.entity';
import { AuditService } from './audit.service';
import type { AuditEventFilter } from './dto/audit-event-filter.input';

/** The clinic's audit trail for its owners: newest first, filtered, in cursor pages. */
@Injectable()
export class AuditBrowser {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditService,
  ) {}

  async browse(
    scope: AccessScope,
    args: { filter?: AuditEventFilter | null; first?: number | null; after?: string | null },
  ): Promise<AuditEventConnection> {
    const limit = pageSize(args.first);
    const filter = args.filter ?? {};
    if (filter.occurredFrom && filter.occurredTo && filter.occurredFrom > filter.occurredTo) {
      throw InvalidInputError.field('filter.occurredTo', 'The end of the range comes before its start.');
    }
    return this.transactions.run(scope.clinicId, async (manager) => {
      const query = manager
        .getRepository(AuditEvent)
        .createQueryBuilder('event')
        .where('event.clinicId = :clinicId', { clinicId: scope.clinicId })
        .orderBy('event.occurredAt', 'DESC')
        .addOrderBy('event.id', 'DESC');
      if (filter.actionPrefix) {
        query.andWhere("event.action LIKE :action ESCAPE '\\'", { action: `${escapeLike(filter.actionPrefix)}%` });
      }
      if (filter.actorUserId) query.andWhere('event.actorUserId = :actorUserId', { actorUserId: filter.actorUserId });
      if (filter.objectType) query.andWhere('event.objectType = :objectType', { objectType: filter.objectType });
      if (filter.occurredFrom) query.andWhere('event.occurredAt >= :occurredFrom', { occurredFrom: filter.occurredFrom });
      if (filter.occurredTo) query.andWhere('event.occurredAt < :occurredTo', { occurredTo: filter.occurredTo });
      if (args.after) {
        const [at, id] = decodeCursor(args.after, 2);
        const occurredAt = new Date(at ?? '');
        if (Number.isNaN(occurredAt.getTime())) throw InvalidInputError.field('after', 'This cursor is not one the API gave out.');
        query.andWhere(
          new Brackets((before) =>
            before
              .where('event.occurredAt < :cursorAt', { cursorAt: occurredAt })
              .orWhere('event.occurredAt = :cursorAt AND event.id < :cursorId', { cursorId: id }),
          ),
        );
      }
      const rows = await query.take(limit + 1).getMany();
      const page = rows.slice(0, limit);
      await this.audit.record(manager, scope, {
        action: 'audit.browse',
        objectType: 'audit_event',
        detail: { filters: Object.keys(filter).filter((key) => filter[key as keyof AuditEventFilter] != null), count: page.length },
      });
      const edges = page.map((event) => ({ cursor: encodeCursor([event.occurredAt.toISOString(), event.id]), node: event }));
      return { edges, pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > limit } };
    });
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

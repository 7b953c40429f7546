import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { type AuditDetail, AuditEvent, NO_CLINIC_ID } from './audit-event.entity';

export interface AuditEntry {
  action: string;
  objectType?: string;
  objectId?: string;
  /** Ids, counts and filters only: never a name, a birth date or a note. */
  detail?: AuditDetail;
}

/** Who acted: a logged-in user (an AccessScope fits), or a clinic with nobody logged in. */
export interface AuditActor {
  clinicId: string;
  userId: string | null;
  role: string | null;
}

/** Writes audit events inside the caller's transaction, so an event exists iff its work does. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, actor: AuditActor | null, entry: AuditEntry): Promise<void> {
    const event: AuditEvent = {
      clinicId: actor?.clinicId ?? NO_CLINIC_ID,
      id: randomUUID(),
      actorUserId: actor?.userId ?? null,
      actorRole: actor?.role ?? null,
      action: entry.action,
      objectType: entry.objectType ?? null,
      objectId: entry.objectId ?? null,
      occurredAt: new Date(),
      detail: entry.detail ?? null,
    };
    // Built as a typed AuditEvent first: TypeORM's deep-partial type cannot walk a recursive JSON type.
    await manager.getRepository(AuditEvent).createQueryBuilder().insert().values(event as object).execute();
  }
}

import { Injectable } from '@nestjs/common';
import { Role } from '@outcomes/models';
import { randomUUID } from 'node:crypto';
import { Brackets, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AccessScope } from '../common/access-scope';
import { ForbiddenError, InvalidInputError } from '../common/errors';
import { decodeCursor, encodeCursor, pageSize } from '../common/pagination';
import { accessiblePatient, scopedPatients } from '../common/scoped-queries';
import { TenantTransactions } from '../database/tenant-transactions';
import { checkNotFuture } from '../episodes/episode-dates';
import { User } from '../users/user.entity';
import type { CreatePatientInput, UpdatePatientInput } from './dto/patient.inputs';
import type { PatientConnection } from './patient.connection';
import { Patient } from './patient.entity';

const OLDEST_BIRTH_DATE = '1900-01-01';

@Injectable()
export class PatientsService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditService,
  ) {}

  /** Patients in scope, ordered by name, with a case-insensitive name search. Audited as a read. */
  async list(scope: AccessScope, args: { first?: number | null; after?: string | null; search?: string | null }): Promise<PatientConnection> {
    const limit = pageSize(args.first);
    return this.transactions.run(scope.clinicId, async (manager) => {
      const query = scopedPatients(manager, scope).orderBy('patient.name', 'ASC').addOrderBy('patient.id', 'ASC');
      const search = args.search?.trim();
      if (search) {
        query.andWhere("LOWER(patient.name) LIKE :search ESCAPE '\\'", { search: `%${escapeLike(search.toLowerCase())}%` });
      }
      if (args.after) {
        const [name, id] = decodeCursor(args.after, 2);
        query.andWhere(
          new Brackets((after) =>
            after.where('patient.name > :name', { name }).orWhere('patient.name = :name AND patient.id > :id', { id }),
          ),
        );
      }
      const rows = await query.take(limit + 1).getMany();
      const page = rows.slice(0, limit);
      await this.audit.record(manager, scope, {
        action: 'patient.list',
        objectType: 'patient',
        detail: { patientIds: page.map((patient) => patient.id), searched: Boolean(search) },
      });
      const edges = page.map((patient) => ({ cursor: encodeCursor([patient.name, patient.id]), node: patient }));
      return {
        edges,
        pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > limit },
      };
    });
  }

  async get(scope: AccessScope, id: string): Promise<Patient> {
    return this.transactions.run(scope.clinicId, async (manager) => {
      const patient = await accessiblePatient(manager, scope, id);
      await this.audit.record(manager, scope, { action: 'patient.read', objectType: 'patient', objectId: id });
      return patient;
    });
  }

  async create(scope: AccessScope, input: CreatePatientInput): Promise<Patient> {
    return this.transactions.run(scope.clinicId, async (manager) => {
      await checkBirthDate(manager, scope.clinicId, input.birthDate);
      const primaryTherapistId = await this.primaryTherapistFor(manager, scope, input.primaryTherapistId ?? null);
      const now = new Date();
      const patient = Object.assign(new Patient(), {
        clinicId: scope.clinicId,
        id: randomUUID(),
        primaryTherapistId,
        name: input.name.trim(),
        birthDate: input.birthDate,
        sex: input.sex,
        postalCode: input.postalCode?.trim() || null,
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(Patient, patient);
      await this.audit.record(manager, scope, { action: 'patient.create', objectType: 'patient', objectId: patient.id });
      return patient;
    });
  }

  async update(scope: AccessScope, input: UpdatePatientInput): Promise<Patient> {
    return this.transactions.run(scope.clinicId, async (manager) => {
      const patient = await accessiblePatient(manager, scope, input.id);
      if (input.birthDate !== undefined) await checkBirthDate(manager, scope.clinicId, input.birthDate);
      if (input.primaryTherapistId !== undefined && input.primaryTherapistId !== patient.primaryTherapistId) {
        if (scope.role !== Role.OWNER) throw new ForbiddenError('Only an owner reassigns a patient.');
        patient.primaryTherapistId = await this.primaryTherapistFor(manager, scope, input.primaryTherapistId);
      }
      if (input.name !== undefined) patient.name = input.name.trim();
      if (input.birthDate !== undefined) patient.birthDate = input.birthDate;
      if (input.sex !== undefined) patient.sex = input.sex;
      if (input.postalCode !== undefined) patient.postalCode = input.postalCode?.trim() || null;
      patient.updatedAt = new Date();
      await manager.update(Patient, { clinicId: scope.clinicId, id: patient.id }, patient);
      await this.audit.record(manager, scope, {
        action: 'patient.update',
        objectType: 'patient',
        objectId: patient.id,
        detail: { fields: Object.keys(input).filter((key) => key !== 'id') },
      });
      return patient;
    });
  }

  /** A therapist's new patient is theirs; an owner names an active therapist of the clinic. */
  private async primaryTherapistFor(manager: EntityManager, scope: AccessScope, requested: string | null): Promise<string> {
    if (scope.role === Role.THERAPIST) {
      if (requested && requested !== scope.userId) throw new ForbiddenError('A therapist’s new patient is their own.');
      return scope.userId;
    }
    if (!requested) throw InvalidInputError.field('input.primaryTherapistId', 'Choose the patient’s therapist.');
    await activeTherapist(manager, scope.clinicId, requested, 'input.primaryTherapistId');
    return requested;
  }
}

/** The clinic's active therapist with this id, or a field error. */
export async function activeTherapist(manager: EntityManager, clinicId: string, userId: string, field: string): Promise<User> {
  const user = await manager.findOneBy(User, { clinicId, id: userId });
  if (!user || !user.active || user.role !== Role.THERAPIST) {
    throw InvalidInputError.field(field, 'This is not an active therapist of the clinic.');
  }
  return user;
}

async function checkBirthDate(manager: EntityManager, clinicId: string, birthDate: string): Promise<void> {
  if (birthDate < OLDEST_BIRTH_DATE) throw InvalidInputError.field('input.birthDate', 'A birth date after 1900, please.');
  await checkNotFuture(manager, clinicId, birthDate, 'input.birthDate');
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

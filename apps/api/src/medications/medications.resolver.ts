import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@outcomes/models';
import { Roles, Scope } from '../auth/auth.decorators';
import type { AccessScope } from '../common/access-scope';
import { RecordMedicationReportInput } from './dto/record-medication-report.input';
import { MedicationReport } from './medication-report.entity';
import { MedicationsService } from './medications.service';

@Resolver(() => MedicationReport)
export class MedicationsResolver {
  constructor(private readonly medications: MedicationsService) {}

  @Roles(Role.OWNER, Role.THERAPIST)
  @Mutation(() => MedicationReport, { description: 'Records (or replaces) the medication report of an episode for a date.' })
  recordMedicationReport(
    @Scope() scope: AccessScope,
    @Args('input') input: RecordMedicationReportInput,
  ): Promise<MedicationReport> {
    return this.medications.record(scope, input);
  }
}

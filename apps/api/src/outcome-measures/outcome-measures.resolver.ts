import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@outcomes/models';
import { Roles, Scope } from '../auth/auth.decorators';
import type { AccessScope } from '../common/access-scope';
import { RecordOdiInput } from './dto/record-odi.input';
import { OutcomeMeasure } from './outcome-measure.entity';
import { OutcomeMeasuresService } from './outcome-measures.service';

@Resolver(() => OutcomeMeasure)
export class OutcomeMeasuresResolver {
  constructor(private readonly measures: OutcomeMeasuresService) {}

  @Roles(Role.OWNER, Role.THERAPIST)
  @Mutation(() => OutcomeMeasure, { description: 'Records an Oswestry Disability Index; the score is computed here.' })
  recordOdi(@Scope() scope: AccessScope, @Args('input') input: RecordOdiInput): Promise<OutcomeMeasure> {
    return this.measures.recordOdi(scope, input);
  }
}

import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@outcomes/models';
import { Roles, Scope } from '../auth/auth.decorators';
import type { AccessScope } from '../common/access-scope';
import { RecordSessionInput } from './dto/record-session.input';
import { UpdateSessionInput } from './dto/update-session.input';
import { SessionsService } from './sessions.service';
import { TreatmentSession } from './treatment-session.entity';

@Resolver(() => TreatmentSession)
export class SessionsResolver {
  constructor(private readonly sessions: SessionsService) {}

  @Roles(Role.OWNER, Role.THERAPIST)
  @Mutation(() => TreatmentSession, {
    description: 'Records a session. Idempotent: the same clientRequestId again returns the stored session.',
  })
  recordSession(@Scope() scope: AccessScope, @Args('input') input: RecordSessionInput): Promise<TreatmentSession> {
    return this.sessions.record(scope, input);
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Mutation(() => TreatmentSession, { description: 'Changes a session; CONFLICT when expectedVersion is stale.' })
  updateSession(@Scope() scope: AccessScope, @Args('input') input: UpdateSessionInput): Promise<TreatmentSession> {
    return this.sessions.update(scope, input);
  }

  @Roles(Role.OWNER)
  @Mutation(() => Boolean)
  deleteSession(@Scope() scope: AccessScope, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.sessions.delete(scope, id);
  }
}

import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@outcomes/models';
import { Roles, Scope } from '../auth/auth.decorators';
import type { AccessScope } from '../common/access-scope';
import { Episode } from '../episodes/episode.entity';
import type { GraphQLContext } from '../graphql/graphql-context';
import { RecordReferralInput } from './dto/record-referral.input';
import { RedFlagAlert, Referral } from './red-flag-alert.entity';
import { RedFlagsService } from './red-flags.service';

@Resolver(() => RedFlagAlert)
export class RedFlagsResolver {
  constructor(private readonly redFlags: RedFlagsService) {}

  @Roles(Role.OWNER, Role.THERAPIST)
  @Query(() => [RedFlagAlert], { description: 'Red-flag alerts still waiting for a referral, oldest first.' })
  openRedFlagAlerts(@Scope() scope: AccessScope): Promise<RedFlagAlert[]> {
    return this.redFlags.openAlerts(scope);
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Mutation(() => Referral, { description: 'Records the referral that answers a red-flag alert, closing it.' })
  recordReferral(@Scope() scope: AccessScope, @Args('input') input: RecordReferralInput): Promise<Referral> {
    return this.redFlags.recordReferral(scope, input);
  }

  @ResolveField(() => Episode, { nullable: true })
  episode(@Parent() alert: RedFlagAlert, @Context() context: GraphQLContext): Promise<Episode | null> {
    return context.loaders().episodesById.load(alert.episodeId);
  }
}

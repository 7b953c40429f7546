import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { EpisodeStatus, Role } from '@outcomes/models';
import { Roles, Scope } from '../auth/auth.decorators';
import type { AccessScope } from '../common/access-scope';
import type { GraphQLContext } from '../graphql/graphql-context';
import { MedicationReport } from '../medications/medication-report.entity';
import { OutcomeMeasure } from '../outcome-measures/outcome-measure.entity';
import { Patient } from '../patients/patient.entity';
import { TreatmentSession } from '../sessions/treatment-session.entity';
import { User } from '../users/user.entity';
import { EndEpisodeInput, OpenEpisodeInput, UpdateEpisodeInput } from './dto/episode.inputs';
import { Episode } from './episode.entity';
import { EpisodesService } from './episodes.service';

@Resolver(() => Episode)
export class EpisodesResolver {
  constructor(private readonly episodesService: EpisodesService) {}

  @Roles(Role.OWNER, Role.THERAPIST)
  @Query(() => Episode)
  episode(@Scope() scope: AccessScope, @Args('id', { type: () => ID }) id: string): Promise<Episode> {
    return this.episodesService.get(scope, id);
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Query(() => [Episode], { description: 'A patient’s episodes in your scope, newest first.' })
  episodes(@Scope() scope: AccessScope, @Args('patientId', { type: () => ID }) patientId: string): Promise<Episode[]> {
    return this.episodesService.listForPatient(scope, patientId);
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Mutation(() => Episode)
  openEpisode(@Scope() scope: AccessScope, @Args('input') input: OpenEpisodeInput): Promise<Episode> {
    return this.episodesService.open(scope, input);
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Mutation(() => Episode)
  updateEpisode(@Scope() scope: AccessScope, @Args('input') input: UpdateEpisodeInput): Promise<Episode> {
    return this.episodesService.update(scope, input);
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Mutation(() => Episode)
  dischargeEpisode(@Scope() scope: AccessScope, @Args('input') input: EndEpisodeInput): Promise<Episode> {
    return this.episodesService.end(scope, input, EpisodeStatus.DISCHARGED);
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Mutation(() => Episode, { description: 'The patient stopped coming: the episode ends as a drop-out, which analytics count.' })
  markEpisodeDroppedOut(@Scope() scope: AccessScope, @Args('input') input: EndEpisodeInput): Promise<Episode> {
    return this.episodesService.end(scope, input, EpisodeStatus.DROPPED_OUT);
  }

  @ResolveField(() => Patient, { nullable: true })
  patient(@Parent() episode: Episode, @Context() context: GraphQLContext): Promise<Patient | null> {
    return context.loaders().patientsById.load(episode.patientId);
  }

  @ResolveField(() => User, { nullable: true })
  therapist(@Parent() episode: Episode, @Context() context: GraphQLContext): Promise<User | null> {
    return context.loaders().usersById.load(episode.therapistId);
  }

  @ResolveField(() => [TreatmentSession], { description: 'Sessions in date order.' })
  sessions(@Parent() episode: Episode, @Context() context: GraphQLContext): Promise<TreatmentSession[]> {
    return context.loaders().sessionsByEpisode.load(episode.id);
  }

  @ResolveField(() => [MedicationReport], { description: 'Medication reports in date order.' })
  medicationReports(@Parent() episode: Episode, @Context() context: GraphQLContext): Promise<MedicationReport[]> {
    return context.loaders().medicationReportsByEpisode.load(episode.id);
  }

  @ResolveField(() => [OutcomeMeasure], { description: 'Questionnaire scores (ODI) in date order.' })
  outcomeMeasures(@Parent() episode: Episode, @Context() context: GraphQLContext): Promise<OutcomeMeasure[]> {
    return context.loaders().outcomeMeasuresByEpisode.load(episode.id);
  }
}

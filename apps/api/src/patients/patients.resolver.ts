import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@outcomes/models';
import { Roles, Scope } from '../auth/auth.decorators';
import type { AccessScope } from '../common/access-scope';
import { Episode } from '../episodes/episode.entity';
import type { GraphQLContext } from '../graphql/graphql-context';
import { User } from '../users/user.entity';
import { CreatePatientInput, UpdatePatientInput } from './dto/patient.inputs';
import { PatientConnection } from './patient.connection';
import { Patient } from './patient.entity';
import { PatientsService } from './patients.service';

@Resolver(() => Patient)
export class PatientsResolver {
  constructor(private readonly patientsService: PatientsService) {}

  @Roles(Role.OWNER, Role.THERAPIST)
  @Query(() => PatientConnection, { description: 'Patients in your scope, by name; search matches part of the name.' })
  patients(
    @Scope() scope: AccessScope,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('search', { nullable: true }) search?: string,
  ): Promise<PatientConnection> {
    return this.patientsService.list(scope, { first, after, search });
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Query(() => Patient)
  patient(@Scope() scope: AccessScope, @Args('id', { type: () => ID }) id: string): Promise<Patient> {
    return this.patientsService.get(scope, id);
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Mutation(() => Patient)
  createPatient(@Scope() scope: AccessScope, @Args('input') input: CreatePatientInput): Promise<Patient> {
    return this.patientsService.create(scope, input);
  }

  @Roles(Role.OWNER, Role.THERAPIST)
  @Mutation(() => Patient)
  updatePatient(@Scope() scope: AccessScope, @Args('input') input: UpdatePatientInput): Promise<Patient> {
    return this.patientsService.update(scope, input);
  }

  @ResolveField(() => [Episode], { description: 'Episodes in your scope, newest first.' })
  episodes(@Parent() patient: Patient, @Context() context: GraphQLContext): Promise<Episode[]> {
    return context.loaders().episodesByPatient.load(patient.id);
  }

  @ResolveField(() => User, { nullable: true })
  primaryTherapist(@Parent() patient: Patient, @Context() context: GraphQLContext): Promise<User | null> {
    return context.loaders().usersById.load(patient.primaryTherapistId);
  }
}

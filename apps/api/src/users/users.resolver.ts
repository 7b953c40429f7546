import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@outcomes/models';
import { CurrentUser, Roles, Scope } from '../auth/auth.decorators';
import type { AccessScope, AuthUser } from '../common/access-scope';
import { NotFoundError } from '../common/errors';
import type { GraphQLContext } from '../graphql/graphql-context';
import { CreateUserInput, UpdateUserInput } from './dto/user.inputs';
import { User } from './user.entity';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly usersService: UsersService) {}

  @Roles(Role.OWNER, Role.THERAPIST, Role.RESEARCHER)
  @Query(() => User, { description: 'The logged-in user.' })
  async me(@CurrentUser() user: AuthUser, @Context() context: GraphQLContext): Promise<User> {
    const me = await context.loaders().usersById.load(user.userId);
    if (!me) throw new NotFoundError('User', user.userId);
    return me;
  }

  @Roles(Role.OWNER)
  @Query(() => [User], { description: 'The clinic’s users.' })
  users(@Scope() scope: AccessScope): Promise<User[]> {
    return this.usersService.list(scope);
  }

  @Roles(Role.OWNER)
  @Mutation(() => User)
  createUser(@Scope() scope: AccessScope, @Args('input') input: CreateUserInput): Promise<User> {
    return this.usersService.create(scope, input);
  }

  @Roles(Role.OWNER)
  @Mutation(() => User, { description: 'Renames, changes the role of, or deactivates a user.' })
  updateUser(@Scope() scope: AccessScope, @Args('input') input: UpdateUserInput): Promise<User> {
    return this.usersService.update(scope, input);
  }
}

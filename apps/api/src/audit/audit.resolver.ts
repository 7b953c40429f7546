import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@outcomes/models';
import { Roles, Scope } from '../auth/auth.decorators';
import type { AccessScope } from '../common/access-scope';
import { AuditBrowser } from './audit-browser.service';
import { AuditEventConnection } from './audit-event.connection';
import { AuditEventFilter } from './dto/audit-event-filter.input';

@Resolver()
export class AuditResolver {
  constructor(private readonly browser: AuditBrowser) {}

  @Roles(Role.OWNER)
  @Query(() => AuditEventConnection, { description: 'The clinic’s audit trail, newest first: who saw and changed what.' })
  auditEvents(
    @Scope() scope: AccessScope,
    // `?: AuditEventFilter` (not `| null`): the emitted parameter type must be the class, or the
    // validation pipe sees `Object` and checks nothing.
    @Args('filter', { type: () => AuditEventFilter, nullable: true }) filter?: AuditEventFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<AuditEventConnection> {
    return this.browser.browse(scope, { filter, first, after });
  }
}

import { Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { TimestampColumn, UuidColumn } from '../database/columns';
import { User } from '../users/user.entity';

/**
 * A server-side login session. The cookie holds a random token; only its SHA-256 is stored, so a
 * copy of the table cannot be replayed as cookies.
 */
@Entity('user_session')
@Index('IDX_user_session_user', ['clinicId', 'userId'])
@ForeignKey(() => User, ['clinicId', 'userId'], ['clinicId', 'id'], { name: 'FK_user_session_user', onDelete: 'CASCADE' })
export class UserSession {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @UuidColumn()
  clinicId!: string;

  @UuidColumn()
  userId!: string;

  @TimestampColumn()
  createdAt!: Date;

  @TimestampColumn()
  expiresAt!: Date;

  @TimestampColumn({ nullable: true })
  revokedAt!: Date | null;
}

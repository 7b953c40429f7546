import { Column, type ColumnOptions, PrimaryColumn } from 'typeorm';
import { nativeType } from './dialect';

/**
 * Column decorators for the entities. Every clinical table's primary key is (clinic_id, id) so
 * the schema can be distributed by clinic on Citus, which needs the distribution column in
 * every primary and unique key.
 */
export const PrimaryUuidColumn = (): PropertyDecorator => PrimaryColumn({ ...nativeType('uuid') });
export const UuidColumn = (options: ColumnOptions = {}): PropertyDecorator =>
  Column({ ...nativeType('uuid'), ...options });
export const TimestampColumn = (options: ColumnOptions = {}): PropertyDecorator =>
  Column({ ...nativeType('timestamp'), ...options });
export const FloatColumn = (options: ColumnOptions = {}): PropertyDecorator =>
  Column({ ...nativeType('float'), ...options });
/** A calendar date, 'YYYY-MM-DD', read back as a string on both engines. */
export const DateColumn = (options: ColumnOptions = {}): PropertyDecorator =>
  Column({ type: 'date', ...options });
/** A code from a libs/models enum; the API validates the value. */
export const CodeColumn = (options: ColumnOptions = {}): PropertyDecorator =>
  Column({ type: 'varchar', length: 32, ...options });

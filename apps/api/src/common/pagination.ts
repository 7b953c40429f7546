import { Field, ObjectType } from '@nestjs/graphql';
import { InvalidInputError } from './errors';

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}

export const MAX_PAGE_SIZE = 100;

/** Opaque cursors: the sort key of the last row seen, base64url-encoded JSON. */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, parts: number): string[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === parts && key.every((part) => typeof part === 'string')) return key;
  } catch {
    // fall through to the field error
  }
  throw InvalidInputError.field('after', 'This cursor is not one the API gave out.');
}

export function pageSize(first: number | null | undefined): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw InvalidInputError.field('first', `Ask for 1 to ${MAX_PAGE_SIZE} items.`);
  }
  return size;
}

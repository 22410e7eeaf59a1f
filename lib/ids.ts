/**
 * A record's public id as URLs, forms and the API accept it: lowercase letters, digits and hyphens, at most 64
 * (generated ids are ten letters and digits; seeded and imported ones may be longer).
 */
export const PUBLIC_ID_PATTERN = /^[a-z0-9-]{1,64}$/;

export function isPublicId(value: string): boolean {
  return PUBLIC_ID_PATTERN.test(value);
}

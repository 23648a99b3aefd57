/**
 * JSON values as the audit chain hashes them. Numbers are finite; object members whose
 * value is `undefined` are left out (as JSON.stringify and jsonb do).
 */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue | undefined };

/**
 * Canonical JSON after RFC 8785 (JSON Canonicalization Scheme): no whitespace, object
 * members sorted by their names' UTF-16 code units, strings and numbers written as
 * ECMAScript's JSON.stringify writes them (shortest round-trip number, `\uXXXX` escapes
 * only for control characters and lone surrogates). The same input always gives the same
 * text, in any implementation that follows the RFC, so hashes can be recomputed outside
 * Karpear. Throws on values JSON cannot carry (NaN, Infinity, bigint, functions).
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`not a JSON number: ${value}`);
      return JSON.stringify(value);
    case 'object':
      return isArray(value) ? canonicalArray(value) : canonicalObject(value);
    case 'bigint':
    case 'function':
    case 'symbol':
    case 'undefined':
      throw new TypeError(`not a JSON value: ${typeof value}`);
  }
}

// Array.isArray does not narrow a readonly array out of a union.
const isArray = (value: object): value is readonly JsonValue[] => Array.isArray(value);

function canonicalArray(values: readonly JsonValue[]): string {
  return `[${values.map((item) => canonicalJson(item)).join(',')}]`;
}

function canonicalObject(object: { readonly [key: string]: JsonValue | undefined }): string {
  // Array.prototype.sort without a comparator orders by UTF-16 code units, as RFC 8785 asks.
  const keys = Object.keys(object).sort();
  let out = '{';
  for (const key of keys) {
    const member = object[key];
    if (member === undefined) continue;
    if (out.length > 1) out += ',';
    out += `${JSON.stringify(key)}:${canonicalJson(member)}`;
  }
  return `${out}}`;
}

import fc from 'fast-check';

// What a hostile or broken client sends to a write endpoint, shared by the API fuzz (tests/api/fuzz.test.ts) and the
// form fuzz (tests/e2e/forms-fuzz.test.ts). Each case is a body and the Content-Type it claims.

export type FuzzRequest = { contentType: string | undefined; body: string | Uint8Array<ArrayBuffer> };

/** Characters that break naive code: NUL and controls, bidi overrides, halves of surrogate pairs, BOM, combining marks. */
const oddChar = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u202E',
  '\u2066',
  '\u200B',
  '\uFEFF',
  '\uD800',
  '\uDFFF',
  '\u0301',
  '\r',
  '\n',
  '\t',
  '😀',
  'ı',
  '𝔘',
  '"',
  '\\',
  '<',
  '&',
  '%',
  '=',
  '+',
  ';'
);

/** Text with odd characters mixed in, sometimes very long. */
export const oddText = fc.oneof(
  fc.string({ unit: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 1 }), oddChar), maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.nat({ max: 40_000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom('', ' ', 'SL-0000-0000-00', '__proto__', 'constructor', 'null', '0', '-1', '1e309', 'NaN')
);

/** Any value a JSON field could hold, odd strings and deep nesting included. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { depthSize: 'small' },
  fc.jsonValue({ maxDepth: 3 }),
  oddText,
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, true, false, [], {}, 1, 4, 5, -0, Number.MAX_SAFE_INTEGER)
);

/** A body shaped like `valid` with any field replaced, removed or added. */
export function mutated(valid: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(valid);
  return fc
    .tuple(fc.subarray(keys), fc.dictionary(fc.constantFrom(...keys, 'extra', '__proto__', 'contact', 'answers'), anyValue, { maxKeys: 4 }))
    .map(([kept, replaced]) => ({ ...Object.fromEntries(kept.map((k) => [k, valid[k]])), ...replaced }));
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/problem+json',
  'text/plain',
  'text/plain;charset=UTF-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----fuzz',
  'multipart/form-data',
  'application/octet-stream',
  'text/html',
  ''
];

/** Wrong content types, raw bytes, truncated text, and JSON of any shape. */
export function fuzzRequest(valid: Record<string, unknown>): fc.Arbitrary<FuzzRequest> {
  const contentType = fc.constantFrom<string | undefined>(...CONTENT_TYPES, undefined);
  const json = fc.oneof(mutated(valid), anyValue).map((value) => JSON.stringify(value) ?? 'undefined');
  return fc.oneof(
    fc.record({ contentType: fc.constant('application/json'), body: json }),
    fc.record({ contentType, body: json }),
    // Cut short anywhere: JSON, a form, or a multipart body missing its end.
    fc.record({
      contentType,
      body: fc
        .tuple(
          fc.constantFrom(
            JSON.stringify(valid),
            new URLSearchParams(valid as Record<string, string>).toString(),
            `------fuzz\r\nContent-Disposition: form-data; name="score"\r\n\r\n4\r\n------fuzz--\r\n`
          ),
          fc.nat()
        )
        .map(([text, cut]) => text.slice(0, cut % (text.length + 1)))
    }),
    fc.record({ contentType, body: fc.uint8Array({ maxLength: 200 }).map((bytes) => new Uint8Array(bytes)) }),
    fc.record({ contentType, body: oddText })
  );
}

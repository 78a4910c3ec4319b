import fc from 'fast-check';

/** Strings that have broken servers: control and format characters, lone surrogates, huge ones. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff',
  'x\ud83d',
  '\u202eevil.exe',
  '\u200f\u200eשלום',
  '😀👍🏽👨‍👩‍👧',
  '\ufeff',
  'Ä'.repeat(201),
  '../../etc/passwd',
  "'; DROP TABLE records; --",
  '<script>alert(1)</script>',
  '%s%n%x',
  '\\',
  '"',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'null',
  '1e309',
  'NaN',
  '-1',
  '0x10',
  '٣',
];

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Over every length limit (200, 20,000), and over the 1 MiB body limit when repeated. */
const HUGE_STRINGS = ['A'.repeat(20_001), '😀'.repeat(70_000)];

export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE_STRINGS) },
  { weight: 4, arbitrary: fc.string({ unit: codeUnit, maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
);

export const nastyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(-1, 0, 1, 0.5, -0, 1e308, 2 ** 53, 2 ** 53 + 2, -(2 ** 31), 2 ** 63, 1e21),
  fc.integer(),
  fc.double(),
);

export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  nastyNumber,
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }),
  fc.array(fc.nat(), { minLength: 201, maxLength: 5000 }),
);

/** Request bodies that are not JSON at all, or broken JSON. */
export const RAW_BODIES = [
  '{"mutations": [',
  '{"mutations": [}',
  "{'mutations': []}",
  '{"mutations": [],}',
  'undefined',
  'NaN',
  '\u0000',
  '{"__proto__": {"admin": true}}',
  '{"constructor": {"prototype": {"x": 1}}}',
  '{"mutations": [{"seq": 1e999}]}',
  '['.repeat(20_000) + ']'.repeat(20_000),
  '{"a":'.repeat(5000) + '1' + '}'.repeat(5000),
  `{"mutations": "${'x'.repeat(1_200_000)}"}`,
  '\ufeff{"mutations": []}',
  'mutations=1&seq=2',
];

export const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'APPLICATION/JSON',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  '',
  'application/json, text/plain',
  'application/vnd.api+json',
];

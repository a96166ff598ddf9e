import fc from 'fast-check';

/** Strings that have broken importers, query builders and spreadsheets elsewhere. */
export const HOSTILE = [
  '=CMD()',
  `=cmd|' /C calc'!A0`,
  '=HYPERLINK("http://127.0.0.1/x","点我")',
  '+1+1',
  '-2+3',
  '@SUM(1,2)',
  '\t=1+1',
  '\r=1+1',
  `' }) DETACH DELETE n //`,
  `"}) MATCH (n) DETACH DELETE n //`,
  '`) DETACH DELETE n //',
  "'; CALL dbms.killQueries([]) //",
  '$prefix',
  '{id: 1}',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  '*:*',
  'name:* OR 1',
  'AND',
  'OR NOT',
  'a AND',
  '(',
  '"unclosed',
  '\\',
  '/regex/',
  'fuzzy~2',
  'boost^10',
  '[a TO z]',
  '\u0000',
  '\u202e\u202d',
  '\uFEFF',
  '\uD800',
  '𠮷野家',
  '金山区',
  '１２３',
  '1e309',
  'NaN',
  '-0',
  '0x1F',
  '1,2,3',
  '；',
  ' ',
  '',
];

/** A hostile or random string: known payloads, arbitrary code points, or long runs. */
export const hostileString = (maxLength = 200): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: Math.min(maxLength, 60) }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength }) },
    { weight: 1, arbitrary: fc.constantFrom(maxLength + 1, 5_000).map((n) => '字'.repeat(n)) },
  );

/** Numbers JSON can carry, edges included. */
export const anyNumber = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 2 ** 31, -(2 ** 31) - 1, 0.1),
  fc.integer(),
);

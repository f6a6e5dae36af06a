/**
 * The audit trail's JSON in /admin (src/admin/ReadableJsonField.tsx): indented, accents as typed, nothing for an empty
 * value; a JSON document kept as text reads the same as a parsed one.
 */
import { describe, expect, it } from 'vitest'

import { readableJson } from '@/admin/readableJson'

describe('readableJson', () => {
  it('indents a list of changes two spaces, one key a line, accents and arrows as they are', () => {
    const changes = [{ field: 'roles', label: 'Rôles', before: ['member'], after: ['validator'] }]
    expect(readableJson(changes)).toBe(
      [
        '[',
        '  {',
        '    "field": "roles",',
        '    "label": "Rôles",',
        '    "before": [',
        '      "member"',
        '    ],',
        '    "after": [',
        '      "validator"',
        '    ]',
        '  }',
        ']',
      ].join('\n'),
    )
    expect(readableJson({ note: 'avant → après' })).toBe('{\n  "note": "avant → après"\n}')
  })

  it('reads a change as field, label, before, after, whatever order PostgreSQL gave its keys', () => {
    const stored = [{ after: 2, field: 'seats', label: 'Places', before: 1, extra: true }]
    expect(readableJson(stored)).toBe(
      '[\n  {\n    "field": "seats",\n    "label": "Places",\n    "before": 1,\n    "after": 2,\n    "extra": true\n  }\n]',
    )
  })

  it('reads JSON kept as text like the parsed value, and other text as it is', () => {
    expect(readableJson('{"file":"export.csv"}')).toBe('{\n  "file": "export.csv"\n}')
    expect(readableJson('pas du JSON')).toBe('pas du JSON')
  })

  it('has nothing to show for an empty value, but shows false and zero', () => {
    expect(readableJson(null)).toBeNull()
    expect(readableJson(undefined)).toBeNull()
    expect(readableJson('')).toBeNull()
    expect(readableJson(false)).toBe('false')
    expect(readableJson(0)).toBe('0')
  })
})

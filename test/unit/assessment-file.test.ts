import { describe, expect, it } from 'vitest'
import { newAssessment } from '../../common/contract/assessment-schema'
import { ASSESSMENT_SCHEMA_VERSION } from '../../common/contract/schemas'
import { decodeAssessment } from '../../electron/storage/assessment-file'

/**
 * What reading one stored file comes to, in the words the app shows when it keeps a damaged file
 * aside ("… could not be opened: the file is empty").
 */
const bytes = (text: string) => new TextEncoder().encode(text)
const valid = () => newAssessment({ id: '00000000-0000-4000-8000-000000000001', title: 'Annual review', now: '2026-03-01T09:00:00.000Z' })

describe('decoding one assessment file', () => {
  it('reads a valid file as it was written, from the current version', () => {
    expect(decodeAssessment(bytes(JSON.stringify(valid())))).toEqual({ status: 'ok', assessment: valid(), fromVersion: ASSESSMENT_SCHEMA_VERSION })
  })

  it('drops a byte-order mark and the store library’s own bookkeeping key', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(JSON.stringify({ ...valid(), __internal__: { migrations: {} } }))])
    expect(decodeAssessment(withBom)).toMatchObject({ status: 'ok', assessment: valid() })
  })

  it.each([
    ['no bytes at all', new Uint8Array(), 'the file is empty'],
    ['only blanks', bytes(' \n\t '), 'the file is empty'],
    ['bytes that are not UTF-8', new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]), 'the file holds binary data instead of text'],
    ['a NUL inside the text', bytes('{"title": "a\u0000b"}'), 'the file holds binary data instead of text'],
    ['JSON cut short', bytes('{"id": "00000000-0000'), 'the file is not valid JSON (it may have been cut short)'],
    ['a list instead of an object', bytes('[1, 2]'), 'the file does not hold an assessment'],
    ['a bare number', bytes('42'), 'the file does not hold an assessment'],
    ['null', bytes('null'), 'the file does not hold an assessment'],
  ])('calls %s damaged, saying why', (_what, input, problem) => {
    expect(decodeAssessment(input)).toEqual({ status: 'damaged', problem })
  })

  it('names the field a wrong-shaped file fails at, or the file as a whole', () => {
    expect(decodeAssessment(bytes(JSON.stringify({ ...valid(), title: '' })))).toEqual({ status: 'damaged', problem: 'the file does not hold a valid assessment (title: must not be empty)' })
    const missing = decodeAssessment(bytes(JSON.stringify({ schemaVersion: ASSESSMENT_SCHEMA_VERSION })))
    expect(missing).toMatchObject({ status: 'damaged' })
    expect((missing as { problem: string }).problem).toMatch(/^the file does not hold a valid assessment \([a-z]+: /)
  })

  it('leaves a file from a newer Panorama alone, naming its version', () => {
    expect(decodeAssessment(bytes(JSON.stringify({ ...valid(), schemaVersion: ASSESSMENT_SCHEMA_VERSION + 1 })))).toEqual({ status: 'newer', version: ASSESSMENT_SCHEMA_VERSION + 1 })
  })

  it('upgrades an older version through the steps, and reports it as read from that version', () => {
    const current = valid()
    const old = { ...current, schemaVersion: ASSESSMENT_SCHEMA_VERSION - 1, name: current.title }
    const { title: _title, ...withoutTitle } = old
    const table = { [ASSESSMENT_SCHEMA_VERSION - 1]: ({ name, ...rest }: Record<string, unknown>) => ({ ...rest, title: name }) }
    expect(decodeAssessment(bytes(JSON.stringify(withoutTitle)), table)).toEqual({ status: 'ok', assessment: current, fromVersion: ASSESSMENT_SCHEMA_VERSION - 1 })
  })

  it('keeps an older file it cannot upgrade apart from a damaged one, with the reason', () => {
    const old = { ...valid(), schemaVersion: ASSESSMENT_SCHEMA_VERSION - 1 }
    const failing = { [ASSESSMENT_SCHEMA_VERSION - 1]: () => { throw new Error('no sites list') } }
    const result = decodeAssessment(bytes(JSON.stringify(old)), failing)
    expect(result.status).toBe('not-upgraded')
    expect((result as { problem: string }).problem).toContain('no sites list')
    expect(decodeAssessment(bytes(JSON.stringify(old)), {})).toMatchObject({ status: 'not-upgraded' })
  })

  it('does not take a version that is not a whole number as older or newer: the schema judges it', () => {
    // "2" is text: it must not pass as a version newer than this one.
    for (const schemaVersion of [0.5, -1, '1', '2']) {
      expect(decodeAssessment(bytes(JSON.stringify({ ...valid(), schemaVersion })))).toMatchObject({ status: 'damaged' })
    }
  })
})

import { describe, expect, it } from 'vitest'
import efqmJson from '../../assets/frameworks/efqm-2025.json'
import isoJson from '../../assets/frameworks/iso-9001-2015.json'
import stakeholdersJson from '../../assets/frameworks/stakeholders.json'
import { bundledFrameworkIds, bundledFrameworks, findBundledFramework, knownFrameworks, parseBundledFrameworks } from '../../electron/ipc/known-frameworks'

describe('the frameworks main knows (bundled framework files)', () => {
  it('are the framework files in assets/frameworks, without the stakeholder catalogue', () => {
    expect(knownFrameworks()).toEqual([
      { id: 'efqm-2025', name: efqmJson.name, edition: efqmJson.edition },
      { id: 'iso-9001-2015', name: isoJson.name, edition: isoJson.edition },
    ])
  })

  it('give their ids without being parsed, the same and in the same order as parsed', () => {
    expect(bundledFrameworkIds()).toEqual(bundledFrameworks().map((framework) => framework.id))
    expect(bundledFrameworkIds()).toBe(bundledFrameworkIds())
  })

  it('are parsed once and carry their items, for CSV titles', () => {
    expect(bundledFrameworks()).toBe(bundledFrameworks())
    const iso = findBundledFramework('iso-9001-2015')!
    expect(iso.sections.flatMap((s) => s.items).find((item) => item.id === '4.1')?.title).toBe(isoJson.sections[0]!.items[0]!.title)
    expect(findBundledFramework('caf-2020')).toBeUndefined()
    expect(findBundledFramework('constructor')).toBeUndefined()
  })

  it('skips stakeholders.json, sorts by id, and names a broken file', () => {
    const parsed = parseBundledFrameworks({
      '../../assets/frameworks/iso-9001-2015.json': isoJson,
      '../../assets/frameworks/stakeholders.json': stakeholdersJson,
      '../../assets/frameworks/efqm-2025.json': efqmJson,
    })
    expect(parsed.map((f) => f.id)).toEqual(['efqm-2025', 'iso-9001-2015'])
    expect(() => parseBundledFrameworks({ '../../assets/frameworks/broken.json': { id: 'broken' } })).toThrow(/broken\.json is not valid/)
  })
})

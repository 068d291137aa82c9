import { describe, expect, it } from 'vitest'
import { allItems, findItem, frameworkLabel, itemIndex, parseFramework, unresolvedCrosswalk, type Framework } from '../../../common/domain/framework'
import { miniMaturity, miniRadar } from '../../support/mini-frameworks'

/** A framework as a data file gives it: plain JSON, edited by `change`. */
function file(framework: Framework, change: (data: any) => void): unknown {
  const data = JSON.parse(JSON.stringify(framework))
  change(data)
  return data
}

const refusal = (json: unknown, source?: string) => {
  try {
    parseFramework(json, source)
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('the framework was accepted')
}

describe('a framework file that breaks the schema', () => {
  it('names "the top level" for a fault of the file itself, with the validator’s own words', () => {
    const json = file(miniRadar(), (data) => delete data.publisher)
    expect(refusal(json, 'mini.json')).toMatch(/^The mini\.json is not valid at the top level: Instance does not have required property "publisher"\.$/)
  })

  it('gives the keyword’s own reason, not "a subschema had errors", and ends with one full stop', () => {
    const json = file(miniRadar(), (data) => (data.sections[0].items[1].relevance.people = 7))
    const message = refusal(json, 'mini.json')
    expect(message).toMatch(/^The mini\.json is not valid at sections\.0\.items\.1\.relevance\.people: /)
    expect(message).not.toMatch(/subschema/i)
    expect(message).toMatch(/[^.]\.$/)
  })

  it('names the field as a dotted path', () => {
    const json = file(miniRadar(), (data) => (data.radar.results[1].attributes[0].help = ''))
    expect(refusal(json, 'mini.json')).toMatch(/^The mini\.json is not valid at radar\.results\.1\.attributes\.0\.help: String is too short \(0 < 1\)\.$/)
  })

  it('with several faults, names the deepest field rather than the first one met', () => {
    // sections.0.title (depth 3) comes first; sections.1.items.0.questions (depth 5) is deeper.
    const json = file(miniRadar(), (data) => {
      data.sections[0].title = ''
      data.sections[1].items[0].questions = ['Only one?']
    })
    expect(refusal(json)).toMatch(/^The framework file is not valid at sections\.1\.items\.0\.questions: Array has too few items \(1 < 2\)\.$/)
  })
})

describe('a framework file the schema accepts but the rules refuse: each problem in its own words', () => {
  const invalid = (problems: string) => `The framework file is not valid: ${problems}.`

  it('a well-formed RADAR and maturity framework load as they are', () => {
    expect(parseFramework(file(miniRadar(), () => {}))).toMatchObject({ id: 'mini-radar', totalPoints: 300 })
    expect(parseFramework(file(miniMaturity(), () => {}))).toMatchObject({ id: 'mini-maturity' })
  })

  it('a RADAR attribute id that every object already has', () => {
    const json = file(miniRadar(), (data) => (data.radar.enabler[0].attributes[0].id = 'constructor'))
    expect(refusal(json)).toBe(invalid('the id constructor is the name of a property every object has, and cannot be used'))
  })

  it('an item of a stakeholder-weighted section that names no group', () => {
    const json = file(miniRadar(), (data) => delete data.sections[1].items[0].stakeholderGroup)
    expect(refusal(json)).toBe(invalid('b1 sits in a stakeholder-weighted section but names no stakeholder group'))
  })

  it('an item naming a subsection its section lacks, whether the section has no subsections or other ones', () => {
    const none = file(miniRadar(), (data) => (data.sections[0].items[0].subsection = 'zz'))
    expect(refusal(none)).toBe(invalid('a1 names subsection zz, which A does not have'))
    const others = file(miniRadar(), (data) => {
      data.sections[0].subsections = [{ id: 's1', title: 'One' }, { id: 's2', title: 'Two' }]
      data.sections[0].items[0].subsection = 's1'
      data.sections[0].items[1].subsection = 'zz'
    })
    expect(refusal(others)).toBe(invalid('a2 names subsection zz, which A does not have'))
  })

  it('an item naming the one subsection its section has is fine', () => {
    const json = file(miniRadar(), (data) => {
      data.sections[0].subsections = [{ id: 's1', title: 'One' }]
      data.sections[0].items[0].subsection = 's1'
    })
    expect(allItems(parseFramework(json)).map((i) => i.subsection)).toEqual(['s1', undefined, undefined, undefined])
  })

  it('a RADAR framework without its attributes, or without totalPoints (and no points sum against a total it lacks)', () => {
    expect(refusal(file(miniRadar(), (data) => delete data.radar))).toBe(invalid('a RADAR framework needs its RADAR attributes'))
    expect(refusal(file(miniRadar(), (data) => delete data.totalPoints))).toBe(invalid('a RADAR framework needs totalPoints'))
  })

  it('a RADAR section without points, or without an attribute set', () => {
    // A without points: 200 of 300 points left
    expect(refusal(file(miniRadar(), (data) => delete data.sections[0].points))).toBe(invalid('section A needs points and an attribute set; the section points add up to 200, not 300'))
    expect(refusal(file(miniRadar(), (data) => delete data.sections[1].attributeSet))).toBe(invalid('section B needs points and an attribute set'))
  })

  it('a maturity framework without its levels', () => {
    expect(refusal(file(miniMaturity(), (data) => delete data.maturityLevels))).toBe(invalid('a maturity framework needs its maturity levels'))
  })

  it('every problem at once, in the order of the file, joined by semicolons, with the file named', () => {
    const json = file(miniRadar(), (data) => {
      data.sections[1].items[1].id = 'a1'
      delete data.sections[1].items[0].stakeholderGroup
      delete data.totalPoints
    })
    expect(refusal(json, 'mini.json')).toBe(
      'The mini.json is not valid: b1 sits in a stakeholder-weighted section but names no stakeholder group; item id a1 is used twice; a RADAR framework needs totalPoints.',
    )
  })
})

describe('looking up a framework’s items', () => {
  it('finds an item with its section, for one framework after another, from the same index each time', () => {
    const radar = miniRadar()
    const maturity = miniMaturity()
    const first = itemIndex(radar)
    expect(itemIndex(radar)).toBe(first)
    const other = itemIndex(maturity)
    expect(itemIndex(radar)).toBe(first)
    expect(itemIndex(maturity)).toBe(other)
    expect([...first.keys()]).toEqual(['a1', 'a2', 'b1', 'b2'])
    expect(findItem(radar, 'b2').section.id).toBe('B')
    expect(findItem(maturity, 'u4')).toMatchObject({ item: { id: 'u4' }, section: { id: 'S2' } })
    expect(() => findItem(radar, 'u1')).toThrow('There is no item "u1" in Mini RADAR (test).')
  })

  it('names a framework by its name and edition', () => {
    expect(frameworkLabel(miniRadar())).toBe('Mini RADAR test')
    expect(frameworkLabel({ ...miniMaturity(), name: 'CAF', edition: '2020' })).toBe('CAF 2020')
  })
})

describe('crosswalk references', () => {
  it('reports a reference to a missing item of a loaded framework, as "from → to", and ignores frameworks not loaded', () => {
    const radar = miniRadar()
    const maturity = miniMaturity()
    radar.sections[0]!.items[0]!.crosswalk = ['mini-maturity:u1', 'mini-maturity:zz', 'caf-2020:1.1']
    maturity.sections[0]!.items[1]!.crosswalk = ['mini-radar:b9', 'mini-radar:b2']
    expect(unresolvedCrosswalk([radar, maturity])).toEqual(['mini-radar:a1 → mini-maturity:zz', 'mini-maturity:u2 → mini-radar:b9'])
    // With only the RADAR framework loaded, its references to the maturity one are not checked.
    expect(unresolvedCrosswalk([radar])).toEqual([])
  })
})

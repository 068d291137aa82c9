import type { Framework, Item } from '../../common/domain/framework'
import type { Relevance } from '../../common/domain/stakeholders'

const zero: Relevance = { customers: 0, people: 0, owners: 0, partners: 0, society: 0, regulators: 0, internal: 0 }

export function item(id: string, relevance: Partial<Relevance>, extra: Partial<Item> = {}): Item {
  return {
    id,
    title: `Item ${id}`,
    help: `Help for ${id}.`,
    questions: [`First question on ${id}?`, `Second question on ${id}?`],
    relevance: { ...zero, ...relevance },
    crosswalk: [],
    ...extra,
  }
}

/**
 * A RADAR framework small enough to score by hand: section A (100 points, enabler attributes,
 * items a1 a2) and section B (200 points, results attributes, stakeholder-weighted, b1 customers, b2 people).
 */
export function miniRadar(): Framework {
  return {
    formatVersion: 1,
    id: 'mini-radar',
    name: 'Mini RADAR',
    edition: 'test',
    publisher: 'Panorama tests',
    scoring: 'radar',
    totalPoints: 300,
    radar: {
      enabler: [
        { id: 'approach', name: 'Approach', attributes: [{ id: 'sound', name: 'Sound', help: 'h' }, { id: 'integrated', name: 'Integrated', help: 'h' }] },
        { id: 'deployment', name: 'Deployment', attributes: [{ id: 'implemented', name: 'Implemented', help: 'h' }] },
      ],
      results: [
        { id: 'relevance', name: 'Relevance', attributes: [{ id: 'scope', name: 'Scope', help: 'h' }] },
        { id: 'performance', name: 'Performance', attributes: [{ id: 'trends', name: 'Trends', help: 'h' }, { id: 'targets', name: 'Targets', help: 'h' }] },
      ],
    },
    sources: [{ title: 'Test', note: 'Made up for tests.' }],
    caveats: [],
    sections: [
      { id: 'A', title: 'Enablers', points: 100, attributeSet: 'enabler', items: [item('a1', { internal: 1 }), item('a2', { owners: 0.5, internal: 0.5 })] },
      {
        id: 'B',
        title: 'Results',
        points: 200,
        attributeSet: 'results',
        stakeholderWeighting: true,
        items: [item('b1', { customers: 1 }, { stakeholderGroup: 'customers' }), item('b2', { people: 1 }, { stakeholderGroup: 'people' })],
      },
    ],
  }
}

/** A maturity framework: S1 (u1 u2 u3) and S2 (u4 u5), each unit weighing 1/5. */
export function miniMaturity(): Framework {
  return {
    formatVersion: 1,
    id: 'mini-maturity',
    name: 'Mini maturity',
    edition: 'test',
    publisher: 'Panorama tests',
    scoring: 'maturity',
    maturityLevels: [0, 1, 2, 3, 4, 5].map((level) => ({ level, label: `L${level}`, description: `Level ${level}.` })),
    sources: [{ title: 'Test', note: 'Made up for tests.' }],
    caveats: [],
    sections: [
      { id: 'S1', title: 'First', items: [item('u1', { customers: 1 }), item('u2', { people: 1 }), item('u3', { internal: 1 })] },
      { id: 'S2', title: 'Second', items: [item('u4', { partners: 1 }), item('u5', { society: 1 })] },
    ],
  }
}

/** Two equally weighted items, for the coverage formulas: x (customers ½, internal ½) and y (spread). */
export function miniCoverage(): Framework {
  return {
    ...miniMaturity(),
    id: 'mini-coverage',
    name: 'Mini coverage',
    sections: [
      {
        id: 'S',
        title: 'Only',
        items: [
          item('x', { customers: 0.5, internal: 0.5 }),
          item('y', { customers: 0.2, people: 0.2, owners: 0.2, partners: 0.2, society: 0.1, regulators: 0.1 }),
        ],
      },
    ],
  }
}

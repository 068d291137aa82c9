import { describe, expect, it } from 'vitest'
import type { StoredParticipant } from '../../common/contract/assessment-schema'
import { participantLabel, roomOrder } from '../../renderer/src/features/questionnaire/participant-label'

const team: StoredParticipant[] = ['ceo', 'ben', 'cleo', 'dev', 'eli', 'fay', 'gus'].map((id, i) => ({ id, name: id.toUpperCase(), role: i === 0 ? 'leadership' : 'staff' }))
const ids = (list: StoredParticipant[]) => list.map((p) => p.id)
const units = ['4.1', '4.2', '4.3', '4.4', '5.1.1', '5.1.2', '5.2.1', '5.2.2', '5.3', '6.1', '6.2', '6.3']

describe('the order the room sees', () => {
  it('is the setup order while names are shown, so votes are entered as people sit', () => {
    expect(roomOrder(team, '4.1', false)).toBe(team)
  })

  it('with names hidden, keeps everyone once and gives each item the same order every time', () => {
    for (const unit of units) {
      const order = roomOrder(team, unit, true)
      expect([...ids(order)].sort()).toEqual([...ids(team)].sort())
      expect(ids(roomOrder(team, unit, true))).toEqual(ids(order))
    }
  })

  it('with names hidden, does not show the first person entered as “Participant 1” item after item', () => {
    const firstRows = units.map((unit) => roomOrder(team, unit, true)[0]!.id)
    expect(firstRows.filter((id) => id === 'ceo').length).toBeLessThan(units.length / 2)
    expect(new Set(units.map((unit) => ids(roomOrder(team, unit, true)).join())).size).toBeGreaterThan(units.length / 2)
  })

  it('labels a hidden name by its row, never by the person', () => {
    const order = roomOrder(team, '4.2', true)
    expect(order.map((p, row) => participantLabel(p, row, true))).toEqual(team.map((_, row) => `Participant ${row + 1}`))
    expect(participantLabel(team[0]!, 0, false)).toBe('CEO')
  })
})

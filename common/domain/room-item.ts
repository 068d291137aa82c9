import type { RoomItem } from '../contract/room-protocol'
import { findItem, type Framework } from './framework'
import { bandName, bandRanges, elementsFor } from './radar'

/**
 * An item as the room shows it on a phone: its title, its questions and its scale (the RADAR
 * bands, and the attributes when the facilitator chose the full grid; or the maturity levels
 * with their descriptions), and nothing else of the framework or the assessment. Main builds it
 * and puts it in the room; the room's schema checks it again on the way in.
 */
export function roomItemFor(framework: Framework, itemId: string, mode: 'quick' | 'radar' = 'quick'): RoomItem {
  const { item, section } = findItem(framework, itemId)
  const base = { frameworkId: framework.id, itemId: item.id, title: item.title, questions: [...item.questions] }
  if (framework.scoring === 'maturity') {
    return { ...base, scale: { kind: 'maturity', levels: (framework.maturityLevels ?? []).map(({ level, label, description }) => ({ level, label, description })) } }
  }
  const bands = bandRanges().map((b) => ({ from: b.from, to: b.to, label: bandName(b.label) }))
  const elements =
    mode === 'radar'
      ? elementsFor(framework, section).map((element) => ({
          id: element.id,
          name: element.name,
          attributes: element.attributes.map(({ id, name, help }) => ({ id, name, help })),
        }))
      : []
  return { ...base, scale: { kind: 'radar', mode, bands, elements } }
}

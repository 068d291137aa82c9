import { describe, expect, it } from 'vitest'
import { voteKey, type VoteKeyContext } from '../../renderer/src/features/questionnaire/vote-keys'

const iso: VoteKeyContext = { scale: 'maturity', buffer: '', current: null, isLastParticipant: false }
const radar: VoteKeyContext = { scale: 'radar', buffer: '', current: null, isLastParticipant: false }

describe('keyboard vote entry', () => {
  it('ISO: one digit is one vote and moves on; 6–9 are refused with a message', () => {
    expect(voteKey('3', iso)).toEqual({ type: 'set', value: 3, advance: true })
    expect(voteKey('0', iso)).toEqual({ type: 'set', value: 0, advance: true })
    expect(voteKey('7', iso)).toEqual({ type: 'error', message: 'Levels go from 0 to 5; 7 is not one.' })
    expect(voteKey('n', iso)).toEqual({ type: 'not-applicable' })
  })

  it('RADAR: two digits are a vote, one digit and Enter means tens, "10" waits for a possible 100', () => {
    expect(voteKey('5', radar)).toEqual({ type: 'buffer', buffer: '5' })
    expect(voteKey('5', { ...radar, buffer: '5' })).toEqual({ type: 'set', value: 55, advance: true })
    expect(voteKey('Enter', { ...radar, buffer: '7' })).toEqual({ type: 'set', value: 70, advance: true })
    expect(voteKey('0', { ...radar, buffer: '1' })).toEqual({ type: 'buffer', buffer: '10' })
    expect(voteKey('0', { ...radar, buffer: '10' })).toEqual({ type: 'set', value: 100, advance: true })
    expect(voteKey('Enter', { ...radar, buffer: '10' })).toEqual({ type: 'set', value: 10, advance: true })
    expect(voteKey('5', { ...radar, buffer: '0' })).toEqual({ type: 'set', value: 5, advance: true })
  })

  it('RADAR: refuses scores that are not a step of 5 or above 100', () => {
    expect(voteKey('7', { ...radar, buffer: '5' })).toEqual({ type: 'error', message: 'Scores go from 0 to 100 in steps of 5; 57 is not one.' })
    expect(voteKey('5', { ...radar, buffer: '10' })).toEqual({ type: 'error', message: 'Scores go from 0 to 100 in steps of 5; 105 is not one.' })
  })

  it('Enter moves to the next participant, and from the last one to the next item', () => {
    expect(voteKey('Enter', iso)).toEqual({ type: 'move', delta: 1 })
    expect(voteKey('Enter', { ...iso, isLastParticipant: true })).toEqual({ type: 'next-item' })
    expect(voteKey('PageDown', iso)).toEqual({ type: 'next-item' })
    expect(voteKey('PageUp', iso)).toEqual({ type: 'previous-item' })
  })

  it('arrows move between people and adjust the vote within the scale', () => {
    expect(voteKey('ArrowUp', iso)).toEqual({ type: 'move', delta: -1 })
    expect(voteKey('ArrowRight', { ...iso, current: 5 })).toEqual({ type: 'set', value: 5, advance: false })
    expect(voteKey('ArrowLeft', { ...radar, current: 0 })).toEqual({ type: 'set', value: 0, advance: false })
    expect(voteKey('ArrowRight', { ...radar, current: 55 })).toEqual({ type: 'set', value: 60, advance: false })
    expect(voteKey('ArrowRight', radar)).toEqual({ type: 'set', value: 50, advance: false })
  })

  it('Backspace edits the typed digits, then clears the vote; Escape drops the digits', () => {
    expect(voteKey('Backspace', { ...radar, buffer: '5' })).toEqual({ type: 'buffer', buffer: '' })
    expect(voteKey('Backspace', radar)).toEqual({ type: 'clear' })
    expect(voteKey('Delete', iso)).toEqual({ type: 'clear' })
    expect(voteKey('Escape', { ...radar, buffer: '1' })).toEqual({ type: 'buffer', buffer: '' })
    expect(voteKey('x', radar)).toEqual({ type: 'none' })
  })
})

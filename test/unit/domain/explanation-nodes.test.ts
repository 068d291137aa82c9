import { describe, expect, it } from 'vitest'
import { explain, explanationLines } from '../../../common/domain/explanation'

describe('explanation nodes', () => {
  it('a node without a rule or inputs has only a label and a value, and reads as one line without brackets', () => {
    const node = explain('Total', '40 points')
    expect(Object.keys(node)).toEqual(['label', 'value'])
    expect('rule' in node).toBe(false)
    expect('inputs' in node).toBe(false)
    expect(explanationLines(node)).toEqual(['Total: 40 points'])
  })

  it('an empty list of inputs is left out, as if none were given', () => {
    const node = explain('Total', '40 points', 'the sum', [])
    expect(Object.keys(node)).toEqual(['label', 'value', 'rule'])
    expect('inputs' in node).toBe(false)
    expect(explanationLines(node)).toEqual(['Total: 40 points (the sum)'])
  })

  it('texts given as functions are worded when read, once, and are ordinary enumerable fields', () => {
    let calls = 0
    const node = explain(
      () => 'Total',
      () => {
        calls++
        return '40 points'
      },
      () => 'the sum',
      [explain('Part', '40')],
    )
    expect(calls).toBe(0)
    expect(Object.keys(node)).toEqual(['label', 'value', 'rule', 'inputs'])
    // A copy made with spread (as the item explanation does) keeps the worded texts.
    expect({ ...node }).toEqual({ label: 'Total', value: '40 points', rule: 'the sum', inputs: [{ label: 'Part', value: '40' }] })
    expect(explanationLines(node)).toEqual(['Total: 40 points (the sum)', '  Part: 40'])
    expect(calls).toBe(1)
  })

  it('a lazily worded text can be removed or redefined by whoever holds the node', () => {
    const node = explain(() => 'Total', () => '40 points', () => 'the sum')
    delete node.rule
    Object.defineProperty(node, 'value', { value: '41 points', enumerable: true, writable: true })
    expect(explanationLines(node)).toEqual(['Total: 41 points'])
  })
})

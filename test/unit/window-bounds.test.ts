import { describe, expect, it } from 'vitest'
import { DEFAULT_SIZE, MIN_SIZE, restorableBounds } from '../../electron/window'

const laptop = { x: 0, y: 0, width: 1440, height: 900 }
const external = { x: 1440, y: 0, width: 2560, height: 1440 }

describe('restoring the window position', () => {
  it('uses the default size the first time', () => {
    expect(restorableBounds(null, [laptop])).toEqual(DEFAULT_SIZE)
  })

  it('restores position and size on a display that still exists', () => {
    expect(restorableBounds({ x: 1600, y: 100, width: 1200, height: 800, maximized: false }, [laptop, external])).toEqual({
      x: 1600,
      y: 100,
      width: 1200,
      height: 800,
    })
  })

  it('drops the position, keeping the size, when the monitor it was on has gone', () => {
    expect(restorableBounds({ x: 1600, y: 100, width: 1200, height: 800, maximized: false }, [laptop])).toEqual({
      width: 1200,
      height: 800,
    })
  })

  it('never restores a window smaller than the minimum', () => {
    expect(restorableBounds({ x: 10, y: 10, width: 300, height: 200, maximized: false }, [laptop])).toMatchObject(MIN_SIZE)
  })
})

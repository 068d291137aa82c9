import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export function makeTempDir(prefix = 'panorama-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix))
}

/** Every file under `dir` with its bytes, to prove that an operation changed nothing on disk. */
export function snapshotDir(dir: string): Record<string, string> {
  const result: Record<string, string> = {}
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name)
      if (entry.isDirectory()) walk(full)
      else result[path.relative(dir, full)] = fs.readFileSync(full, 'base64')
    }
  }
  walk(dir)
  return result
}

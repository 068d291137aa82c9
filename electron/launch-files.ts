import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { isAssessmentFileName } from '../common/contract/portable-file-schema'

/** A command-line argument as a local path: Linux desktop entries pass `%U`, i.e. `file://` URIs. */
function argumentAsPath(arg: string, cwd: string): string | null {
  if (/^file:/i.test(arg)) {
    try {
      return fileURLToPath(arg)
    } catch {
      // A file: URI for another host, or malformed: not something Panorama can open.
      return null
    }
  }
  // Any other URI scheme (https:, smb:) is not a local file.
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) return null
  return path.resolve(cwd, arg)
}

/**
 * The Panorama file named on a command line (a double-click in the file manager, "Open with",
 * or a second launch), if any. Flags (Chromium adds its own to a second instance's argv) and the
 * executable are skipped; relative paths are resolved against the directory the command was
 * started in.
 */
export function fileFromArgv(argv: readonly string[], cwd: string): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue
    const file = argumentAsPath(arg, cwd)
    if (file && isAssessmentFileName(file)) return file
  }
  return null
}

/**
 * A file the OS asked Panorama to open, waiting for the renderer's next "open file" request:
 * the file then goes through exactly the checks and questions of Open file…, with no dialog.
 */
export function createLaunchFiles() {
  let waiting: string | null = null
  return {
    offer(file: string) {
      waiting = file
    },
    waiting(): boolean {
      return waiting !== null
    },
    /** The waiting file, once; null when there is none. */
    take(): string | null {
      const file = waiting
      waiting = null
      return file
    },
  }
}

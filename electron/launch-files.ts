import path from 'node:path'

export const ASSESSMENT_FILE_EXTENSION = '.panorama.json'

/**
 * The Panorama file named on a command line (a double-click in the file manager, "Open with",
 * or a second launch), if any. Flags and the executable are skipped; relative paths are resolved
 * against the directory the command was started in.
 */
export function fileFromArgv(argv: readonly string[], cwd: string): string | null {
  const candidate = argv.slice(1).find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(ASSESSMENT_FILE_EXTENSION))
  return candidate ? path.resolve(cwd, candidate) : null
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

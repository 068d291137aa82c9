import fs from 'node:fs'
import path from 'node:path'

/** What decides whether Chromium's sandbox can start on Linux, read off the machine. */
export interface SandboxFacts {
  /** Ubuntu 23.10+: AppArmor lets only profiled programs use unprivileged user namespaces. */
  userNamespacesRestricted: boolean
  /** chrome-sandbox next to the binary is owned by root with mode 4755 (Chromium's fallback). */
  setuidHelperReady: boolean
  /** Some profile in /etc/apparmor.d names this binary (e.g. the one the Panorama deb installs). */
  apparmorProfileFound: boolean
}

export function readSandboxFacts(electronBinary: string, root = '/'): SandboxFacts {
  const restrictFile = path.join(root, 'proc/sys/kernel/apparmor_restrict_unprivileged_userns')
  let userNamespacesRestricted = false
  try {
    userNamespacesRestricted = fs.readFileSync(restrictFile, 'utf8').trim() === '1'
  } catch {
    // No such setting: not an AppArmor-restricted kernel.
  }
  let setuidHelperReady = false
  try {
    const helper = fs.statSync(path.join(path.dirname(electronBinary), 'chrome-sandbox'))
    setuidHelperReady = helper.uid === 0 && (helper.mode & 0o7777) === 0o4755
  } catch {
    // No helper: only the namespace sandbox can work.
  }
  let apparmorProfileFound = false
  try {
    const profiles = path.join(root, 'etc/apparmor.d')
    apparmorProfileFound = fs.readdirSync(profiles, { withFileTypes: true }).some((entry) => {
      if (!entry.isFile()) return false
      try {
        return fs.readFileSync(path.join(profiles, entry.name), 'utf8').includes(electronBinary)
      } catch {
        return false
      }
    })
  } catch {
    // No AppArmor profiles folder.
  }
  return { userNamespacesRestricted, setuidHelperReady, apparmorProfileFound }
}

/**
 * What to tell a developer before Chromium aborts with "The SUID sandbox helper binary was found,
 * but is not configured correctly", or null when the sandbox can start. The sandbox is never
 * switched off for them: the fix is to give this Electron binary a way to sandbox itself.
 */
export function sandboxAdvice(facts: SandboxFacts, electronBinary: string): string | null {
  if (!facts.userNamespacesRestricted || facts.setuidHelperReady || facts.apparmorProfileFound) return null
  const helper = path.join(path.dirname(electronBinary), 'chrome-sandbox')
  return [
    'Panorama: this system lets only programs with an AppArmor profile use user namespaces (Ubuntu 23.10 and later),',
    `and the development Electron has neither such a profile nor a set-uid sandbox helper, so its sandbox cannot start.`,
    `Give it the helper once for this checkout:  sudo chown root:root '${helper}' && sudo chmod 4755 '${helper}'`,
    'or install the AppArmor profile described in README.md, "Linux sandbox".',
  ].join('\n')
}

import { parseFramework, type Framework } from '../../common/domain/framework'
import { parseStakeholderCatalogue, type StakeholderCatalogue } from '../../common/domain/stakeholders'

/**
 * The frameworks this build of Panorama ships, read from the same bundled files the renderer
 * uses (assets/frameworks/*.json, except the stakeholder catalogue). Main needs them to write
 * each framework's edition into an exported file, to refuse a file that names a framework this
 * build does not know, and to give CSV rows their item titles. electron-vite bundles main with
 * Vite, so the files are inlined at build time; vitest resolves the glob the same way.
 *
 * Parsing goes through the domain's own `parseFramework` (pure TypeScript, no I/O), so main and
 * the renderer agree on what a valid framework is and how a RADAR rating scores.
 */
const frameworkFiles = import.meta.glob<unknown>('../../assets/frameworks/*.json', { eager: true, import: 'default' })

export interface KnownFramework {
  id: string
  name: string
  edition: string
}

/** Parses the bundled framework files; exported for the tests, which feed it stand-in files. */
export function parseBundledFrameworks(files: Record<string, unknown>): Framework[] {
  return Object.entries(files)
    .filter(([file]) => !file.endsWith('/stakeholders.json'))
    .map(([file, json]) => parseFramework(json, file.split('/').pop()))
    .sort((a, b) => a.id.localeCompare(b.id))
}

let cached: Framework[] | null = null

/** Every bundled framework, parsed once on first use (not at start-up). */
export function bundledFrameworks(): readonly Framework[] {
  cached ??= parseBundledFrameworks(frameworkFiles)
  return cached
}

let cachedIds: string[] | null = null

/**
 * The ids of the bundled frameworks, read from their files without parsing them whole. Checking
 * an opened file needs only the ids, and parsing every framework on first use would hold the
 * main event loop for some 100 ms just as a file is opened. The same, in the same order, as
 * `bundledFrameworks().map((f) => f.id)`, which the tests check.
 */
export function bundledFrameworkIds(): readonly string[] {
  cachedIds ??= Object.entries(frameworkFiles)
    .filter(([file]) => !file.endsWith('/stakeholders.json'))
    .map(([, json]) => (json as { id?: unknown }).id)
    .filter((id): id is string => typeof id === 'string')
    .sort((a, b) => a.localeCompare(b))
  return cachedIds
}

/** The bundled framework with this id, if this build knows it. */
export function findBundledFramework(id: string): Framework | undefined {
  return bundledFrameworks().find((framework) => framework.id === id)
}

/** Id, name and edition of every bundled framework, sorted by id. */
export function knownFrameworks(): KnownFramework[] {
  return bundledFrameworks().map(({ id, name, edition }) => ({ id, name, edition }))
}

let cachedStakeholders: StakeholderCatalogue | null = null

/**
 * The bundled stakeholder catalogue (assets/frameworks/stakeholders.json: group names, target
 * profiles), validated by the domain's own parser as the renderer's catalogue.ts does.
 */
export function bundledStakeholders(): StakeholderCatalogue {
  cachedStakeholders ??= parseStakeholderCatalogue(Object.entries(frameworkFiles).find(([file]) => file.endsWith('/stakeholders.json'))?.[1])
  return cachedStakeholders
}

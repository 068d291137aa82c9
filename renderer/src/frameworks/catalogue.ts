import { parseFramework, unresolvedCrosswalk, type Framework } from '../../../common/domain/framework'
import { parseStakeholderCatalogue, type StakeholderCatalogue } from '../../../common/domain/stakeholders'

// Every framework file in assets/frameworks is picked up at build time: a new framework is one
// more JSON file. Each loads as its own chunk, so start-up does not pay for them.
const frameworkFiles = Object.entries(import.meta.glob<{ default: unknown }>('../../../assets/frameworks/*.json')).filter(
  ([path]) => !path.endsWith('/stakeholders.json'),
)
const stakeholderFile = () => import('../../../assets/frameworks/stakeholders.json')

export interface Catalogue {
  frameworks: Framework[]
  stakeholders: StakeholderCatalogue
  /** Crosswalk references between loaded frameworks that name no item; shown, not fatal. */
  unresolved: string[]
}

let loading: Promise<Catalogue> | null = null

/** Loads and validates every framework once. A file that fails validation rejects with its reason. */
export function loadCatalogue(): Promise<Catalogue> {
  loading ??= (async () => {
    const frameworks = await Promise.all(
      frameworkFiles.map(async ([path, load]) => parseFramework((await load()).default, path.split('/').pop())),
    )
    frameworks.sort((a, b) => a.name.localeCompare(b.name))
    const stakeholders = parseStakeholderCatalogue((await stakeholderFile()).default)
    return { frameworks, stakeholders, unresolved: unresolvedCrosswalk(frameworks) }
  })().catch((error: unknown) => {
    loading = null
    throw error
  })
  return loading
}

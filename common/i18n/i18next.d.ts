import 'i18next'
import type { en } from './resources'

// Message keys are checked by the compiler: a key missing from the English catalogue fails `npm run typecheck`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: typeof en
  }
}

import i18next from 'i18next'
import type { z } from 'zod'
import { en } from '../../common/i18n/resources'

type ValidationKey = keyof (typeof en)['main']['validation']
const validationKeys = Object.keys(en.main.validation) as ValidationKey[]

/**
 * The user's words for a message a schema gives, e.g. "must not be empty", or null when zod
 * wrote the message itself. The schemas keep their messages in English because the sandboxed
 * preload shares them and must not carry the catalogue; each is one of the English messages
 * of `main:validation`, found here with the issue's bound and read in the user's language.
 */
export function schemaMessage(issue: z.core.$ZodIssue): string | null {
  const values = { max: 'maximum' in issue ? Number(issue.maximum) : undefined }
  const key = validationKeys.find((candidate) => i18next.t(`main:validation.${candidate}`, { ...values, lng: 'en' }) === issue.message)
  return key ? i18next.t(`main:validation.${key}`, values) : null
}

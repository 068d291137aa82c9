/**
 * One DOM id per field key (`name`, `participant:<id>`, `weights:3:people`…), so a message
 * can be tied to its field with aria-describedby and Next can move focus to it.
 */
export const fieldId = (key: string) => `setup-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`
export const problemId = (key: string) => `${fieldId(key)}-problem`
export const hintId = (key: string) => `${fieldId(key)}-hint`

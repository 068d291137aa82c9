import type { AppErrorData, ErrorCode } from '../../common/contract/contract'

/** An error meant for the user: its message is shown as it is, so it must read well. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message)
    this.name = 'AppError'
  }

  toData(): AppErrorData {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field }
  }
}

/** Bad input to the scoring engine. The message is written for the person who typed the input. */
export class DomainError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DomainError'
  }
}

import { randomBytes, randomInt } from 'node:crypto'
import { JOIN_CODE_DIGITS, TOKEN_BYTES } from '../../common/contract/room-protocol'

/** A room or device token: 144 bits from the OS's CSPRNG, as 24 characters of base64url (safe in a URL path). */
export const newToken = (): string => randomBytes(TOKEN_BYTES).toString('base64url')

/** A join code of six digits, uniform over all million (randomInt, not a modulo of random bytes). */
export const newJoinCode = (): string => String(randomInt(0, 10 ** JOIN_CODE_DIGITS)).padStart(JOIN_CODE_DIGITS, '0')

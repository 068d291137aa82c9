// The user's own locale decides the date and time format (undefined = the system's). The
// formatters are made on first use: building one costs ICU set-up that start-up need not pay.
let dateTime: Intl.DateTimeFormat | undefined
let time: Intl.DateTimeFormat | undefined

export const formatDateTime = (iso: string) =>
  (dateTime ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })).format(new Date(iso))
export const formatTime = (iso: string) => (time ??= new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' })).format(new Date(iso))

let megabytes: Intl.NumberFormat | undefined
/** A size in megabytes (MiB) with one decimal, in the user's locale: "12.5". */
export const formatMegabytes = (bytes: number) =>
  (megabytes ??= new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 })).format(bytes / 1024 / 1024)

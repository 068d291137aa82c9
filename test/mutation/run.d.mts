/** The types of run.mjs's exports, for the bench's mutation rows. */
export declare const MUTATION_BUDGET: number
export declare const modules: Record<string, { mutate: string[]; skip: string[]; only?: string[]; ignoreStatic?: boolean }>
export declare function scoreOf(results: { status: string }[]): { score: number | null; killed: number; survived: number; noCoverage: number; ignored: number; invalid: number }

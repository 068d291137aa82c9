import type ExcelJS from 'exceljs'

type ExcelModule = typeof ExcelJS

let loaded: Promise<ExcelModule> | null = null

/**
 * exceljs, loaded on first use: it is large, and start-up should not pay for a library only the
 * Excel exports and pre-work imports need. CommonJS seen from an ES module has its exports under
 * `default` in one bundler and at the top in another; either works.
 */
export function loadExcel(): Promise<ExcelModule> {
  loaded ??= import('exceljs').then((module) => ((module as { default?: ExcelModule }).default ?? (module as unknown as ExcelModule)))
  return loaded
}

import efqmJson from '../../assets/frameworks/efqm-2025.json'
import isoJson from '../../assets/frameworks/iso-9001-2015.json'

/**
 * A `.panorama` file around `assessment`, written out by hand rather than by the exporter, so the
 * reading tests do not lean on the code that writes files.
 */
export function portableFileOf<T>(assessment: T) {
  return {
    format: 'panorama-assessment',
    formatVersion: 1,
    schemaVersion: 1,
    exportedAt: '2026-06-01T09:30:00.000Z',
    frameworks: [
      { id: 'efqm-2025', edition: efqmJson.edition },
      { id: 'iso-9001-2015', edition: isoJson.edition },
    ],
    assessment,
  }
}

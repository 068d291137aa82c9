import type { Assessment, ItemResponse, NoteEntry, StoredConsensus, StoredRating } from '../../../common/contract/assessment-schema'
import { emptyItemResponse } from '../../../common/contract/assessment-schema'
import { ownValue } from '../../../common/domain/records'

/** Pure edits of one item's response; each returns a new document and shares everything else. */
export function updateItem(assessment: Assessment, frameworkId: string, itemId: string, change: (response: ItemResponse) => ItemResponse): Assessment {
  const framework = ownValue(assessment.responses, frameworkId) ?? {}
  const current = ownValue(framework, itemId) ?? emptyItemResponse()
  return { ...assessment, responses: { ...assessment.responses, [frameworkId]: { ...framework, [itemId]: change(current) } } }
}

export function withRating(response: ItemResponse, participantId: string, rating: StoredRating | null): ItemResponse {
  const ratings = { ...response.ratings }
  if (rating) ratings[participantId] = rating
  else delete ratings[participantId]
  return { ...response, ratings }
}

export function withConsensus(response: ItemResponse, consensus: StoredConsensus | undefined): ItemResponse {
  const { consensus: _previous, ...rest } = response
  return consensus ? { ...rest, consensus } : rest
}

export type NoteListName = 'evidence' | 'strengths' | 'afis'

export function withEntryAdded(response: ItemResponse, list: NoteListName, entry: NoteEntry): ItemResponse {
  return { ...response, [list]: [...response[list], entry] }
}

export function withEntryText(response: ItemResponse, list: NoteListName, id: string, text: string): ItemResponse {
  return { ...response, [list]: response[list].map((entry) => (entry.id === id ? { ...entry, text } : entry)) }
}

export function withEntryRemoved(response: ItemResponse, list: NoteListName, id: string): ItemResponse {
  return { ...response, [list]: response[list].filter((entry) => entry.id !== id) }
}

export function withNote(response: ItemResponse, participantId: string, text: string): ItemResponse {
  const notes = { ...response.notes }
  if (text) notes[participantId] = text
  else delete notes[participantId]
  return { ...response, notes }
}

import type { RoomItemView, RoomScale } from '../../../common/contract/room-protocol'
import { fragment, h, type Child } from './dom'
import type { Translate } from './messages'
import { bandOf, describeRating, draftFrom, MAX_REASON, radarScores, ratingFrom, type Draft } from './rating'
import type { Session, SessionState } from './session'
import { itemKey } from './votes'

/**
 * Draws the session's state: one screen at a time in <main>, redrawn whole on each change
 * (the page is small), with what the person is choosing kept in `drafts` so a redraw never
 * loses it, and focus put back where it was. The connection banner, the refusal notice and the
 * vote status are live regions that stay in the page, so screen readers announce them.
 */

export interface ViewParts {
  who: HTMLElement
  link: HTMLElement
  main: HTMLElement
  notice: HTMLElement
  status: HTMLElement
}

export function createView(parts: ViewParts, session: Session, t: Translate) {
  const drafts = new Map<string, Draft>()
  let lastScreen = ''
  let lastNotice = -1
  let lastStatus = ''

  const draftFor = (state: SessionState, view: RoomItemView): Draft => {
    const key = itemKey(view.item.frameworkId, view.item.itemId)
    let draft = drafts.get(key)
    if (!draft) {
      const pending = state.pending.find((p) => itemKey(p.frameworkId, p.itemId) === key)
      draft = draftFrom(pending?.rating ?? view.ownVote?.rating)
      drafts.set(key, draft)
    }
    return draft
  }

  function render(state: SessionState) {
    for (const key of state.refusedItems.splice(0)) drafts.delete(key)
    parts.who.textContent = state.seat ? t('youAre', { seat: state.seat.label }) : ''
    parts.link.textContent = state.link === 'reconnecting' ? t('connection.reconnecting') : state.link === 'offline' ? t('connection.offline') : ''
    parts.link.hidden = parts.link.textContent === ''
    if (state.noticeId !== lastNotice) {
      lastNotice = state.noticeId
      parts.notice.textContent = state.notice ?? ''
      parts.notice.hidden = !state.notice
    }

    const screen = `${state.phase}:${state.phase === 'item' ? state.current : ''}`
    const focusedId = document.activeElement instanceof HTMLElement && parts.main.contains(document.activeElement) ? document.activeElement.id : ''
    const active = document.activeElement
    const selection = active instanceof HTMLTextAreaElement ? ([active.selectionStart, active.selectionEnd] as const) : null
    parts.main.replaceChildren(fragment(screenFor(state)))
    if (screen !== lastScreen) {
      lastScreen = screen
      // A new screen: start reading at its heading.
      parts.main.querySelector<HTMLElement>('h1')?.focus()
    } else if (focusedId) {
      const again = document.getElementById(focusedId)
      again?.focus()
      if (again instanceof HTMLTextAreaElement && selection) again.setSelectionRange(selection[0], selection[1])
    }

    const status = state.phase === 'item' ? voteStatus(state) : ''
    if (status !== lastStatus) {
      lastStatus = status
      parts.status.textContent = status
    }
  }

  function screenFor(state: SessionState): Child[] {
    switch (state.phase) {
      case 'code':
        return codeScreen()
      case 'joining':
        return [heading(t('title')), h('p', { class: 'lead' }, t('join.joining'))]
      case 'failed':
        return [heading(t('join.heading')), h('p', { class: 'lead' }, state.failure ?? t('join.failed')), h('button', { type: 'button', class: 'primary', onclick: () => session.retry() }, t('join.retry'))]
      case 'closed':
        return [heading(t('closed.heading')), h('p', { class: 'lead' }, t('closed.body'))]
      case 'seats':
        return seatScreen(state)
      case 'waiting':
        return [heading(t('waiting.heading')), h('p', { class: 'lead' }, t('waiting.body', { seat: state.seat?.label ?? '' }))]
      case 'item':
        return itemScreen(state)
    }
  }

  const heading = (text: string) => h('h1', { tabindex: -1 }, text)

  function codeScreen(): Child[] {
    const input = h('input', {
      id: 'join-code',
      name: 'code',
      type: 'text',
      inputmode: 'numeric',
      autocomplete: 'one-time-code',
      pattern: '[0-9]{6}',
      maxlength: 6,
      required: true,
      'aria-describedby': 'join-code-hint',
    })
    const onsubmit = (event: Event) => {
      event.preventDefault()
      const code = input.value.replace(/\s+/g, '')
      if (!/^[0-9]{6}$/.test(code)) {
        input.setAttribute('aria-invalid', 'true')
        parts.notice.textContent = t('join.codeInvalid')
        parts.notice.hidden = false
        input.focus()
        return
      }
      void session.joinWithCode(code)
    }
    return [
      heading(t('join.heading')),
      h('p', { class: 'lead' }, t('join.intro')),
      h(
        'form',
        { class: 'stack', novalidate: true, onsubmit },
        h('label', { for: 'join-code', class: 'field-label' }, t('join.codeLabel')),
        input,
        h('p', { id: 'join-code-hint', class: 'hint' }, t('join.codeHint')),
        h('button', { type: 'submit', class: 'primary' }, t('join.submit')),
      ),
    ]
  }

  function seatScreen(state: SessionState): Child[] {
    const intro = state.released ? t('seats.released') : t('seats.intro')
    if (state.locked) return [heading(t('seats.heading')), h('p', { class: 'lead' }, t('seats.locked'))]
    const seats = state.freeSeats.map((seat) =>
      h('li', {}, h('button', { type: 'button', id: `seat-${seat.seatId}`, class: 'choice', onclick: () => session.claim({ kind: 'participant', seatId: seat.seatId }) }, seat.label)),
    )
    return [
      heading(t('seats.heading')),
      h('p', { class: 'lead' }, intro),
      seats.length ? h('ul', { class: 'seat-list' }, seats) : !state.allowAnonymous && h('p', {}, t('seats.none')),
      state.allowAnonymous && h('button', { type: 'button', id: 'seat-anonymous', class: 'secondary', onclick: () => session.claim({ kind: 'anonymous' }) }, t('seats.anonymous')),
    ]
  }

  function itemScreen(state: SessionState): Child[] {
    const index = state.items.findIndex((view) => itemKey(view.item.frameworkId, view.item.itemId) === state.current)
    const view = state.items[index]
    if (!view) return []
    const { item } = view
    const draft = draftFor(state, view)
    const closed = !view.open
    const move = (by: number) => {
      const next = state.items[index + by]
      if (next) session.show(itemKey(next.item.frameworkId, next.item.itemId))
    }
    const nav =
      state.items.length > 1 &&
      h(
        'nav',
        { class: 'pager', 'aria-label': t('item.position', { index: index + 1, count: state.items.length }) },
        h('button', { type: 'button', id: 'previous-item', class: 'secondary', disabled: index === 0, onclick: () => move(-1) }, t('item.previous')),
        h('button', { type: 'button', id: 'next-item', class: 'secondary', disabled: index === state.items.length - 1, onclick: () => move(1) }, t('item.next')),
      )
    const onsubmit = (event: Event) => {
      event.preventDefault()
      const rating = ratingFrom(item.scale, draft)
      if (!rating) {
        parts.notice.textContent = t('item.nothingChosen')
        parts.notice.hidden = false
        return
      }
      session.vote(item.frameworkId, item.itemId, rating)
    }
    const naReason =
      draft.notApplicable &&
      h(
        'div',
        { class: 'stack' },
        h('label', { for: 'na-reason', class: 'field-label' }, t('notApplicable.reason')),
        h('textarea', { id: 'na-reason', rows: 3, maxlength: MAX_REASON, disabled: closed, oninput: (e: Event) => (draft.reason = (e.target as HTMLTextAreaElement).value) }, draft.reason),
      )
    return [
      state.items.length > 1 && h('p', { class: 'pager-position' }, t('item.position', { index: index + 1, count: state.items.length })),
      h('h1', { tabindex: -1 }, h('span', { class: 'item-id' }, item.itemId), ' ', item.title),
      closed && h('p', { class: 'closed-note' }, t('item.closed')),
      item.questions.length > 0 &&
        h('section', { 'aria-labelledby': 'questions-heading', class: 'questions' }, h('h2', { id: 'questions-heading' }, t('item.questions')), h('ul', {}, item.questions.map((q) => h('li', {}, q)))),
      h(
        'form',
        { class: 'vote-form', novalidate: true, onsubmit },
        h('fieldset', { class: 'scale', disabled: closed || draft.notApplicable }, scaleFor(item.scale, draft, item.itemId)),
        h(
          'div',
          { class: 'na' },
          h(
            'label',
            { class: 'check' },
            h('input', {
              type: 'checkbox',
              id: 'not-applicable',
              checked: draft.notApplicable,
              disabled: closed,
              onchange: (e: Event) => {
                draft.notApplicable = (e.target as HTMLInputElement).checked
                render(state)
              },
            }),
            h('span', {}, t('notApplicable.label')),
          ),
          naReason,
        ),
        h('button', { type: 'submit', id: 'send-vote', class: 'primary', disabled: closed }, view.ownVote ? t('item.change') : t('item.send')),
      ),
      h('p', { class: `own-vote${ownVoteClass(state, view)}`, id: 'own-vote' }, ownVoteText(state, view)),
      // Moving on comes after voting, in reading and in focus order.
      nav,
      h('p', { class: 'hint' }, t('vote.private')),
    ]
  }

  function scaleFor(scale: RoomScale, draft: Draft, itemId: string): Child[] {
    const name = `score-${itemId}`
    const radio = (value: number, id: string, ...label: Child[]) =>
      h(
        'label',
        { class: 'option', for: id },
        h('input', { type: 'radio', name, id, value, checked: draft.choice === value, onchange: () => (draft.choice = value) }),
        h('span', { class: 'option-text' }, ...label),
      )
    if (scale.kind === 'maturity') {
      return [
        h('legend', {}, t('scale.level')),
        h(
          'div',
          { class: 'levels' },
          scale.levels.map((level) =>
            radio(
              level.level,
              `level-${level.level}`,
              h('span', { class: 'option-title' }, t('scale.levelOption', { level: level.level, label: level.label })),
              h('span', { class: 'option-description' }, level.description),
            ),
          ),
        ),
      ]
    }
    const bands = [...scale.bands].sort((a, b) => a.from - b.from)
    if (scale.mode === 'quick') {
      return [
        h('legend', {}, t('scale.score')),
        bands.map((band) => {
          const id = `band-${band.from}`
          return h(
            'div',
            { class: 'band', role: 'group', 'aria-labelledby': id },
            h('p', { class: 'band-label', id }, t('scale.band', { label: band.label, from: band.from, to: band.to })),
            h('div', { class: 'chips' }, radarScores().filter((score) => score >= band.from && score <= band.to).map((score) => radio(score, `score-${score}`, String(score)))),
          )
        }),
      ]
    }
    return [
      h('legend', {}, t('scale.radar')),
      h('p', { class: 'hint' }, t('scale.radarHint')),
      scale.elements.map((element) =>
        h(
          'div',
          { class: 'element', role: 'group', 'aria-labelledby': `element-${element.id}` },
          h('h2', { id: `element-${element.id}`, class: 'element-name' }, element.name),
          element.attributes.map((attribute) => {
            const id = `attribute-${element.id}-${attribute.id}`
            const current = draft.attributes[attribute.id]
            return h(
              'div',
              { class: 'attribute' },
              h('label', { for: id, class: 'field-label' }, attribute.name),
              h(
                'select',
                {
                  id,
                  'aria-describedby': attribute.help ? `${id}-help` : undefined,
                  onchange: (e: Event) => {
                    const value = (e.target as HTMLSelectElement).value
                    if (value === '') delete draft.attributes[attribute.id]
                    else draft.attributes[attribute.id] = Number(value)
                  },
                },
                h('option', { value: '', selected: current === undefined }, t('scale.notScored')),
                radarScores().map((score) =>
                  h('option', { value: score, selected: current === score }, t('scale.scoreOption', { score, band: bandOf(scale, score)?.label ?? '' })),
                ),
              ),
              attribute.help && h('p', { class: 'hint', id: `${id}-help` }, attribute.help),
            )
          }),
        ),
      ),
    ]
  }

  function pendingFor(state: SessionState, view: RoomItemView) {
    const key = itemKey(view.item.frameworkId, view.item.itemId)
    return state.pending.find((p) => itemKey(p.frameworkId, p.itemId) === key)
  }

  function ownVoteText(state: SessionState, view: RoomItemView): string {
    const pending = pendingFor(state, view)
    if (pending) {
      const value = describeRating(view.item.scale, pending.rating, t)
      return state.link === 'open' ? t('vote.sending', { value }) : t('vote.queued', { value })
    }
    return view.ownVote ? t('vote.counted', { value: describeRating(view.item.scale, view.ownVote.rating, t) }) : t('vote.none')
  }

  const ownVoteClass = (state: SessionState, view: RoomItemView) => (pendingFor(state, view) ? ' is-pending' : view.ownVote ? ' is-counted' : '')

  function voteStatus(state: SessionState): string {
    const view = state.items.find((v) => itemKey(v.item.frameworkId, v.item.itemId) === state.current)
    return view ? ownVoteText(state, view) : ''
  }

  return { render, drafts }
}

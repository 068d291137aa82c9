import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../renderer/src/App'
import { formatBackupTime } from '../../renderer/src/features/backups/BackupsDialog'
import { useBackupsDialog } from '../../renderer/src/features/backups/backups-dialog-state'
import { useApp } from '../../renderer/src/store/app-store'
import { loadStartupData } from '../../renderer/src/store/startup'
import { assessment, createFakeApi } from '../support/fake-api'

const current = assessment(1, 'Board review, afternoon', '2026-03-01T15:00:00.000Z')
const morning = { ...current, title: 'Board review, morning', updatedAt: '2026-03-01T10:00:00.000Z' }
const lastWeek = { ...current, title: 'Board review, draft', updatedAt: '2026-02-22T08:00:00.000Z' }

function seed() {
  const fake = createFakeApi([current])
  fake.backups.set(current.id, [
    { summary: { name: 'recent-2026-03-01T15-00-00-000Z', kind: 'recent', savedAt: morning.updatedAt, title: morning.title }, assessment: morning },
    { summary: { name: 'daily-2026-02-23', kind: 'daily', savedAt: lastWeek.updatedAt, title: lastWeek.title }, assessment: lastWeek },
  ])
  return fake
}

async function openWorkspace(fake: ReturnType<typeof createFakeApi>) {
  fake.install()
  render(<App startup={loadStartupData()} />)
  await screen.findByText(current.title)
  await act(() => useApp.getState().openAssessment(current.id))
  await screen.findByLabelText('Title')
}

describe('backups dialog', () => {
  afterEach(() => {
    useBackupsDialog.getState().hide()
  })

  it('lists the backups with their kind, time and title, and restores one after a confirmation', async () => {
    const fake = seed()
    await openWorkspace(fake)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Backups…' }))

    const dialog = await screen.findByRole('dialog', { name: 'Backups' })
    const table = await within(dialog).findByRole('table', { name: 'Backups, newest first' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => within(row).getAllByRole('cell').slice(0, 3).map((cell) => cell.textContent))).toEqual([
      ['Recent save', formatBackupTime(morning.updatedAt), 'Board review, morning'],
      ['Start of day', formatBackupTime(lastWeek.updatedAt), 'Board review, draft'],
    ])

    await user.click(within(rows[0]!).getByRole('button', { name: `Restore the version from ${formatBackupTime(morning.updatedAt)}` }))
    // Nothing happens before the user confirms.
    expect(fake.calls.restoreBackup).not.toHaveBeenCalled()
    const confirm = within(dialog).getByRole('group', { name: 'Confirm the restore' })
    expect(confirm).toHaveTextContent('“Board review, morning”')
    expect(within(confirm).getByRole('button', { name: 'Restore this version' })).toHaveFocus()
    await user.click(within(confirm).getByRole('button', { name: 'Restore this version' }))

    // The document is reopened; the dialog comes back with the outcome.
    const reopened = await screen.findByRole('dialog', { name: 'Backups' })
    expect(await within(reopened).findByText(`Restored the version from ${formatBackupTime(morning.updatedAt)}. Your previous version was kept as a backup.`)).toBeInTheDocument()
    expect(fake.calls.restoreBackup).toHaveBeenCalledWith({ id: current.id, name: 'recent-2026-03-01T15-00-00-000Z' })
    expect(screen.getByRole('heading', { level: 1, name: 'Board review, morning' })).toBeInTheDocument()
    // What was open is now the newest backup, so the restore can be undone.
    const newest = (await within(reopened).findAllByRole('row'))[1]!
    expect(newest).toHaveTextContent('Board review, afternoon')
  })

  it('cancelling the confirmation restores nothing', async () => {
    const fake = seed()
    await openWorkspace(fake)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Backups…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Backups' })
    await user.click((await within(dialog).findAllByRole('button', { name: /^Restore the version from/ }))[1]!)
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(within(dialog).queryByRole('group', { name: 'Confirm the restore' })).toBeNull()
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(fake.calls.restoreBackup).not.toHaveBeenCalled()
  })

  it('shows why a restore failed and keeps the document as it was', async () => {
    const fake = seed()
    fake.failNext('restoreBackup', { code: 'damaged-file', message: 'This backup cannot be restored: the file is empty. The current version has not been changed.' })
    await openWorkspace(fake)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Backups…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Backups' })
    await user.click((await within(dialog).findAllByRole('button', { name: /^Restore the version from/ }))[0]!)
    await user.click(within(dialog).getByRole('button', { name: 'Restore this version' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('This backup cannot be restored: the file is empty.')
    expect(screen.getByRole('heading', { level: 1, name: current.title })).toBeInTheDocument()
  })

  it('says so when there are no backups yet', async () => {
    const fake = createFakeApi([current])
    await openWorkspace(fake)
    await userEvent.setup().click(screen.getByRole('button', { name: 'Backups…' }))
    expect(await screen.findByText(/There are no backups of this assessment yet/)).toBeInTheDocument()
  })
})

describe('storage notices', () => {
  it('shows what was repaired at start-up', async () => {
    const fake = createFakeApi([current])
    fake.notices.push('The assessment “Board review” could not be read: the file is empty. … kept at /data/assessments/damaged/x.json.')
    fake.install()
    render(<App startup={loadStartupData()} />)
    expect(await screen.findByRole('alert')).toHaveTextContent('kept at /data/assessments/damaged/x.json')
  })

  it('shows what was repaired when an assessment was opened', async () => {
    const fake = createFakeApi([current])
    fake.install()
    render(<App startup={loadStartupData()} />)
    await screen.findByText(current.title)
    fake.notices.push('Panorama restored its most recent good backup. The damaged file has been kept at /data/assessments/damaged/y.json.')
    await act(() => useApp.getState().openAssessment(current.id))
    expect(await screen.findByRole('alert')).toHaveTextContent('kept at /data/assessments/damaged/y.json')
    expect(fake.notices).toEqual([])
  })
})

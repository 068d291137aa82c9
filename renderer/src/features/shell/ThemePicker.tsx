import type { Theme } from '../../../../electron/ipc/schemas'
import { useApp } from '../../store/app-store'

const labels: Record<Theme, string> = { system: 'Match system', light: 'Light', dark: 'Dark' }

export function ThemePicker() {
  const theme = useApp((s) => s.theme)
  const setTheme = useApp((s) => s.setTheme)
  return (
    <label className="theme-picker">
      Theme
      <select value={theme} onChange={(event) => void setTheme(event.target.value as Theme)}>
        {(Object.keys(labels) as Theme[]).map((value) => (
          <option key={value} value={value}>
            {labels[value]}
          </option>
        ))}
      </select>
    </label>
  )
}

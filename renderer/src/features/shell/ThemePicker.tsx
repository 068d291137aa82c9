import { useTranslation } from 'react-i18next'
import type { Theme } from '../../../../common/contract/schemas'
import { useApp } from '../../store/app-store'

// A record, so the compiler insists every theme is offered.
const themes = Object.keys({ system: true, light: true, dark: true } satisfies Record<Theme, true>) as Theme[]

export function ThemePicker() {
  const theme = useApp((s) => s.theme)
  const setTheme = useApp((s) => s.setTheme)
  const { t } = useTranslation(['shell', 'common'])
  return (
    <label className="theme-picker">
      {t('theme.label')}
      <select value={theme} onChange={(event) => void setTheme(event.target.value as Theme)}>
        {themes.map((value) => (
          <option key={value} value={value}>
            {t(`theme.${value}`)}
          </option>
        ))}
      </select>
    </label>
  )
}

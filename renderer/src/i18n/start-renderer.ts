import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import common from '../../../assets/locales/en/common.json'
import files from '../../../assets/locales/en/files.json'
import home from '../../../assets/locales/en/home.json'
import shellMessages from '../../../assets/locales/en/shell.json'
import { catalogueLanguage, startCatalogue } from '../../../common/i18n/catalogue'

// The home screen's words only; the rest come with the workspace and Method chunks
// (load-workspace-messages.ts), as the frameworks and the engine do.
// Electron gives the renderer the OS language as navigator.language (or the --lang switch).
i18next.use(initReactI18next)
startCatalogue(navigator.language, { common, files, home, shell: shellMessages })
document.documentElement.lang = catalogueLanguage()
document.title = i18next.t('common:appName')

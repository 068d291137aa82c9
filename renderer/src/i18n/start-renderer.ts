import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { catalogueLanguage, initCatalogue } from './catalogue'

// Electron gives the renderer the OS language as navigator.language (or the --lang switch).
i18next.use(initReactI18next)
initCatalogue(navigator.language)
document.documentElement.lang = catalogueLanguage()
document.title = i18next.t('common:appName')

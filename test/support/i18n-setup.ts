import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { initCatalogue } from '../../common/i18n/full-catalogue'

// Tests read the English catalogue, as a user with an English system does.
i18next.use(initReactI18next)
initCatalogue('en')

import './i18n/start-renderer'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { loadStartupData } from './store/startup'
import './styles.css'
import './print.css'

const startup = loadStartupData()

const container = document.getElementById('root')
if (!container) throw new Error('The page has no #root element')
createRoot(container).render(
  <StrictMode>
    <App startup={startup} />
  </StrictMode>,
)

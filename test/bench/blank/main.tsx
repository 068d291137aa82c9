import { useEffect } from 'react'
import { createRoot } from 'react-dom/client'

// The baseline for the start-up ratio: React mounting one element, built with the app's toolchain.
function Blank() {
  useEffect(() => {
    performance.mark('panorama-interactive')
    document.documentElement.dataset.ready = 'true'
  }, [])
  return <p>Blank</p>
}

createRoot(document.getElementById('root')!).render(<Blank />)

// Starts the GOV.UK Frontend components (error summary focus, service navigation menu, skip link).
import { initAll } from '/lib/govuk-frontend/govuk-frontend.min.js'

initAll()

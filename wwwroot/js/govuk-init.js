// Starts the GOV.UK Frontend components (error summary focus, service navigation menu, skip link) and the
// enhancements of the site's tables: sorting by column header, and a cue when a table is wider than the screen.
import { initAll, createAll } from '/lib/govuk-frontend/govuk-frontend.min.js'
import { SortableTable } from '/lib/moj-frontend/sortable-table.js'

initAll()
createAll(SortableTable)

// A collapsed table (Site/Pages/TableMarkup) hides the rows after its first few until "Show all" is opened;
// after a sort, the hidden rows are again the last ones, so the reader sees the top of the sorted order.
for (const table of document.querySelectorAll('table[data-collapse-after]')) {
  const shown = Number(table.dataset.collapseAfter)
  table.tHead.addEventListener('click', () => {
    Array.from(table.tBodies[0].rows).forEach((row, index) => row.classList.toggle('app-table__row--more', index >= shown))
  })
}

// Says in words, above a table that scrolls sideways, that it does; the shadows at its edges say it without JavaScript.
const wrappers = document.querySelectorAll('.app-table-wrapper')
function markOverflow () {
  for (const wrapper of wrappers) {
    const overflows = wrapper.scrollWidth > wrapper.clientWidth + 1
    let hint = wrapper.previousElementSibling
    if (!hint || !hint.classList.contains('app-table-hint')) {
      hint = document.createElement('p')
      hint.className = 'govuk-body-s app-table-hint'
      hint.textContent = 'Scroll the table sideways to see all its columns.'
      wrapper.before(hint)
    }
    hint.hidden = !overflows
  }
}
markOverflow()
window.addEventListener('resize', markOverflow)

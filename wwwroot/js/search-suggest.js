// Search-as-you-type on the portal's search page, with GOV.UK's accessible-autocomplete over /search/suggest.
// Without JavaScript (or if this file fails) the form is an ordinary GET form and the portal answers /search/?q=.
const box = document.querySelector('[data-suggest]');
const form = box?.closest('form');
const original = box?.querySelector('input');

function escape(text) {
  const element = document.createElement('span');
  element.textContent = text;
  return element.innerHTML;
}

function suggest(query, populate) {
  fetch(`${box.dataset.suggest}?q=${encodeURIComponent(query)}`, { headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : []))
    .then(populate, () => populate([]));
}

if (box && form && original && window.accessibleAutocomplete) {
  const value = original.value;
  original.remove();
  window.accessibleAutocomplete({
    element: box,
    id: 'search-input',
    name: 'q',
    defaultValue: value,
    minLength: 2,
    showNoOptionsFound: false,
    source: suggest,
    templates: {
      inputValue: (hit) => (hit && typeof hit === 'object' ? hit.title : hit || ''),
      suggestion: (hit) => (typeof hit === 'string'
        ? escape(hit)
        : `${escape(hit.title)} <span class="app-search-suggestion__kind">${escape(hit.kind)}</span>`),
    },
    onConfirm: (hit) => {
      if (hit && hit.url) window.location.assign(hit.url);
    },
  });
  const input = document.getElementById('search-input');
  input.classList.add('govuk-input');
  input.setAttribute('maxlength', original.getAttribute('maxlength'));

  // The component keeps Enter for choosing a suggestion; with none highlighted, Enter searches as the form would.
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !input.getAttribute('aria-activedescendant')) {
      event.preventDefault();
      event.stopPropagation();
      form.requestSubmit();
    }
  }, true);
}

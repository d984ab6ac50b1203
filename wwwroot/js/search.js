// Search with the Pagefind index the site builder writes (a static copy: build-site --out). The links to the A to Z
// lists and filter pages stay below the results, with or without an index: hiding them once the index loaded moved
// the page under the reader (a layout shift of 0.16 on a phone).
const form = document.querySelector('form[role="search"]');
const input = document.getElementById('search-input');
const results = document.getElementById('search-results');

function text(tag, className, value) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  element.textContent = value;
  return element;
}

async function run(pagefind, query) {
  results.replaceChildren();
  if (!query) return;
  const search = await pagefind.search(query);
  const found = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
  const heading = text('h2', 'govuk-heading-m', found.length === 0
    ? `No results for ‘${query}’`
    : `${search.results.length} result${search.results.length === 1 ? '' : 's'} for ‘${query}’`);
  results.append(heading);
  const list = document.createElement('ul');
  list.className = 'govuk-list';
  for (const page of found) {
    const item = document.createElement('li');
    const link = text('a', 'govuk-link govuk-!-font-weight-bold', page.meta.title || page.url);
    link.href = page.url;
    const excerpt = document.createElement('p');
    excerpt.className = 'govuk-body-s';
    // Pagefind's excerpt is text from our own pages with <mark> around the matched words.
    excerpt.innerHTML = page.excerpt;
    item.append(link, excerpt);
    list.append(item);
  }
  results.append(list);
}

async function start() {
  let pagefind;
  try {
    pagefind = await import('/pagefind/pagefind.js');
  } catch {
    return;
  }
  const query = new URLSearchParams(window.location.search).get('q') || '';
  input.value = query;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = input.value.trim();
    history.replaceState(null, '', `?q=${encodeURIComponent(value)}`);
    run(pagefind, value);
  });
  await run(pagefind, query);
}

start();

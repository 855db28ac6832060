// Test portal: embeds Guichet with embed.js configured from this page's query string
// (custom.html?lang=en&lock=q&q=E1C → data-lang="en" data-lock="q" data-q="E1C").
const script = document.createElement('script');
script.src = 'http://127.0.0.1:4173/embed.js';
script.dataset.target = 'guichet';
for (const [name, value] of new URLSearchParams(window.location.search)) {
  script.dataset[name] = value;
}
document.querySelector('main').append(script);

// Guichet embed script, for host pages (government portals).
//
//   <div id="guichet"></div>
//   <script src="https://GUICHET-ORIGIN/embed.js" data-target="guichet" data-lang="fr"
//           data-prov="NB" data-lock="prov" async></script>
//
// It creates an <iframe> of Guichet in embed mode (title, allow="geolocation"), tells the
// frame the host's origin (`parent`), and resizes the frame when Guichet posts
// {type: "guichet:resize", height}. Messages are accepted only from Guichet's origin (the
// origin this script was loaded from) and only from the frames this script created. With
// data-notify="select", a {type: "guichet:select", id} message is re-dispatched on the
// iframe as a bubbling `guichet:select` DOM event (event.detail.id).
//
// No inline script and no inline style attribute: it works under a strict host CSP that
// allows this script's origin in script-src and frame-src. Every parameter: README.md.
(function () {
  'use strict';

  // URL parameters forwarded from data-* attributes (kept in sync with guichet::embed::HOST_PARAMS).
  const PARAMS = ['lang', 'q', 'at', 'prov', 'level', 'net', 'cat', 'speaks', 'open', 'lib', 'r', 'wc', 'sign', 'park', 'pp', 'lock', 'notify'];
  const DEFAULT_HEIGHT = 600;
  const MAX_HEIGHT = 20000;
  const TITLES = {
    en: 'Guichet: find a government service counter',
    fr: 'Guichet\u00a0: trouver un comptoir de services gouvernementaux',
  };

  const script = document.currentScript;
  if (!script || !script.src) return;
  const ORIGIN = new URL(script.src, document.baseURI).origin;
  const frames = [];

  function frameUrl(data) {
    const url = new URL('/', ORIGIN);
    for (const name of PARAMS) {
      const value = data[name];
      if (value) url.searchParams.set(name, value);
    }
    url.searchParams.set('embed', '1');
    // The only origin the frame will post to; an opaque origin ("null") is refused there.
    url.searchParams.set('parent', window.location.origin);
    return url.href;
  }

  function create() {
    const data = script.dataset;
    let target = data.target ? document.getElementById(data.target) : null;
    if (!target) {
      target = document.createElement('div');
      script.parentNode.insertBefore(target, script.nextSibling);
    }
    const frame = document.createElement('iframe');
    frame.src = frameUrl(data);
    frame.title = data.title || TITLES[data.lang === 'fr' ? 'fr' : 'en'];
    frame.allow = 'geolocation';
    frame.className = 'guichet-frame';
    frame.style.display = 'block';
    frame.style.width = '100%';
    frame.style.border = '0';
    const height = Number.parseInt(data.height, 10);
    frame.style.height = (height > 0 ? Math.min(height, MAX_HEIGHT) : DEFAULT_HEIGHT) + 'px';
    target.appendChild(frame);
    frames.push(frame);
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== ORIGIN) return;
    const frame = frames.find(function (f) { return f.contentWindow === event.source; });
    const data = event.data;
    if (!frame || !data || typeof data !== 'object') return;
    if (data.type === 'guichet:resize') {
      const height = Number(data.height);
      if (!Number.isFinite(height) || height < 0) return;
      frame.style.height = Math.min(Math.ceil(height), MAX_HEIGHT) + 'px';
    } else if (data.type === 'guichet:select' && typeof data.id === 'string') {
      frame.dispatchEvent(new CustomEvent('guichet:select', { bubbles: true, detail: { id: data.id } }));
    }
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', create);
  } else {
    create();
  }
})();

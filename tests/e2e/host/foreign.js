// A page of a foreign origin that imitates Guichet: embed.js must ignore these messages.
window.parent.postMessage({ type: 'guichet:resize', height: 3333 }, '*');
window.parent.postMessage({ type: 'guichet:select', id: 'forged' }, '*');

// Starts a deck built by DeckBuild: renders math with KaTeX, then starts reveal.js with the deck's options.
(function () {
  'use strict';

  var options = JSON.parse(document.getElementById('deck-options').textContent || '{}');

  renderMathInElement(document.querySelector('.reveal .slides'), {
    delimiters: [
      { left: '$$', right: '$$', display: true },
      { left: '\\[', right: '\\]', display: true },
      { left: '$', right: '$', display: false },
      { left: '\\(', right: '\\)', display: false }
    ],
    throwOnError: false
  });

  var defaults = {
    hash: true,
    slideNumber: 'c/t',
    plugins: [RevealHighlight, RevealNotes]
  };

  Reveal.initialize(Object.assign(defaults, options));
})();

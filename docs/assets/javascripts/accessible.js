// Accessibility fix to Material's script-built markup, for axe and Lighthouse on every page type.
// Material wraps each code block's copy button in an unnamed <nav>: many identical, nameless navigation
// landmarks per page (landmark-unique). The buttons are a small group of actions, not site navigation,
// so each wrapper loses its landmark role (role="none" is one of the few roles a <nav> may take; each
// button keeps its own name). Material adds the wrappers after load and on every instant page swap,
// hence the observer.
const fix = (root) => {
  for (const nav of root.querySelectorAll("nav.md-code__nav:not([role])")) {
    nav.setAttribute("role", "none");
  }
};
fix(document);
new MutationObserver(() => fix(document)).observe(document.body, { childList: true, subtree: true });

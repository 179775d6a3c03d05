// The troubleshooting flowchart as question pages: one question at a time, native radios in a
// fieldset, Back and Start again, the answers so far, focus on each new question, and the path in the
// URL fragment (#flow=start/q-status/...) so the browser's Back button and shared links work.
//
// The build renders the whole tree as nested HTML (sitegen/flowchart.py); this script reads that
// markup, hides it and shows one node at a time. Every text shown comes from the site's own markup
// (cloned nodes); nothing typed by the reader is read here, and the fragment holds node ids only.

const FRAGMENT = "flow=";
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const apps = new Set();
let uid = 0;

/** The graph as the build rendered it: id -> {kind, title, hint, embed, answers, body}. */
function readGraph(tree) {
  const nodes = new Map();
  for (const el of tree.querySelectorAll("[data-fc-node]")) {
    const child = (selector) => el.querySelector(`:scope > ${selector}`);
    nodes.set(el.dataset.fcNode, {
      id: el.dataset.fcNode,
      kind: el.dataset.fcKind,
      title: child(".fc-title"),
      hint: child(".fc-hint"),
      embed: child(".fc-embed"),
      body: child(".fc-body"),
      answers: Array.from(el.querySelectorAll(":scope > .fc-answers > li > .fc-answer"), (a) => ({
        next: a.dataset.fcNext,
        label: a,
      })),
    });
  }
  return nodes;
}

/** The path a fragment asks for, cut at the first step the graph does not allow. */
function pathFromHash(hash, nodes, start) {
  const value = decodeURIComponent(hash.replace(/^#/, ""));
  if (value.startsWith("fc-") && nodes.has(value.slice(3))) return shortestPath(nodes, start, value.slice(3));
  if (!value.startsWith(FRAGMENT)) return [start];
  const ids = value.slice(FRAGMENT.length).split("/");
  const path = [start];
  if (ids[0] !== start) return path;
  for (const id of ids.slice(1)) {
    const here = nodes.get(path[path.length - 1]);
    if (!ID_PATTERN.test(id) || !here.answers.some((a) => a.next === id)) break;
    path.push(id);
  }
  return path;
}

/** Breadth-first: the fewest questions from start to target (for links to a node's anchor). */
function shortestPath(nodes, start, target) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const id = queue.shift();
    if (id === target) break;
    for (const { next } of nodes.get(id).answers) {
      if (!previous.has(next)) {
        previous.set(next, id);
        queue.push(next);
      }
    }
  }
  if (!previous.has(target)) return [start];
  const path = [];
  for (let id = target; id !== null; id = previous.get(id)) path.unshift(id);
  return path;
}

function hashFor(path) {
  return path.length > 1 ? `#${FRAGMENT}${path.join("/")}` : "";
}

function element(tag, attributes = {}, children = []) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** Copies of a node's site-authored children (text, <code>), without ids. */
function cloneContent(el) {
  return Array.from(el.childNodes, (node) => node.cloneNode(true));
}

function mount(root) {
  const tree = root.querySelector(".fc-tree");
  const start = root.dataset.flowchartStart;
  if (!tree || !start) return;
  const nodes = readGraph(tree);
  if (!nodes.has(start)) return;
  const prefix = `fc${++uid}`;

  const pathHeading = element("h3", { class: "fc-path-heading", id: `${prefix}-path` }, ["Your answers so far"]);
  const pathList = element("ol", { class: "fc-path" });
  const pathBox = element("div", { class: "fc-path-box" }, [pathHeading, pathList]);
  const step = element("div", { class: "fc-step" });
  const back = element("button", { type: "button", class: "md-button fc-back" }, ["Back"]);
  const restart = element("button", { type: "button", class: "md-button fc-restart" }, ["Start again"]);
  const nav = element("div", { class: "fc-nav" }, [back, restart]);
  const view = element("div", { class: "fc-app" }, [pathBox, step, nav]);

  let path = [];
  let borrowed = null; // {embed, home}: a widget moved out of the tree while its question shows

  function returnEmbed() {
    if (borrowed) borrowed.home.append(borrowed.embed);
    borrowed = null;
  }

  function renderPath() {
    pathList.replaceChildren();
    for (let i = 0; i + 1 < path.length; i++) {
      const question = nodes.get(path[i]);
      const answer = question.answers.find((a) => a.next === path[i + 1]);
      pathList.append(
        element("li", {}, [
          element("span", { class: "fc-path-question" }, cloneContent(question.title.firstElementChild ?? question.title)),
          " ",
          element("span", { class: "fc-path-answer" }, cloneContent(answer.label)),
        ]),
      );
    }
    pathBox.hidden = path.length < 2;
  }

  function renderQuestion(node) {
    const heading = element("h3", { class: "fc-heading", tabindex: "-1" }, cloneContent(node.title.firstElementChild));
    const legend = element("legend", { class: "fc-legend" }, [heading]);
    const fieldset = element("fieldset", { class: "fc-fieldset" }, [legend]);
    const described = [];
    if (node.hint) {
      const hint = element("p", { class: "fc-hint", id: `${prefix}-hint` }, cloneContent(node.hint));
      described.push(hint.id);
      fieldset.append(hint);
    }
    const error = element("p", { class: "fc-error", id: `${prefix}-error`, hidden: "" }, [
      element("span", { class: "fc-visually-hidden" }, ["Error: "]),
      "Select one of the answers, then continue.",
    ]);
    fieldset.append(error);
    if (node.embed) {
      borrowed = { embed: node.embed, home: node.embed.parentElement };
      fieldset.append(node.embed);
    }
    const radios = element("div", { class: "fc-radios" });
    node.answers.forEach((answer, i) => {
      const id = `${prefix}-${node.id}-${i}`;
      const input = element("input", { type: "radio", class: "fc-radio-input", id, name: `${prefix}-answer`, value: answer.next });
      const label = element("label", { class: "fc-radio-label", for: id }, cloneContent(answer.label));
      radios.append(element("div", { class: "fc-radio" }, [input, label]));
    });
    fieldset.append(radios);
    if (described.length) fieldset.setAttribute("aria-describedby", described.join(" "));
    const proceed = element("button", { type: "button", class: "md-button md-button--primary fc-continue" }, ["Continue"]);
    proceed.addEventListener("click", () => {
      const chosen = radios.querySelector("input:checked");
      if (!chosen) {
        error.hidden = false;
        fieldset.setAttribute("aria-describedby", [...described, error.id].join(" "));
        fieldset.classList.add("fc-fieldset--error");
        radios.querySelector("input").focus();
        return;
      }
      go([...path, chosen.value]);
    });
    step.replaceChildren(fieldset, proceed);
    return heading;
  }

  function renderOutcome(node) {
    const heading = element("h3", { class: "fc-heading", tabindex: "-1" }, cloneContent(node.title.firstElementChild));
    step.replaceChildren(element("div", { class: "fc-outcome-view" }, [heading, ...cloneContent(node.body)]));
    return heading;
  }

  /** Show the last node of newPath; focus its heading when the reader asked for the change. */
  function show(newPath, moveFocus) {
    path = newPath;
    const node = nodes.get(path[path.length - 1]);
    returnEmbed();
    const heading = node.kind === "question" ? renderQuestion(node) : renderOutcome(node);
    root.dataset.flowchartNode = node.id;
    renderPath();
    back.hidden = path.length < 2;
    restart.hidden = path.length < 2;
    if (moveFocus) heading.focus();
  }

  /** A step the reader took: a new history entry, then show it. */
  function go(newPath) {
    history.pushState(history.state, "", `${location.pathname}${location.search}${hashFor(newPath)}`);
    show(newPath, true);
  }

  back.addEventListener("click", () => go(path.slice(0, -1)));
  restart.addEventListener("click", () => go([start]));

  const app = {
    root,
    sync() {
      const wanted = pathFromHash(location.hash, nodes, start);
      if (wanted.join("/") !== path.join("/")) show(wanted, true);
    },
  };
  apps.add(app);
  tree.hidden = true;
  tree.after(view);
  root.dataset.flowchartMounted = "";
  show(pathFromHash(location.hash, nodes, start), false);
}

function mountAll() {
  for (const app of apps) if (!app.root.isConnected) apps.delete(app);
  document.querySelectorAll("[data-flowchart]:not([data-flowchart-mounted])").forEach(mount);
}

// Browser Back/Forward and edited fragments: every mounted chart follows the URL.
function syncAll() {
  for (const app of apps) if (app.root.isConnected) app.sync();
}
window.addEventListener("popstate", syncAll);
window.addEventListener("hashchange", syncAll);

// Material's instant navigation swaps the page without reloading this module.
if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(mountAll);
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll, { once: true });
else mountAll();

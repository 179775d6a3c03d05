// Render a verdict (diagnose(...).to_dict()) into the widget's result element. DOM nodes and
// textContent only: nothing derived from the input is ever parsed as HTML.

// The widget's words, in English; a page in another language carries them translated in a JSON block
// (class keycheck__words, written by sitegen/widgets.py from the same keys), read by useWords.
const WORDS = {
  severityLabel: "{severity}: ",
  valid: "The format looks right",
  validFor: "The format looks right for {name}",
  cannotTellFor: "Cannot tell whether this is a valid {name} key: see the warning below",
  cannotTell: "Cannot tell: this format is used by more than one provider",
  invalidFor: "This is not a valid {name} key as pasted",
  otherSecret: "This is not an AI provider key",
  cleanedCannotTell: "Not valid as pasted; once fixed, the checker cannot tell",
  unknown: "This does not match a key format the checker knows",
  unreadable: "The checker could not read this input.",
  provider: "Provider",
  couldBe: "Could be from",
  kind: "Kind of key",
  masked: "Key (masked)",
  readMore: "Read more: {title}",
  about: " (about: {message})",
  listSeparator: ", ",
};
// The checker's severities (checker/report.py). Their words are written only in sitegen/widgets.py:
// every page's words block carries them, in the page's language (a missing block: the severity's id).
const SEVERITIES = ["error", "warning", "info"];
const SEVERITY_WORDS = {};

/**
 * Take the page's words from its JSON block (block: the element or null) into the given tables
 * ({name: table}; "verdict" is this module's own): only keys a table already has, only strings.
 * No block (an English page) or an unreadable one: the English stays.
 */
export function useWords(block, tables = {}) {
  let data;
  try {
    data = JSON.parse(block?.textContent ?? "null");
  } catch {
    data = null;
  }
  for (const [name, table] of Object.entries({ ...tables, verdict: WORDS })) {
    const given = data?.[name];
    if (!given || typeof given !== "object") continue;
    for (const key of Object.keys(table)) {
      if (typeof given[key] === "string") table[key] = given[key];
    }
  }
  for (const severity of SEVERITIES) {
    const word = data?.verdict?.[severity];
    if (typeof word === "string") SEVERITY_WORDS[severity] = word;
  }
}

/** A word with its {placeholders} filled in (values as text, never parsed). */
export function say(template, values = {}) {
  return template.replace(/\{(\w+)\}/g, (whole, key) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
}
// The three verdicts and the headline class of each. A report from before "cannot tell" has only
// `valid`: true is "valid", anything else "invalid".
const VERDICT_CLASSES = { valid: "good", invalid: "bad", cannot_tell: "unsure" };

function verdictOf(report) {
  if (Object.hasOwn(VERDICT_CLASSES, report.verdict)) return report.verdict;
  return report.valid === true ? "valid" : "invalid";
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function fact(list, term, value, asCode = false) {
  const row = el("div", "keycheck__fact");
  const dd = el("dd");
  dd.append(asCode ? el("code", "", value) : value);
  row.append(el("dt", "", term), dd);
  list.append(row);
}

function headline(report, verdict, name) {
  if (verdict === "valid") return name ? say(WORDS.validFor, { name }) : WORDS.valid;
  if (verdict === "cannot_tell") {
    if (name) return say(WORDS.cannotTellFor, { name });
    return WORDS.cannotTell;
  }
  if (name) return say(WORDS.invalidFor, { name });
  const first = Array.isArray(report.findings) ? report.findings[0] : undefined;
  if (first?.code === "OTHER_SECRET") return WORDS.otherSecret;
  if (report.cleaned_verdict === "cannot_tell") return WORDS.cleanedCannotTell;
  return WORDS.unknown;
}

/**
 * The widget's finding links (the JSON block sitegen/widgets.py writes into it) as a function
 * (code, provider) -> {href, title} or null. Hrefs are made absolute against base. A code in
 * byProvider links to the guide of the given provider when there is one; any other code, or a
 * provider without a guide, links to the code's own page. A missing or unreadable block: no links.
 */
export function findingLinks(block, base) {
  let data;
  try {
    data = JSON.parse(block?.textContent ?? "null");
  } catch {
    data = null;
  }
  const pages = Array.isArray(data?.pages) ? data.pages : [];
  const page = (index) => {
    const entry = Number.isInteger(index) ? pages[index] : undefined;
    if (!Array.isArray(entry) || typeof entry[0] !== "string") return null;
    return { href: new URL(entry[0], base).href, title: String(entry[1] ?? "") };
  };
  const own = (table, key) => (table && Object.hasOwn(table, key) ? table[key] : undefined);
  const byProvider = new Set(Array.isArray(data?.byProvider) ? data.byProvider : []);
  return (code, provider) => {
    if (provider && byProvider.has(code)) {
      const guide = page(own(data?.guides, provider));
      if (guide) return guide;
    }
    return page(own(data?.findings, code));
  };
}

/** Empty the result element (no verdict: no data-provider / data-valid / data-verdict). */
export function clearVerdict(result) {
  result.replaceChildren();
  delete result.dataset.provider;
  delete result.dataset.valid;
  delete result.dataset.verdict;
}

/**
 * verdict: the worker's result. names: Map of provider id -> display name (from the select).
 * linkFor: (code, provider) -> {href, title} of the page that explains a finding, or null (findingLinks).
 * chosen: the provider picked in the form ("" for any); with the verdict's own provider, it picks the
 * guide that findings about a provider's keys link to.
 */
export function renderVerdict(result, verdict, names, linkFor, chosen = "") {
  const nodes = [];
  if (verdict.internal_error) {
    nodes.push(el("p", "keycheck__headline keycheck__headline--bad", WORDS.unreadable));
    result.replaceChildren(...nodes);
    result.dataset.provider = "";
    result.dataset.valid = "false";
    result.dataset.verdict = "invalid";
    return;
  }
  const provider = verdict.provider || "";
  const name = provider ? verdict.provider_name || names.get(provider) || provider : "";
  const outcome = verdictOf(verdict);
  const kind = VERDICT_CLASSES[outcome];
  nodes.push(el("p", `keycheck__headline keycheck__headline--${kind}`, headline(verdict, outcome, name)));

  const facts = el("dl", "keycheck__facts");
  if (name) fact(facts, WORDS.provider, name);
  else if (verdict.candidates?.length) {
    fact(facts, WORDS.couldBe, verdict.candidates.map((id) => names.get(id) || id).join(WORDS.listSeparator));
  }
  if (verdict.variant) fact(facts, WORDS.kind, verdict.variant_label || verdict.variant);
  if (verdict.masked) fact(facts, WORDS.masked, verdict.masked, true);
  if (facts.childElementCount) nodes.push(facts);

  const findings = Array.isArray(verdict.findings) ? verdict.findings : [];
  if (findings.length) {
    const list = el("ul", "keycheck__findings");
    for (const finding of findings) {
      const severity = SEVERITIES.includes(finding.severity) ? finding.severity : "info";
      const item = el("li", `keycheck__finding keycheck__finding--${severity}`);
      item.dataset.code = String(finding.code);
      item.dataset.severity = severity;
      const message = el("p", "keycheck__message");
      const label = say(WORDS.severityLabel, { severity: SEVERITY_WORDS[severity] ?? severity });
      message.append(el("strong", "keycheck__severity", label), String(finding.message));
      item.append(message);
      if (finding.fix) item.append(el("p", "keycheck__fix", String(finding.fix)));
      const target = linkFor ? linkFor(String(finding.code), provider || chosen) : null;
      if (target) {
        const link = el("a", "keycheck__more", say(WORDS.readMore, { title: target.title }));
        link.href = target.href;
        link.append(el("span", "keycheck__sr", say(WORDS.about, { message: finding.message })));
        item.append(link);
      }
      list.append(item);
    }
    nodes.push(list);
  }
  result.replaceChildren(...nodes);
  result.dataset.provider = provider;
  result.dataset.valid = outcome === "valid" ? "true" : "false";
  result.dataset.verdict = outcome;
}

// Render a verdict (diagnose(...).to_dict()) into the widget's result element. DOM nodes and
// textContent only: nothing derived from the input is ever parsed as HTML.

const SEVERITY_WORDS = { error: "Problem", warning: "Warning", info: "Note" };

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

function headline(verdict, name) {
  if (verdict.valid) return name ? `The format looks right for ${name}` : "The format looks right";
  if (name) return `This is not a valid ${name} key as pasted`;
  return "This does not match a key format the checker knows";
}

/** Empty the result element (no verdict: no data-provider / data-valid). */
export function clearVerdict(result) {
  result.replaceChildren();
  delete result.dataset.provider;
  delete result.dataset.valid;
}

/**
 * verdict: the worker's result. names: Map of provider id -> display name (from the select).
 * helpURL: the key checker page (absolute URL) whose #finding-<code> anchors explain each finding, or null.
 */
export function renderVerdict(result, verdict, names, helpURL) {
  const nodes = [];
  if (verdict.internal_error) {
    nodes.push(el("p", "keycheck__headline keycheck__headline--bad", "The checker could not read this input."));
    result.replaceChildren(...nodes);
    result.dataset.provider = "";
    result.dataset.valid = "false";
    return;
  }
  const provider = verdict.provider || "";
  const name = provider ? verdict.provider_name || names.get(provider) || provider : "";
  const good = verdict.valid === true;
  nodes.push(el("p", `keycheck__headline keycheck__headline--${good ? "good" : "bad"}`, headline(verdict, name)));

  const facts = el("dl", "keycheck__facts");
  if (name) fact(facts, "Provider", name);
  else if (verdict.candidates?.length) {
    fact(facts, "Could be from", verdict.candidates.map((id) => names.get(id) || id).join(", "));
  }
  if (verdict.variant) fact(facts, "Kind of key", verdict.variant_label || verdict.variant);
  if (verdict.masked) fact(facts, "Key (masked)", verdict.masked, true);
  if (facts.childElementCount) nodes.push(facts);

  const findings = Array.isArray(verdict.findings) ? verdict.findings : [];
  if (findings.length) {
    const list = el("ul", "keycheck__findings");
    for (const finding of findings) {
      const severity = SEVERITY_WORDS[finding.severity] ? finding.severity : "info";
      const item = el("li", `keycheck__finding keycheck__finding--${severity}`);
      item.dataset.code = String(finding.code);
      item.dataset.severity = severity;
      const message = el("p", "keycheck__message");
      message.append(el("strong", "keycheck__severity", `${SEVERITY_WORDS[severity]}: `), String(finding.message));
      item.append(message);
      if (finding.fix) item.append(el("p", "keycheck__fix", String(finding.fix)));
      if (helpURL) {
        const link = el("a", "keycheck__more", "More about this");
        link.href = `${helpURL}#finding-${encodeURIComponent(String(finding.code))}`;
        link.append(el("span", "keycheck__sr", `: ${finding.message}`));
        item.append(link);
      }
      list.append(item);
    }
    nodes.push(list);
  }
  result.replaceChildren(...nodes);
  result.dataset.provider = provider;
  result.dataset.valid = good ? "true" : "false";
}

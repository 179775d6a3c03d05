// Runs Lighthouse (mobile defaults) on one URL in Debian's Chromium and prints the report as JSON.
// Usage: node lighthouse.mjs URL. Chromium gets an explicit flag list: no DNS, no sandbox (root in CI).
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const url = process.argv[2];
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
  ],
});
try {
  const result = await lighthouse(url, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
  });
  process.stdout.write(result.report);
} finally {
  await chrome.kill();
}

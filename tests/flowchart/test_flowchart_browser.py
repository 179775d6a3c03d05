"""The flowchart in real Chromium: no-JS tree, keyboard-only walk, URL fragment state, Back, axe-core."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

from sitegen.flowchart import Question
from sitegen.flowchart_load import load_flowchart
from tests.support import AXE, ROOT

pytestmark = pytest.mark.browser

PAGE = "troubleshooting/"
APP = "[data-flowchart]"
CHART = load_flowchart(ROOT / "data")
# start -> "not sure the key is right" -> "format is fine" -> "revoked" : an outcome in three answers.
WALK = [("start", "q-key-format"), ("q-key-format", "q-key-live"), ("q-key-live", "o-key-revoked")]


def _answer_index(node_id: str, next_id: str) -> int:
    node = CHART.nodes[node_id]
    assert isinstance(node, Question)
    return [a.next for a in node.answers].index(next_id)


def _node(page: Page) -> str | None:
    return page.locator(APP).get_attribute("data-flowchart-node")


def _wait_node(page: Page, node_id: str) -> None:
    page.wait_for_selector(f'{APP}[data-flowchart-node="{node_id}"]', state="attached")


def _focused_heading(page: Page) -> str:
    return page.locator(".fc-app .fc-heading:focus").inner_text()



def test_no_js_rendering_contains_every_node_with_in_page_links(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + PAGE)
    for node_id, node in CHART.nodes.items():
        element = page.locator(f"#fc-{node_id}")
        assert element.count() == 1, node_id
        assert element.is_visible(), node_id
        title = node.question if isinstance(node, Question) else node.title
        assert title.replace("`", "") in element.locator(":scope > .fc-title").inner_text()
    # Every answer is a link to a node on the same page.
    targets = page.locator(".fc-answer").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert targets
    assert {t.removeprefix("#fc-") for t in targets} <= set(CHART.nodes)
    assert page.locator(".fc-app").count() == 0
    context.close()


def test_keyboard_only_walk_to_an_outcome_and_back(page: Page, site_url: str) -> None:
    page.goto(site_url + PAGE)
    _wait_node(page, "start")
    assert page.locator(".fc-tree").is_hidden()
    # The first radio is where a reader tabbing through the page arrives; from there, keys only.
    page.locator(".fc-app .fc-radio-input").first.focus()
    for node_id, next_id in WALK:
        assert _node(page) == node_id
        if not page.locator(".fc-radio-input:focus").count():
            for _ in range(40):  # past the embedded key checker, to the answers
                page.keyboard.press("Tab")
                if page.locator(".fc-radio-input:focus").count():
                    break
        page.keyboard.press("Space")  # selects the focused (first) answer
        for _ in range(_answer_index(node_id, next_id)):
            page.keyboard.press("ArrowDown")
        assert page.locator(f'.fc-radio-input:checked[value="{next_id}"]').count() == 1
        page.keyboard.press("Tab")
        assert page.locator(".fc-continue:focus").count() == 1
        page.keyboard.press("Enter")
        _wait_node(page, next_id)
        # Focus moves to the new question (or outcome) heading.
        node = CHART.nodes[next_id]
        expected = node.question if isinstance(node, Question) else node.title
        assert _focused_heading(page) == expected.replace("`", "")
    assert page.url.endswith("#flow=start/q-key-format/q-key-live/o-key-revoked")
    answers = page.locator(".fc-path li").all_inner_texts()
    assert len(answers) == 3
    assert "The format is fine" in answers[1]
    # The outcome shows its fix and links to the error pages.
    assert page.locator(".fc-app .fc-fix li").count() >= 2
    assert page.locator(".fc-app .fc-links a[href*='/errors/openai/401-invalid-api-key/']").count() == 1
    # Back by keyboard: Tab from the outcome to the Back button.
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.locator(".fc-back:focus").count():
            break
    page.keyboard.press("Enter")
    _wait_node(page, "q-key-live")
    assert _focused_heading(page) == "Is the key still listed as active in the provider's console?"
    # Start again, by keyboard too.
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.locator(".fc-restart:focus").count():
            break
    page.keyboard.press("Enter")
    _wait_node(page, "start")
    assert page.locator(".fc-back").is_hidden()


def test_continue_without_an_answer_says_so(page: Page, site_url: str) -> None:
    page.goto(site_url + PAGE)
    _wait_node(page, "start")
    page.locator(".fc-continue").click()
    error = page.locator(".fc-error")
    assert error.is_visible()
    assert "Select one of the answers" in error.inner_text()
    assert page.locator(".fc-radio-input:focus").count() == 1
    assert _node(page) == "start"


def test_fragment_restores_the_state_on_reload_and_browser_back_works(page: Page, site_url: str) -> None:
    page.goto(site_url + PAGE + "#flow=start/q-status/q-429")
    _wait_node(page, "q-429")
    assert page.locator(".fc-path li").count() == 2
    page.reload()
    _wait_node(page, "q-429")
    page.get_by_label("Rate limit reached", exact=False).check()
    page.locator(".fc-continue").click()
    _wait_node(page, "o-rate-limit")
    assert page.url.endswith("#flow=start/q-status/q-429/o-rate-limit")
    page.go_back()
    _wait_node(page, "q-429")
    page.go_forward()
    _wait_node(page, "o-rate-limit")


@pytest.mark.parametrize(
    ("fragment", "node_id"),
    [
        ("#flow=start/q-429", "start"),  # q-429 is not an answer of start: the path stops there
        ("#flow=start/q-status/nope", "q-status"),
        ("#flow=elsewhere", "start"),
        ("#fc-o-billing", "o-billing"),  # an anchor of the no-JS tree opens that node
    ],
    ids=["skipped-step", "unknown-node", "wrong-start", "tree-anchor"],
)
def test_bad_or_foreign_fragments_fall_back_safely(page: Page, site_url: str, fragment: str, node_id: str) -> None:
    page.goto(site_url + PAGE + fragment)
    _wait_node(page, node_id)


def test_the_key_format_step_embeds_the_key_checker(page: Page, site_url: str) -> None:
    page.goto(site_url + PAGE + "#flow=start/q-key-format")
    _wait_node(page, "q-key-format")
    embedded = page.locator(".fc-app .fc-fieldset [data-keycheck]")
    assert embedded.count() == 1
    assert embedded.locator("input[type=password]").is_visible()
    page.goto(site_url + PAGE + "#flow=start/q-status")
    _wait_node(page, "q-status")
    assert page.locator(".fc-app [data-keycheck]").count() == 0


def test_axe_finds_no_violation_in_questions_and_outcomes(open_context: BrowserContext, site_url: str) -> None:
    page = open_context.new_page()
    axe = "async root => (await axe.run(document.querySelector(root))).violations.map(v => v.id + ': ' + v.help)"
    for fragment, node_id in [
        ("", "start"),
        ("#flow=start/q-key-format", "q-key-format"),
        ("#flow=start/q-status/q-429/o-billing", "o-billing"),
    ]:
        page.goto(site_url + PAGE + fragment)
        _wait_node(page, node_id)
        page.add_script_tag(path=str(AXE))
        assert page.evaluate(axe, APP) == [], node_id
    page.locator(".fc-restart").click()
    _wait_node(page, "start")
    page.locator(".fc-continue").click()  # the error state too
    assert page.evaluate(axe, APP) == []


def test_strict_csp_holds_on_the_troubleshooting_page(page: Page, site_url: str) -> None:
    console: list[str] = []
    errors: list[str] = []
    page.on("console", lambda message: console.append(f"{message.type}: {message.text}"))
    page.on("pageerror", lambda error: errors.append(str(error)))
    response = page.goto(site_url + PAGE)
    assert response is not None
    assert "'unsafe-inline'" not in response.all_headers().get("content-security-policy", "'unsafe-inline'")
    _wait_node(page, "start")
    page.get_by_label("It used to work and suddenly stopped").check()
    page.locator(".fc-continue").click()
    _wait_node(page, "q-stopped")
    page.locator(".errorlookup__text").focus()
    page.wait_for_selector('[data-error-lookup-state="ready"]', state="attached", timeout=90_000)
    page.locator(".errorlookup__text").fill("invalid x-api-key")
    page.wait_for_selector(".errorlookup__result[data-match]", state="attached")
    assert [line for line in console if line.startswith("error") or "Content Security Policy" in line] == []
    assert errors == []


def test_instant_navigation_mounts_the_flowchart_and_restores_it_on_back(page: Page, instant_site_url: str) -> None:
    page.goto(instant_site_url, wait_until="networkidle")
    page.evaluate("() => { window.flowchartSamePage = true; }")
    page.locator(f'a[href="{instant_site_url}{PAGE}"]').first.click()
    _wait_node(page, "start")
    page.get_by_label("It used to work and suddenly stopped").check()
    page.locator(".fc-continue").click()
    _wait_node(page, "q-stopped")
    page.locator(".md-tabs a, .md-nav a").filter(has_text="Home").first.click()
    page.wait_for_url(instant_site_url)
    page.go_back()
    _wait_node(page, "q-stopped")
    assert page.locator(".fc-app").count() == 1
    assert page.evaluate("() => window.flowchartSamePage === true"), "navigation reloaded the page"

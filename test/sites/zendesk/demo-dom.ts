/** Puts the demo agent page's body into happy-dom's document, as the server would serve it for `route`. */
import { DEFAULT_OPEN_TABS, DEMO_TICKETS, type DemoTicket } from '../../demo-apps/zendesk/data';
import { agentPage, type AgentRoute } from '../../demo-apps/zendesk/page';

export function mountAgentPage(route: AgentRoute, openIds: readonly string[] = DEFAULT_OPEN_TABS): void {
  const tickets = openIds.map((id) => DEMO_TICKETS.find((ticket) => String(ticket.id) === id)).filter((ticket): ticket is DemoTicket => !!ticket);
  const page = agentPage(route, tickets, 'test');
  document.body.innerHTML = page.slice(page.indexOf('<body>') + '<body>'.length, page.indexOf('</body>'));
}

export function $(selector: string, scope: ParentNode = document): Element {
  const element = scope.querySelector(selector);
  if (!element) throw new Error(`no ${selector} on the demo page`);
  return element;
}

/** Sets what a Garden combobox shows, as picking an option does. */
export function showValue(ticketId: string, testId: string, text: string): void {
  $(`[data-ticket-id="${ticketId}"] [data-test-id="${testId}"] [data-garden-id="dropdowns.combobox.value"]`).textContent = text;
}

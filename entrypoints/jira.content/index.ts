import { defineContentScript } from 'wxt/utils/define-content-script';
import { runFieldGuard } from '../../lib/runtime/run';
import { JIRA_MATCHES, jiraAdapter } from '../../lib/sites/jira';

// The issue view is in the top document on every Jira Cloud page (full page, board modal, JSM queue).
export default defineContentScript({
  matches: JIRA_MATCHES,
  runAt: 'document_idle',
  main: (ctx) => runFieldGuard(ctx, jiraAdapter),
});

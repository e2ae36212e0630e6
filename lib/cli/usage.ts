/** Usage text for `fieldguard --help`; kept next to args.ts, which must accept exactly what this promises. */
export const USAGE = `Usage: fieldguard <command> [options]

Lint CRM/ITSM records (Salesforce, HubSpot, ServiceNow, Jira, Zendesk) against rule packs.

Commands:
  check [options] FILE...   Check records. FILE is a JSON, NDJSON (.ndjson/.jsonl) or CSV file,
                            a directory (its .json/.ndjson/.jsonl/.csv files, sorted), or - for stdin.
                            JSON is a native API payload of one of the apps, or an array of them.
  validate PACK.json...     Validate rule pack files and print every problem with its JSON path.
  schema                    Print the JSON Schema of rule packs.
  packs                     List the built-in rule packs.
  help                      Show this help.

Options of check:
  --pack ID|FILE            Use this built-in pack or pack file (repeatable). Without --pack, the
                            built-in packs for each record's app and object apply.
  --now ISO-DATE            Evaluate as of this date or date-time (default: the current time).
                            Without an offset it is read in --time-zone.
  --time-zone IANA          Time zone for "today" and day counts (default: UTC).
  --json                    Print a JSON report instead of a table.
  --app APP --object OBJ    What flat rows (CSV, or JSON objects of field values) are; required for CSV.
                            Apps: salesforce, hubspot, servicenow, jira, zendesk.

Other options:
  -h, --help                Show this help.
  -v, --version             Print the version.

Exit status: 0 no error findings, 1 at least one error finding, 2 unusable input or invalid pack.
Set NO_COLOR to turn off colours.
`;

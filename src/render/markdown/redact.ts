// Redaction before rendering. The final bodies are redacted too, but escaping can change how a
// secret is spelled (`ghs_x` becomes `ghs\_x`), so the report's own text is redacted first.

import type { Report } from '../../report/model.js';

function redactValue(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, redact));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactValue(item, redact)]));
  }
  return value;
}

/** A copy of the report with every string redacted. */
export function redactReport(report: Report, redact: (text: string) => string): Report {
  return redactValue(report, redact) as Report;
}

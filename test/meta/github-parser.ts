// GitHub's own parser for action metadata and workflows (the one behind the Actions language
// service), reduced to "which errors would GitHub report for this file".
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from '@actions/workflow-parser';
import { convertActionTemplate, parseAction, type ActionTemplate } from '@actions/workflow-parser/actions/index';

export interface ParsedAction {
  errors: string[];
  template?: ActionTemplate;
}

export function parseActionFile(name: string, content: string): ParsedAction {
  const parsed = parseAction({ name, content }, new NoOperationTraceWriter());
  const errors = () => parsed.context.errors.getErrors().map((error) => error.message);
  if (parsed.value === undefined || errors().length > 0) return { errors: errors() };
  const template = convertActionTemplate(parsed.context, parsed.value);
  return { errors: errors(), template };
}

/** Parse errors, then the errors of converting the workflow to GitHub's model (cron, needs...). */
export async function workflowErrors(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = () => parsed.context.errors.getErrors().map((error) => error.message);
  if (parsed.value === undefined) return errors().length > 0 ? errors() : [`${name}: empty workflow`];
  if (errors().length > 0) return errors();
  await convertWorkflowTemplate(parsed.context, parsed.value);
  return errors();
}

/** README.md's complete workflows: each fenced yaml block with top-level `on:` and `jobs:`. */
export function markdownWorkflows(markdown: string): { line: number; content: string }[] {
  const workflows: { line: number; content: string }[] = [];
  const fence = /^```ya?ml\n([\s\S]*?)^```$/gm;
  for (const match of markdown.matchAll(fence)) {
    const content = match[1]!;
    if (!/^on:/m.test(content) || !/^jobs:/m.test(content)) continue;
    workflows.push({ line: markdown.slice(0, match.index).split('\n').length, content });
  }
  return workflows;
}

// Tests that run the action in process set INPUT_* and GITHUB_* variables. Test files share a
// worker (vitest's isolate: false), so the environment is put back in place: the same
// process.env object, with the keys a test added removed and the saved values restored.

export function restoreEnvironment(saved: Readonly<Record<string, string | undefined>>): void {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  for (const [key, value] of Object.entries(saved)) if (value !== undefined) process.env[key] = value;
}

/**
 * Which extension host this code runs in, as the rig prints it: "web worker" when there is no Node
 * (`process`) and the global scope is a worker's, else "Node" and its version.
 */
export function hostKind(): string {
  const scope = globalThis as { process?: { version?: string }; WorkerGlobalScope?: abstract new () => unknown };
  if (scope.process?.version) return `Node ${scope.process.version}`;
  if (typeof scope.WorkerGlobalScope === 'function' && globalThis instanceof scope.WorkerGlobalScope) return 'web worker';
  return 'unknown (neither Node nor a web worker)';
}

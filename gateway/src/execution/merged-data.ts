import type { QueryPlanSelectionNode, ResponsePath } from '@apollo/query-planner';

/**
 * The data a plan builds up as its fetches answer: plain objects parsed from
 * the subgraphs' JSON, merged into one tree that the result shaper then
 * reads. Nothing here reaches a client as is.
 */
export type DataObject = Record<string, unknown>;

export function isDataObject(value: unknown): value is DataObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Merges a fetch's answer into an object already in the tree: objects into
 * objects, lists of the same length item by item, anything else replaced.
 * A key named `__proto__` (a JSON own property) is never assigned: it would
 * set the object's prototype.
 */
export function mergeInto(target: DataObject, source: DataObject): void {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (value === undefined || key === '__proto__') continue;
    const existing = target[key];
    if (isDataObject(value) && isDataObject(existing)) mergeInto(existing, value);
    else if (Array.isArray(value) && Array.isArray(existing) && value.length === existing.length) mergeLists(existing, value);
    else target[key] = value;
  }
}

function mergeLists(target: unknown[], source: readonly unknown[]): void {
  for (let index = 0; index < source.length; index += 1) {
    const value = source[index];
    const existing = target[index];
    if (isDataObject(value) && isDataObject(existing)) mergeInto(existing, value);
    else target[index] = value;
  }
}

/**
 * Visits each object at a plan's path (`@` steps into every item of a list,
 * a list at the end is flattened, nulls are left out), in response order,
 * with its response path when `withPaths` asks for it (only errors need it).
 */
function forEachAt(root: unknown, path: ResponsePath, visit: (value: DataObject, here: ResponsePath) => void, withPaths: boolean): void {
  const into = (here: ResponsePath, step: string | number): ResponsePath => (withPaths ? [...here, step] : here);
  const walk = (value: unknown, at: number, here: ResponsePath): void => {
    if (value === null || value === undefined) return;
    if (at === path.length) {
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, at, into(here, index)));
      else if (isDataObject(value)) visit(value, here);
      return;
    }
    const step = path[at];
    if (step === '@') {
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, at + 1, into(here, index)));
    } else if (isDataObject(value) && typeof step === 'string' && Object.hasOwn(value, step)) walk(value[step], at + 1, into(here, step));
  };
  walk(root, 0, []);
}

/** The objects at a plan's path: the entities a fetch under a Flatten works on. */
export function valuesAt(root: unknown, path: ResponsePath): DataObject[] {
  const found: DataObject[] = [];
  forEachAt(root, path, (value) => found.push(value), false);
  return found;
}

/** The response path of each object valuesAt finds, in the same order: where a subgraph's error on an entity belongs. */
export function pathsAt(root: unknown, path: ResponsePath): ResponsePath[] {
  const found: ResponsePath[] = [];
  forEachAt(root, path, (_value, here) => found.push(here), true);
  return found;
}

/** Whether an object (by its `__typename`) falls under a fragment's type condition. */
export type TypeTest = (typename: string, typeCondition: string) => boolean;

/**
 * An entity's representation: the fields the plan requires of it (its key,
 * or what a `@requires` needs), or null when the tree lacks one of them.
 */
export function representationOf(source: unknown, selections: readonly QueryPlanSelectionNode[], isOfType: TypeTest): DataObject | null {
  if (!isDataObject(source)) return null;
  const result: DataObject = {};
  for (const selection of selections) {
    if (selection.kind === 'Field') {
      const name = selection.alias ?? selection.name;
      const value = Object.hasOwn(source, name) ? source[name] : undefined;
      if (value === undefined) return null;
      const nested = selection.selections;
      if (nested === undefined) result[name] = value;
      else if (Array.isArray(value)) result[name] = value.map((item: unknown) => representationOf(item, nested, isOfType));
      else result[name] = value === null ? null : representationOf(value, nested, isOfType);
    } else {
      const typename = source.__typename;
      if (selection.typeCondition === undefined || typeof typename !== 'string' || !isOfType(typename, selection.typeCondition)) continue;
      const part = representationOf(source, selection.selections, isOfType);
      if (part !== null) mergeInto(result, part);
    }
  }
  return result;
}

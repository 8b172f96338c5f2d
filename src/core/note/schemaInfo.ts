import { noteSchema } from './validator';

interface SchemaNode {
  description?: string;
  type?: string | string[];
  enum?: string[];
  /** Values offered though not the only ones allowed (`lang`: `de`, `fr`…). */
  examples?: string[];
  const?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  required?: string[];
}

/** A frontmatter key as the schema describes it, for completion and hover. */
export interface SchemaProperty {
  name: string;
  description: string;
  required: boolean;
  /** The values the key accepts, when it has a fixed set, or the ones it suggests. */
  values: string[];
  /** `list`, `mapping` or `scalar`: how a value is written after the key. */
  shape: 'list' | 'mapping' | 'scalar';
  /** A list whose items are mappings (like `next_steps`). */
  listOfMappings: boolean;
}

/** The schema node for the mapping reached through `parents` (array levels are stepped through). */
function mappingAt(parents: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = noteSchema as SchemaNode;
  for (const parent of parents) {
    node = node?.properties?.[parent];
    if (node?.items) node = node.items;
  }
  return node?.properties ? node : undefined;
}

export function propertiesAt(parents: readonly string[]): SchemaProperty[] {
  const mapping = mappingAt(parents);
  if (!mapping?.properties) return [];
  return Object.entries(mapping.properties).map(([name, node]) => describeProperty(name, node, mapping.required ?? []));
}

export function propertyAt(parents: readonly string[], name: string): SchemaProperty | undefined {
  return propertiesAt(parents).find((property) => property.name === name);
}

function describeProperty(name: string, node: SchemaNode, required: readonly string[]): SchemaProperty {
  const types = ([] as string[]).concat(node.type ?? []);
  return {
    name,
    description: node.description ?? '',
    required: required.includes(name),
    values: node.enum ?? node.examples ?? (node.const ? [node.const] : types.includes('boolean') && types.length === 1 ? ['true', 'false'] : []),
    shape: types.includes('array') ? 'list' : types.includes('object') || node.properties ? 'mapping' : 'scalar',
    listOfMappings: Boolean(node.items?.properties),
  };
}

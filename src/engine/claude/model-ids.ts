/**
 * Anthropic's name for a model given by its Bedrock or Vertex id, so what depends on the model
 * (adaptive thinking, forced tool use, price) is judged the same whichever provider serves it.
 *   Bedrock: `anthropic.claude-sonnet-4-5-20250929-v1:0`, with a cross-region prefix (`us.`, `eu.`, `global.`...)
 *   Vertex:  `claude-sonnet-4-5@20250929`
 * An id of another shape (an application inference profile ARN) is returned as it is.
 */
const BEDROCK_ID = /^(?:[a-z]{2,6}\.)?anthropic\.(claude-[a-z0-9-]+?)(?:-v\d+(?::\d+)?)?$/;
const VERTEX_ID = /^(claude-[a-z0-9-]+)@(\d{8})$/;

export function anthropicModelName(id: string): string {
  const bedrock = BEDROCK_ID.exec(id);
  if (bedrock) return bedrock[1]!;
  const vertex = VERTEX_ID.exec(id);
  if (vertex) return `${vertex[1]!}-${vertex[2]!}`;
  return id;
}

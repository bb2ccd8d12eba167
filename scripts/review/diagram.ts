// The conversation as a picture, generated from content/topics.json: topics as a column in tour order, each
// topic's deeper items beside it in the order "yes" / "next" reaches them, and an arrow from every topic to
// the topic its follow-up offer leads to (offered after the topic's last item). Drawn on the left as arcs:
// the longer the jump, the wider the arc. Accessible: role="img" with <title> and <desc>, and the same edges
// are returned for a text list beside it.
import type { ContentItem, Topic } from '../../content';
import { escapeHtml } from './speech';

export interface Edge {
  kind: 'follow-up' | 'item' | 'same-as';
  from: string;
  to: string;
  /** In words, for the text alternative. */
  label: string;
}

export interface Diagram {
  svg: string;
  edges: Edge[];
}

const ARC_SPACE = 150;
const TOPIC_W = 250;
const GAP = 36;
const ITEM_W = 190;
const ITEM_GAP = 12;
const PER_ROW = 4;
const BOX_H = 46;
const ROW_GAP = 8;
const TOPIC_GAP = 14;
const TOP = 56;

/** Splits a label into at most two lines of about `width` characters. */
function wrap(text: string, width: number): string[] {
  const words = text.split(' ');
  const lines: string[] = [''];
  for (const word of words) {
    const line = lines[lines.length - 1] ?? '';
    if (line.length > 0 && line.length + 1 + word.length > width) lines.push(word);
    else lines[lines.length - 1] = line ? `${line} ${word}` : word;
  }
  if (lines.length <= 2) return lines;
  const second = lines.slice(1).join(' ');
  return [lines[0] ?? '', second.length > width ? `${second.slice(0, width - 1)}…` : second];
}

function textLines(lines: string[], x: number, centreY: number, cls: string): string {
  const lineHeight = 16;
  const first = centreY - ((lines.length - 1) * lineHeight) / 2 + 5;
  return lines.map((line, i) => `<text class="${cls}" x="${x}" y="${first + i * lineHeight}">${escapeHtml(line)}</text>`).join('');
}

function isOwn(item: ContentItem | { ref: string }): item is ContentItem {
  return !('ref' in item);
}

export function conversationDiagram(topics: readonly Topic[]): Diagram {
  const edges: Edge[] = [];
  const titleOf = new Map(topics.map((t, i) => [t.id, `${i + 1}. ${t.title}`]));
  const centreY = new Map<string, number>();
  const parts: string[] = [];
  let y = TOP;
  const topicX = ARC_SPACE;
  const itemsX = topicX + TOPIC_W + GAP;

  for (const [index, topic] of topics.entries()) {
    const rows = Math.max(1, Math.ceil(topic.items.length / PER_ROW));
    const height = rows * BOX_H + (rows - 1) * ROW_GAP;
    const cy = y + BOX_H / 2;
    centreY.set(topic.id, cy);
    parts.push(
      `<g class="topic" data-topic="${topic.id}"><rect class="topic-box" x="${topicX}" y="${y}" width="${TOPIC_W}" height="${BOX_H}" rx="6"/>`,
      textLines(wrap(`${index + 1}. ${topic.title}`, 28), topicX + 12, cy, 'topic-label'),
      '</g>',
    );
    if (topic.items.length > 0) {
      parts.push(`<path class="edge item-edge" d="M${topicX + TOPIC_W} ${cy} H${itemsX - 4}" marker-end="url(#arrow-item)"/>`);
    }
    topic.items.forEach((item, i) => {
      const x = itemsX + (i % PER_ROW) * (ITEM_W + ITEM_GAP);
      const iy = y + Math.floor(i / PER_ROW) * (BOX_H + ROW_GAP);
      const own = isOwn(item);
      const label = own ? `${i + 1}. ${item.title}` : `${i + 1}. ${topics.find((t) => t.id === item.ref)?.title ?? item.ref}`;
      const from = i === 0 ? topic.id : `${topic.id}.${i}`;
      edges.push({
        kind: 'item',
        from,
        to: `${topic.id}.${i + 1}`,
        label: `${i === 0 ? titleOf.get(topic.id) : `item ${i}`} → item ${i + 1}: ${own ? item.title : `${titleOf.get(item.ref)} (its summary)`}`,
      });
      parts.push(
        `<g class="item" data-item="${topic.id}.${i + 1}"><rect class="${own ? 'item-box' : 'item-box ref-box'}" x="${x}" y="${iy}" width="${ITEM_W}" height="${BOX_H}" rx="6"/>`,
        textLines(wrap(label, 25), x + 10, iy + BOX_H / 2, own ? 'item-label' : 'item-label ref-label'),
        '</g>',
      );
      if (!own) {
        edges.push({
          kind: 'same-as',
          from: `${topic.id}.${i + 1}`,
          to: item.ref,
          label: `${titleOf.get(topic.id)}, item ${i + 1} is the summary of ${titleOf.get(item.ref)}`,
        });
      }
    });
    y += height + TOPIC_GAP;
  }

  const maxJump = Math.max(1, topics.length - 1);
  for (const [index, topic] of topics.entries()) {
    const y1 = centreY.get(topic.id);
    const y2 = centreY.get(topic.followUp);
    const target = topics.findIndex((t) => t.id === topic.followUp);
    if (y1 === undefined || y2 === undefined) continue;
    const jump = Math.abs(target - index);
    const reach = 18 + (ARC_SPACE - 34) * (jump / maxJump);
    const down = y2 > y1;
    const start = y1 + (down ? 8 : -8);
    const end = y2 + (down ? -8 : 8);
    const cls = down ? 'edge follow-up down' : 'edge follow-up up';
    parts.push(
      `<path class="${cls}" data-from="${topic.id}" data-to="${topic.followUp}" d="M${topicX} ${start} C${topicX - reach} ${start} ${topicX - reach} ${end} ${topicX - 4} ${end}" marker-end="url(#arrow-${down ? 'down' : 'up'})"/>`,
    );
    edges.push({
      kind: 'follow-up',
      from: topic.id,
      to: topic.followUp,
      label: `${titleOf.get(topic.id)} → offers ${titleOf.get(topic.followUp)}`,
    });
  }

  const width = itemsX + PER_ROW * (ITEM_W + ITEM_GAP) + 8;
  const height = y + 8;
  const legend = [
    `<text class="legend" x="8" y="22">Arcs: the follow-up each topic offers after its last item</text>`,
    `<path class="edge follow-up down" d="M8 38 H40" marker-end="url(#arrow-down)"/><text class="legend" x="48" y="42">leads further down</text>`,
    `<path class="edge follow-up up" d="M190 38 H222" marker-end="url(#arrow-up)"/><text class="legend" x="230" y="42">leads back up</text>`,
    `<rect class="item-box" x="${itemsX}" y="12" width="28" height="18" rx="4"/><text class="legend" x="${itemsX + 36}" y="26">deeper item, in order</text>`,
    `<rect class="item-box ref-box" x="${itemsX + 230}" y="12" width="28" height="18" rx="4"/><text class="legend" x="${itemsX + 266}" y="26">another topic's summary</text>`,
  ].join('');
  const marker = (id: string, cls: string) =>
    `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="${cls}" d="M0 0 L10 5 L0 10 z"/></marker>`;
  const description = `${topics.length} topics in tour order, top to bottom, each with its deeper items to the right. ${edges
    .filter((e) => e.kind === 'follow-up')
    .map((e) => e.label)
    .join('. ')}.`;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="diagram" role="img" aria-labelledby="diagram-title diagram-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    '<title id="diagram-title">Map of the conversation: topics, their deeper items, and where each follow-up leads</title>',
    `<desc id="diagram-desc">${escapeHtml(description)}</desc>`,
    `<style>${DIAGRAM_CSS}</style>`,
    `<defs>${marker('arrow-down', 'head down')}${marker('arrow-up', 'head up')}${marker('arrow-item', 'head item')}</defs>`,
    legend,
    ...parts,
    '</svg>',
  ].join('\n');
  return { svg, edges };
}

/** The diagram's own styles, carried inside the SVG so it reads the same embedded or on its own. */
const DIAGRAM_CSS = `
.diagram { max-width: 100%; height: auto; font-family: system-ui, sans-serif; }
.diagram .topic-box { fill: #0b3d66; stroke: #0b3d66; }
.diagram .topic-label { fill: #ffffff; font-size: 15px; font-weight: 600; }
.diagram .item-box { fill: #ffffff; stroke: #4a4a4a; stroke-width: 1.5; }
.diagram .ref-box { stroke-dasharray: 5 3; fill: #eef4fa; }
.diagram .item-label { fill: #111111; font-size: 13px; }
.diagram .legend { fill: #111111; font-size: 13px; }
.diagram .edge { fill: none; stroke-width: 2; }
.diagram .follow-up.down { stroke: #0b3d66; }
.diagram .follow-up.up { stroke: #a3390e; stroke-dasharray: 7 4; }
.diagram .item-edge { stroke: #4a4a4a; }
.diagram .head.down { fill: #0b3d66; }
.diagram .head.up { fill: #a3390e; }
.diagram .head.item { fill: #4a4a4a; }
`;

// Generates the review script (every response the skill can give, for clinical sign-off), the conversation
// map, and the large-print "things you can ask" sheet into a folder. main.ts is the command; tests call this.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { topics } from '../../content';
import modelSource from '../../model/interaction-model.source.json';
import { analyse, type Review } from './analyse';
import { askSheetPage } from './ask-sheet';
import { collectResponses, crawlResponses } from './collect';
import { conversationDiagram, type Diagram } from './diagram';
import { reviewPage } from './html';
import { reviewMarkdown } from './markdown';
import { reviewedTables } from './question-kinds';

export interface GeneratedReview {
  review: Review;
  diagram: Diagram;
  fingerprint: string;
  files: string[];
}

/** A short hash of every word the skill can speak and of the reviewed tables it shows: changes whenever any does. */
function fingerprintOf(review: Review): string {
  const hash = createHash('sha256');
  for (const r of review.responses) hash.update(`${r.ssml}\u0000${r.repromptSsml ?? ''}\u0001`);
  for (const x of review.crawl?.extra ?? []) hash.update(`${x.sentence}\u0002`);
  // The lay-word table, the question kinds and each unit's reviewed questions are signed off with the script:
  // a change to any of them changes the fingerprint too.
  hash.update(JSON.stringify(review.layWords));
  hash.update(reviewedTables());
  return hash.digest('hex').slice(0, 12);
}

export async function generateReview(outDir: string): Promise<GeneratedReview> {
  const [captures, crawled] = await Promise.all([collectResponses(), crawlResponses()]);
  const review = analyse(captures, crawled);
  const diagram = conversationDiagram(topics);
  const fingerprint = fingerprintOf(review);
  await mkdir(outDir, { recursive: true });
  const outputs: Array<[string, string]> = [
    ['script.html', reviewPage(review, diagram, { fingerprint })],
    ['script.md', reviewMarkdown(review, diagram, fingerprint)],
    ['ask-sheet.html', askSheetPage(modelSource.invocationName)],
    ['conversation-map.svg', `<?xml version="1.0" encoding="UTF-8"?>\n${diagram.svg}\n`],
  ];
  const files: string[] = [];
  for (const [name, content] of outputs) {
    const path = join(outDir, name);
    await writeFile(path, content, 'utf8');
    files.push(path);
  }
  return { review, diagram, fingerprint, files };
}

// The ask sheet as the page links to it (scripts/build.mjs writes it beside the page, for the local server and
// the web app alike), with the invocation name from the model's single source.
import modelSource from '../../model/interaction-model.source.json';
import { askSheetPage } from '../../scripts/review/ask-sheet';

export function askSheetHtml(): string {
  return askSheetPage(modelSource.invocationName);
}

// Shows captured SSML the way a listener hears it, for a reader: plain text, with each pronounced term marked
// and its pronunciation beside it (the IPA of a <phoneme>, or what a <sub> is said as).

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);
}

/** XML text (as in SSML) back to plain text. */
function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

type Piece = { text: string } | { written: string; ipa: string } | { written: string; alias: string };

const TOKEN = /<phoneme alphabet="ipa" ph="([^"]*)">([^<]*)<\/phoneme>|<sub alias="([^"]*)">([^<]*)<\/sub>|<[^>]+>|[^<]+/g;

function pieces(ssml: string): Piece[] {
  const out: Piece[] = [];
  for (const match of ssml.matchAll(TOKEN)) {
    const [whole, ipa, phonemeWord, alias, subWord] = match;
    if (ipa !== undefined && phonemeWord !== undefined) out.push({ written: unescapeXml(phonemeWord), ipa: unescapeXml(ipa) });
    else if (alias !== undefined && subWord !== undefined) out.push({ written: unescapeXml(subWord), alias: unescapeXml(alias) });
    else if (whole.startsWith('<')) out.push({ text: ' ' });
    else out.push({ text: unescapeXml(whole) });
  }
  return out;
}

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,?!:;])/g, '$1')
    .trim();
}

/** HTML: the words as written, each pronounced term marked, with its IPA or spoken form beside it. */
export function ssmlToHtml(ssml: string): string {
  const html = pieces(ssml)
    .map((piece) => {
      if ('text' in piece) return escapeHtml(piece.text);
      const said = 'ipa' in piece ? `/${escapeHtml(piece.ipa)}/` : `said “${escapeHtml(piece.alias)}”`;
      return `<span class="term">${escapeHtml(piece.written)}</span> <span class="say">[${said}]</span>`;
    })
    .join('');
  return tidy(html);
}

/** Markdown: the same, with the pronunciation in brackets after the term. */
export function ssmlToMarkdown(ssml: string): string {
  const text = pieces(ssml)
    .map((piece) => {
      if ('text' in piece) return piece.text.replace(/([*_`[\]\\])/g, '\\$1');
      const said = 'ipa' in piece ? `/${piece.ipa}/` : `said “${piece.alias}”`;
      return `**${piece.written}** [${said}]`;
    })
    .join('');
  return tidy(text);
}

/** The pronounced terms in a piece of SSML, for the legend. */
export function pronouncedTerms(ssml: string): Array<{ written: string; said: string }> {
  return pieces(ssml).flatMap((piece) => {
    if ('text' in piece) return [];
    return [{ written: piece.written, said: 'ipa' in piece ? `/${piece.ipa}/` : `“${piece.alias}”` }];
  });
}

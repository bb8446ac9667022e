/**
 * Writes dist/README.md, the README packaged into the .vsix: the repository's README with its relative
 * images and links (screenshots in docs/images/, the docs/ pages) named in plain text, since a package
 * has no repository to resolve them against and vsce refuses them. Links to http(s) and #anchors stay.
 *
 *   node scripts/vsix-readme.mjs   (npm run package runs it)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const absolute = (target) => /^(https?:|mailto:|#)/i.test(target);

export function packagedReadme(markdown) {
  // Reference-style links and images first become inline ones, so one rule names them all.
  const refs = new Map();
  const body = markdown.replace(/^\[([^\]]+)\]:\s*(\S+).*(?:\n|$)/gm, (all, id, target) => (absolute(target) ? all : (refs.set(id.toLowerCase(), target), '')));
  return body
    .replace(/(!?)\[([^\]]*)\]\[([^\]]*)\]/g, (all, bang, text, id) => {
      const target = refs.get((id || text).toLowerCase());
      return target ? `${bang}[${text}](${target})` : all;
    })
    .replace(/!\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g, (all, alt, target) => (absolute(target) ? all : `*(${alt ? `${alt}: ` : ''}screenshot ${target} in the repository)*`))
    .replace(/(?<!!)\[([^\]]+)\]\(([^)\s]+)\)/g, (all, text, target) => (absolute(target) ? all : `${text} (${target} in the repository)`));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(path.join(root, 'dist'), { recursive: true });
  writeFileSync(path.join(root, 'dist', 'README.md'), packagedReadme(readFileSync(path.join(root, 'README.md'), 'utf8')));
}

// The page's own stylesheet, inlined so that a published page fetches nothing. Fonts are local stacks per
// language (:lang matches the BCP 47 tag and its subtags); Thai stacks its vowels and tone marks above and below
// the line, so it gets more leading; Han has no italic, so emphasis is a dot under each character (着重号), never
// a slanted glyph the browser makes up.
export const RELEASE_CSS = `
:root { color-scheme: light dark; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0;
  padding: 2rem 1.25rem 4rem;
  font-family: "Source Serif 4", "Noto Serif", Georgia, "Times New Roman", serif;
  font-size: 1.125rem;
  line-height: 1.6;
  color: #1b1b1b;
  background: #fff;
}
main { max-width: 40rem; margin: 0 auto; }
h1, h2, h3 { line-height: 1.25; font-weight: 700; }
h1 { font-size: 1.9rem; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; margin: 2.25rem 0 0.75rem; }
p, ul, ol, table { margin: 0 0 1rem; }
a { color: #0b57a4; text-underline-offset: 0.15em; }
img { max-width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #ccc; padding: 0.35rem 0.6rem; text-align: start; vertical-align: top; }
hr { border: 0; border-top: 1px solid #ccc; margin: 2.5rem 0 1.5rem; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9em; }
blockquote { margin: 0 0 1rem; padding-left: 1rem; border-left: 3px solid #ccc; }
:lang(th) {
  font-family: "Noto Serif Thai", "Noto Sans Thai", "Sarabun", "Leelawadee UI", "Tahoma", sans-serif;
  line-height: 1.9;
  word-break: normal;
  overflow-wrap: anywhere;
}
:lang(th) h1, :lang(th) h2, :lang(th) h3 { line-height: 1.5; }
:lang(zh) {
  font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", "Noto Sans CJK SC", serif;
  line-height: 1.8;
  font-synthesis: none;
  text-align: justify;
  line-break: strict;
}
:lang(zh) h1, :lang(zh) h2, :lang(zh) h3 { line-height: 1.4; text-align: start; }
:lang(zh) em, :lang(zh) i, :lang(zh) cite {
  font-style: normal;
  -webkit-text-emphasis: filled dot;
  text-emphasis: filled dot;
  -webkit-text-emphasis-position: under right;
  text-emphasis-position: under right;
}
@media (prefers-color-scheme: dark) {
  body { color: #e8e8e8; background: #141414; }
  a { color: #8ab4f8; }
}
@media print {
  body { padding: 0; font-size: 11pt; color: #000; background: #fff; }
  main { max-width: none; }
  a { color: inherit; text-decoration: none; }
  a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 0.85em; }
  h1, h2, h3 { break-after: avoid; }
  p, li { orphans: 3; widows: 3; }
  table, blockquote { break-inside: avoid; }
}
`;

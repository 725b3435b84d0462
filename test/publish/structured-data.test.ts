import { beforeAll, describe, expect, it } from 'vitest';
import { jsonLdScript } from '../../pipeline/publish/html.ts';
import { publishRelease } from '../../pipeline/publish/index.ts';
import { renderMarkdown } from '../../pipeline/publish/render.ts';
import { loadTemplates, type ReleaseTemplates } from '../../pipeline/publish/template.ts';
import { jsonLdOf, TEMPLATES } from './helpers.ts';

let templates: ReleaseTemplates;
beforeAll(async () => {
  templates = await loadTemplates(TEMPLATES);
});

describe('JSON-LD in a page', () => {
  it('cannot end its <script> early, and parses back to the same text', () => {
    const headline = 'A </script><script>alert(1)</script> & \u2028 "quoted"';
    const script = jsonLdScript({ headline });
    const text = (script.children[0] as { value: string }).value;
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ headline });
  });

  it('survives a hostile title end to end', () => {
    const markdown = '---\ntitle: "x</script><img src=x onerror=alert(1)>"\nlang: en\n---\n\nBody.\n';
    const [page] = publishRelease({ slug: 's', source: 'en', versions: [['en', markdown]], templates });
    const [article] = jsonLdOf(page?.html ?? '') as Record<string, unknown>[];
    expect(article?.headline).toBe('x</script><img src=x onerror=alert(1)>');
  });
});

describe('About boilerplate', () => {
  it('needs the organization its heading names', () => {
    expect(() =>
      renderMarkdown({
        markdown: '---\nlang: en\nabout: We make news.\n---\n\nBody.\n',
        locale: 'en',
        release: 'r',
        templates,
      }),
    ).toThrow(/`about` needs `contact.organization`/);
  });
});
